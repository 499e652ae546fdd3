import { randomBytes } from 'node:crypto';
import { VigilError } from '@vigil/core';
import { dropPostgresSchema, openStore, type AppStore } from '../open-store.ts';

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated, empty store. */
  open(): Promise<AppStore>;
  /** Closes the store and removes what `open` created. */
  dispose(store: AppStore): Promise<void>;
}

/**
 * The back ends store tests run against: SQLite always, PostgreSQL when
 * VIGIL_TEST_DATABASE_URL is set (each store in its own schema, so test files can run in
 * parallel on one database). In CI (CI set) PostgreSQL is required: a missing URL or an
 * unreachable server fails the tests instead of quietly skipping half of them.
 */
export function storeBackends(env: NodeJS.ProcessEnv = process.env): StoreBackend[] {
  const backends: StoreBackend[] = [
    {
      name: 'sqlite',
      open: () => openStore({ kind: 'sqlite', home: ':memory:' }),
      dispose: (store) => store.close(),
    },
  ];
  const url = env.VIGIL_TEST_DATABASE_URL;
  if (url || env.CI) {
    const schemas = new WeakMap<AppStore, string>();
    backends.push({
      name: 'postgres',
      async open() {
        if (!url) {
          throw new VigilError(
            'store.test_postgres_missing',
            'unavailable',
            'CI is set but VIGIL_TEST_DATABASE_URL is not: run `eval "$(bash .ci/postgres.sh)"` first',
          );
        }
        const schema = `t_${randomBytes(6).toString('hex')}`;
        const store = await openStore({ kind: 'postgres', url, schema, poolSize: 4 });
        schemas.set(store, schema);
        return store;
      },
      async dispose(store) {
        await store.close();
        const schema = schemas.get(store);
        if (url && schema) await dropPostgresSchema(url, schema);
      },
    });
  }
  return backends;
}
