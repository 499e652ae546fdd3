import type { EventStore } from '@vigil/event-store';
import type { AttributionStore } from '@vigil/attribution';
import type { AppStore, AuditLog } from '@vigil/store';
import type { ServerConfig } from './config.ts';
import type { Mailer } from './mail/mailer.ts';
import type { LoginRateLimiter } from './http/login-rate-limiter.ts';

/** Everything a route may use; built once in boot.ts. */
export interface ServerContext {
  config: ServerConfig;
  store: AppStore;
  audit: AuditLog;
  /** The DuckDB analytics store, when the server runs with one (alerts import, activity events). */
  events: EventStore | null;
  attribution: AttributionStore | null;
  mailer: Mailer | null;
  loginLimiter: LoginRateLimiter;
  pseudonymKey: Buffer;
  /** Where marked copies and uploads are written. */
  filesDir: string;
  log(message: string): void;
}
