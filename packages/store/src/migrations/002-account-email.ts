import type { Kysely } from 'kysely';

/** Accounts get an optional e-mail address: awareness campaigns and notifications need one. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('email', 'text').execute();
}
