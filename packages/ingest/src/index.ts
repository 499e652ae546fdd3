export * from './ingest-directory.ts';
export { detectLogLayout, LOG_LAYOUTS } from './cert/log-layouts.ts';
export { loadJsonlFile } from './jsonl/jsonl-loader.ts';
