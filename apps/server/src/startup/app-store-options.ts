import { storeOptionsFromEnvironment, type OpenStoreOptions } from '@vigil/store';
import type { ServerConfig } from '../config.ts';

/** The application store the configuration names, with its PostgreSQL timeouts. */
export function appStoreOptions(config: ServerConfig): OpenStoreOptions {
  return storeOptionsFromEnvironment(config.home, config.databaseUrl, {
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    queryTimeoutMs: config.databaseQueryTimeoutMs,
  });
}
