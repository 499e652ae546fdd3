export type * from './database.ts';
export {
  openStore,
  pingStore,
  dropPostgresSchema,
  DEFAULT_STATEMENT_TIMEOUT_MS,
  DEFAULT_QUERY_TIMEOUT_MS,
  type AppStore,
  type OpenStoreHooks,
  type OpenStoreOptions,
  type StoreDialect,
} from './open-store.ts';
export { storeOptionsFromEnvironment } from './store-options.ts';
export {
  openStoreWhenReachable,
  isTransientOpenFailure,
  startupBackoffMs,
  type StartupWait,
} from './open-store-when-reachable.ts';
export {
  isStoreOutage,
  storeUnavailableError,
  storeTimeoutError,
  STORE_RETRY_AFTER_SECONDS,
  type StoreTimeouts,
} from './store-outage.ts';
export {
  AuditLog,
  type AuditEvent,
  type AuditEntry,
  type AuditLogOptions,
} from './audit/audit-log.ts';
export {
  AuditAnchorFile,
  AUDIT_ANCHORS_FILE,
  parseAnchorArgument,
  type AuditAnchor,
  type AuditHead,
} from './audit/audit-anchors.ts';
export {
  verifyAuditLog,
  type AuditVerification,
  type AuditBreak,
} from './audit/verify-audit-log.ts';
export { GENESIS_HASH, auditEntryHash } from './audit/audit-hash.ts';
