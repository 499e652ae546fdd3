export * from './ingest-directory.ts';
export { detectLogLayout, LOG_LAYOUTS } from './cert/log-layouts.ts';
export { CERT_TIMESTAMP, MAX_LINE_BYTES, READ_BUFFER_BYTES } from './cert/log-file-loader.ts';
export { readFirstLine } from './file-fingerprint.ts';
export { loadJsonlFile } from './jsonl/jsonl-loader.ts';
export { storeActivityEvents } from './jsonl/store-activity-events.ts';
export { quarantineRows } from './context/context-loaders.ts';
export type { QuarantinedRow } from './context/validated-csv.ts';
