import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

/** Migrations in code (no file provider: packages export source, not a migrations folder). */
const migrations: Record<string, Migration> = {
  '2026_11_24_001_attribution': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('attribution_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('source_name', 'text', (c) => c.notNull())
        .addColumn('source_text', 'text', (c) => c.notNull())
        .addColumn('sites_json', 'text', (c) => c.notNull())
        .addColumn('text_sites', 'integer', (c) => c.notNull())
        .addColumn('layout_sites', 'integer', (c) => c.notNull())
        .addColumn('words', 'integer', (c) => c.notNull())
        .addColumn('recipients', 'integer', (c) => c.notNull())
        .addColumn('coalition', 'integer', (c) => c.notNull())
        .addColumn('false_accusation', 'real', (c) => c.notNull())
        .addColumn('cutoff', 'real', (c) => c.notNull())
        .addColumn('dirichlet_shape', 'real', (c) => c.notNull())
        .addColumn('alphabet_sizes', 'blob', (c) => c.notNull())
        .addColumn('biases', 'blob', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('attribution_recipients')
        .addColumn('row_id', 'integer', (c) => c.primaryKey().autoIncrement())
        .addColumn('document_id', 'text', (c) =>
          c.notNull().references('attribution_documents.id').onDelete('cascade'),
        )
        .addColumn('idx', 'integer', (c) => c.notNull())
        .addColumn('recipient_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('department', 'text', (c) => c.notNull())
        .addColumn('codeword', 'blob', (c) => c.notNull())
        .addUniqueConstraint('attribution_recipients_doc_idx', ['document_id', 'idx'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('attribution_recipients').execute();
      await db.schema.dropTable('attribution_documents').execute();
      await sql`select 1`.execute(db);
    },
  },
};

export const attributionMigrations: MigrationProvider = {
  getMigrations: async () => migrations,
};
