export * from './event-store.ts';
export { migrateEventStore } from './schema.ts';
export { insertTextRows } from './bulk-insert.ts';
