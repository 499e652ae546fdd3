export type { AttributionStore, MarkedDocument, DocumentSummary } from './attribution-store.ts';
export { openSqliteAttributionStore, storePath } from './sqlite-attribution-store.ts';
