import { inputError } from '@vigil/core';
import type { OpenStoreOptions } from './open-store.ts';

/**
 * SQLite under the Vigil home unless a PostgreSQL URL is given (the server's config passes
 * `VIGIL_DATABASE_URL` here; the store itself never reads the environment).
 */
export function storeOptionsFromEnvironment(
  home: string,
  databaseUrl: string | undefined,
  /** PostgreSQL only; the store's defaults when not given. */
  timeouts: { statementTimeoutMs?: number; queryTimeoutMs?: number } = {},
): OpenStoreOptions {
  if (databaseUrl === undefined || databaseUrl === '') return { kind: 'sqlite', home };
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw inputError(
      'store.bad_url',
      `VIGIL_DATABASE_URL must start with postgres:// or postgresql:// (got "${databaseUrl.slice(0, 40)}")`,
    );
  }
  return { kind: 'postgres', url: databaseUrl, ...timeouts };
}
