import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './001-initial.ts';
import * as accountEmail from './002-account-email.ts';

/**
 * Migrations are listed in code rather than read from a folder: the store ships as TypeScript
 * source, and an explicit list cannot pick up a stray file. Append; never edit a shipped one.
 */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-account-email': accountEmail,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
