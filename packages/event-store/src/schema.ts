import type { EventStore } from './event-store.ts';

/**
 * Versioned schema. Each migration runs once, in order, inside a transaction; the version is
 * kept in `schema_version`. Content fields of web events, and of e-mail that stays inside
 * the organization, are not kept: they are four fifths of the bytes of a CERT release and no
 * analytic here reads them, while the raw logs stay where they were. Web events keep the host (what categories come from) and the
 * full URL only for downloads and uploads, the ones an investigation cites: storing a
 * unique URL per page view is the single largest ingestion cost.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE logon (id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL,
    pc VARCHAR NOT NULL, activity VARCHAR NOT NULL);
  CREATE TABLE device (id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL,
    pc VARCHAR NOT NULL, activity VARCHAR NOT NULL, file_tree VARCHAR);
  CREATE TABLE file (id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL,
    pc VARCHAR NOT NULL, filename VARCHAR NOT NULL, activity VARCHAR NOT NULL,
    to_removable BOOLEAN NOT NULL, from_removable BOOLEAN NOT NULL, content VARCHAR);
  CREATE TABLE email (id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL,
    pc VARCHAR NOT NULL, activity VARCHAR NOT NULL, sender VARCHAR NOT NULL,
    to_list VARCHAR, cc_list VARCHAR, bcc_list VARCHAR, size BIGINT NOT NULL,
    attachment_count INTEGER NOT NULL, attachment_bytes BIGINT NOT NULL, attachments VARCHAR);
  CREATE TABLE http (id VARCHAR NOT NULL, ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL,
    pc VARCHAR NOT NULL, url VARCHAR NOT NULL, activity VARCHAR NOT NULL);
  CREATE TABLE ldap (month VARCHAR NOT NULL, user_id VARCHAR NOT NULL, employee_name VARCHAR,
    email VARCHAR, role VARCHAR, projects VARCHAR, business_unit VARCHAR, functional_unit VARCHAR,
    department VARCHAR, team VARCHAR, supervisor VARCHAR, PRIMARY KEY (month, user_id));
  CREATE TABLE psychometric (user_id VARCHAR PRIMARY KEY, employee_name VARCHAR,
    o INTEGER, c INTEGER, e INTEGER, a INTEGER, n INTEGER);
  CREATE TABLE documents (path VARCHAR PRIMARY KEY, classification VARCHAR NOT NULL,
    compartment VARCHAR, owner_department VARCHAR);
  CREATE TABLE personnel (id VARCHAR PRIMARY KEY, date DATE NOT NULL, "user" VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, until DATE, country VARCHAR, counterparty VARCHAR, note VARCHAR);
  CREATE TABLE quarantine (file VARCHAR NOT NULL, line BIGINT NOT NULL, reason VARCHAR NOT NULL,
    raw VARCHAR, PRIMARY KEY (file, line));
  CREATE TABLE ingested_files (path VARCHAR NOT NULL, fingerprint VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, release VARCHAR, bytes BIGINT NOT NULL, accepted BIGINT NOT NULL,
    rejected BIGINT NOT NULL, ingested_at TIMESTAMP NOT NULL, PRIMARY KEY (path, fingerprint));
  `,
  // 2: web events keep the host of every request, the URL only for downloads and uploads.
  `
  ALTER TABLE http ADD COLUMN IF NOT EXISTS host VARCHAR;
  ALTER TABLE http ALTER COLUMN url DROP NOT NULL;
  UPDATE http SET host = coalesce(regexp_replace(lower(regexp_extract(url, '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)', 1)), '^www[0-9]*\\.', ''), ''),
    url = CASE WHEN activity = 'WWW Visit' THEN NULL ELSE url END;
  `,
  // 3: how far into each stream partition a scoring worker has stored events, committed with
  // them: what an operator checks against the stream to see how far behind a worker is.
  `
  CREATE TABLE IF NOT EXISTS stream_position (stream VARCHAR NOT NULL, "partition" INTEGER NOT NULL,
    last_sequence BIGINT NOT NULL, PRIMARY KEY (stream, "partition"));
  `,
  // 4: whether a downloaded page's text names hacking tools (the text itself is not kept).
  `
  ALTER TABLE http ADD COLUMN IF NOT EXISTS names_tool BOOLEAN;
  `,
  // 5: the text of mail sent to a recipient outside the sender's own domain (a small share of
  // all mail): whether what leaves for a personal address reads like work or like family news.
  `
  ALTER TABLE email ADD COLUMN IF NOT EXISTS content VARCHAR;
  `,
  // 6: event ids are stored as they are. Ids are unique random strings, so the only codec that
  // shrinks them (FSST, by a fifth) costs more time at ingest than it saves on disk: the bench's
  // 27 M events ingest in 45 s instead of 51 s (web log 31.7 → 28.7 s, mail 13.3 → 10.6 s).
  // DuckDB has no ALTER for a column's codec, so each event table is rebuilt as it was.
  (
    [
      ['logon', `pc VARCHAR NOT NULL, activity VARCHAR NOT NULL`],
      ['device', `pc VARCHAR NOT NULL, activity VARCHAR NOT NULL, file_tree VARCHAR`],
      [
        'file',
        `pc VARCHAR NOT NULL, filename VARCHAR NOT NULL, activity VARCHAR NOT NULL,
         to_removable BOOLEAN NOT NULL, from_removable BOOLEAN NOT NULL, content VARCHAR`,
      ],
      [
        'email',
        `pc VARCHAR NOT NULL, activity VARCHAR NOT NULL, sender VARCHAR NOT NULL,
         to_list VARCHAR, cc_list VARCHAR, bcc_list VARCHAR, size BIGINT NOT NULL,
         attachment_count INTEGER NOT NULL, attachment_bytes BIGINT NOT NULL, attachments VARCHAR,
         content VARCHAR`,
      ],
      [
        'http',
        `pc VARCHAR NOT NULL, url VARCHAR, activity VARCHAR NOT NULL, host VARCHAR,
         names_tool BOOLEAN`,
      ],
    ] as const
  )
    .map(
      ([table, columns]) => `
  CREATE TABLE ${table}_v6 (id VARCHAR NOT NULL USING COMPRESSION uncompressed,
    ts TIMESTAMP NOT NULL, "user" VARCHAR NOT NULL, ${columns});
  INSERT INTO ${table}_v6 BY NAME SELECT * FROM ${table};
  DROP TABLE ${table};
  ALTER TABLE ${table}_v6 RENAME TO ${table};`,
    )
    .join('\n'),
];

/** The schema version this code writes. */
export const EVENT_STORE_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the store up to `target` (the current version unless a test of a migration asks less). */
export async function migrateEventStore(
  store: EventStore,
  target: number = EVENT_STORE_SCHEMA_VERSION,
): Promise<void> {
  await store.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const rows = await store.all<{ version: number }>(
    'SELECT max(version) AS version FROM schema_version',
  );
  const current = rows[0]?.version ?? 0;
  for (let v = current; v < target; v++) {
    await store.transaction(async () => {
      await store.run(MIGRATIONS[v]!);
      await store.run('INSERT INTO schema_version VALUES ($1)', [v + 1]);
    });
  }
}
