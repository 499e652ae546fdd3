export * from './event-store.ts';
export { EVENT_STORE_SCHEMA_VERSION, migrateEventStore } from './schema.ts';
export { insertTextRows } from './bulk-insert.ts';
