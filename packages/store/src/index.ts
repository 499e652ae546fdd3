export type * from './database.ts';
export {
  openStore,
  pingStore,
  dropPostgresSchema,
  type AppStore,
  type OpenStoreHooks,
  type OpenStoreOptions,
  type StoreDialect,
} from './open-store.ts';
export { storeOptionsFromEnvironment } from './store-options.ts';
export { isStoreOutage, storeUnavailableError, STORE_RETRY_AFTER_SECONDS } from './store-outage.ts';
export { AuditLog, type AuditEvent, type AuditEntry } from './audit/audit-log.ts';
export {
  verifyAuditLog,
  type AuditVerification,
  type AuditBreak,
} from './audit/verify-audit-log.ts';
export { GENESIS_HASH, auditEntryHash } from './audit/audit-hash.ts';
