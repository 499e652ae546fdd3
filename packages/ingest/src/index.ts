export * from './ingest-directory.ts';
export { detectLogLayout, LOG_LAYOUTS } from './cert/log-layouts.ts';
export { loadJsonlFile } from './jsonl/jsonl-loader.ts';
export { storeActivityEvents } from './jsonl/store-activity-events.ts';
export { quarantineRows } from './context/context-loaders.ts';
export type { QuarantinedRow } from './context/validated-csv.ts';
