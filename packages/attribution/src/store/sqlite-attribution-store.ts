import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { VigilError } from '@vigil/core';
import { CodewordMatrix, offsetsFor } from '../codes/index.ts';
import type { Lang } from '../documents/language.ts';
import type { Recipient } from '../documents/recipients-csv.ts';
import type { MarkSite } from '../marking/index.ts';
import type { AttributionStore, DocumentSummary, MarkedDocument } from './attribution-store.ts';
import { attributionMigrations } from './migrations.ts';
import type { AttributionDatabase } from './schema.ts';

/** The store file under `--home`. */
export const storePath = (home: string) => path.join(home, 'vigil.sqlite');

export async function openSqliteAttributionStore(home: string): Promise<AttributionStore> {
  fs.mkdirSync(home, { recursive: true });
  const sqlite = new Database(storePath(home));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<AttributionDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  const migrator = new Migrator({
    db,
    provider: attributionMigrations,
    migrationTableName: 'attribution_migrations',
    migrationLockTableName: 'attribution_migrations_lock',
  });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new VigilError(
      'store.migration_failed',
      'internal',
      `could not migrate ${storePath(home)}: ${String(error)}`,
    );
  }
  return new SqliteAttributionStore(db);
}

const INSERT_CHUNK = 500;

class SqliteAttributionStore implements AttributionStore {
  constructor(private readonly db: Kysely<AttributionDatabase>) {}

  async saveDocument(
    doc: MarkedDocument,
    recipients: readonly Recipient[],
    codewords: readonly Uint8Array[],
  ): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('attribution_documents')
        .values({
          id: doc.id,
          title: doc.title,
          lang: doc.lang,
          source_name: doc.sourceName,
          source_text: doc.sourceText,
          sites_json: JSON.stringify(doc.sites),
          text_sites: doc.textSites,
          layout_sites: doc.layoutSites,
          words: doc.words,
          recipients: doc.params.recipients,
          coalition: doc.params.coalition,
          false_accusation: doc.params.falseAccusation,
          cutoff: doc.code.cutoff,
          dirichlet_shape: doc.code.dirichletShape,
          alphabet_sizes: Buffer.from(doc.code.alphabetSizes),
          biases: Buffer.from(
            doc.code.biases.buffer,
            doc.code.biases.byteOffset,
            doc.code.biases.byteLength,
          ),
          created_at: doc.createdAt,
        })
        .execute();
      for (let from = 0; from < recipients.length; from += INSERT_CHUNK) {
        const rows = recipients.slice(from, from + INSERT_CHUNK).map((r, k) => ({
          document_id: doc.id,
          idx: from + k,
          recipient_id: r.id,
          name: r.name,
          email: r.email,
          department: r.department,
          codeword: Buffer.from(codewords[from + k]!),
        }));
        await trx.insertInto('attribution_recipients').values(rows).execute();
      }
    });
  }

  async getDocument(id: string): Promise<MarkedDocument | undefined> {
    const row = await this.db
      .selectFrom('attribution_documents')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const alphabetSizes = new Uint8Array(row.alphabet_sizes);
    const biasBytes = new Uint8Array(row.biases);
    const biases = new Float64Array(
      biasBytes.buffer.slice(biasBytes.byteOffset, biasBytes.byteOffset + biasBytes.byteLength),
    );
    return {
      id: row.id,
      title: row.title,
      lang: row.lang as Lang,
      sourceName: row.source_name,
      sourceText: row.source_text,
      sites: JSON.parse(row.sites_json) as MarkSite[],
      textSites: row.text_sites,
      layoutSites: row.layout_sites,
      words: row.words,
      params: {
        recipients: row.recipients,
        coalition: row.coalition,
        falseAccusation: row.false_accusation,
      },
      code: {
        alphabetSizes,
        biasOffsets: offsetsFor(alphabetSizes),
        biases,
        cutoff: row.cutoff,
        dirichletShape: row.dirichlet_shape,
      },
      createdAt: row.created_at,
    };
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    const rows = await this.db
      .selectFrom('attribution_documents')
      .select(['id', 'title', 'lang', 'recipients', 'created_at'])
      .orderBy('created_at', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      lang: r.lang as Lang,
      recipients: r.recipients,
      createdAt: r.created_at,
    }));
  }

  async loadRecipients(id: string): Promise<{ recipients: Recipient[]; matrix: CodewordMatrix }> {
    const rows = await this.db
      .selectFrom('attribution_recipients')
      .select(['idx', 'recipient_id', 'name', 'email', 'department', 'codeword'])
      .where('document_id', '=', id)
      .orderBy('idx')
      .execute();
    const positions = rows[0]?.codeword.length ?? 0;
    const matrix = new CodewordMatrix(rows.length, positions);
    const recipients: Recipient[] = rows.map((r, j) => {
      matrix.setCodeword(j, r.codeword);
      return { id: r.recipient_id, name: r.name, email: r.email, department: r.department };
    });
    return { recipients, matrix };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
