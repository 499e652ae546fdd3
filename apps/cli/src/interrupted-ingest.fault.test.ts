import { execFile, spawn } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore } from '@vigil/event-store';

/**
 * Fault test (issue 5): `vigil ingest` is SIGKILLed part-way through a file import and run
 * again; the store must end identical, table by table, to one clean import of the same folder.
 * Each file is loaded in one DuckDB transaction and recorded in `ingested_files` inside it, so
 * a kill may cost the file under way but must never leave it half-loaded, recorded as done
 * without its rows, or with its quarantine rows counted twice.
 */

const VIGIL = path.resolve(import.meta.dirname, '../bin/vigil.js');
const run = promisify(execFile);
const vigil = async (...args: string[]) =>
  (await run(process.execPath, [VIGIL, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;

/** Columns whose value is legitimately the time of the import, not its content. */
const TIME_OF_IMPORT: Record<string, readonly string[]> = { ingested_files: ['ingested_at'] };

interface TableContents {
  rows: number;
  /** Order-independent: the sum of one hash per row, over every column but the time of import. */
  hash: string;
}
type StoreContents = Record<string, TableContents>;

async function storeContents(home: string): Promise<StoreContents> {
  const store = await openEventStore({ home, threads: 1, memoryLimit: '1GB' });
  try {
    const columns = await store.all<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_catalog = current_database() AND table_schema = 'main'
       ORDER BY table_name, ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name, column_name } of columns) {
      if (TIME_OF_IMPORT[table_name]?.includes(column_name)) continue;
      byTable.set(table_name, [...(byTable.get(table_name) ?? []), `"${column_name}"`]);
    }
    const contents: StoreContents = {};
    for (const [table, cols] of byTable) {
      const [row] = await store.all<{ n: bigint; h: string }>(
        `SELECT count(*) AS n, coalesce(sum(hash(${cols.join(', ')})), 0)::VARCHAR AS h FROM "${table}"`,
      );
      contents[table] = { rows: Number(row!.n), hash: row!.h };
    }
    return contents;
  } finally {
    store.close();
  }
}

/** Which files a store records as ingested (by base name), read from a copy of its home. */
async function filesRecorded(home: string): Promise<string[]> {
  const copy = `${home}-at-kill`;
  rmSync(copy, { recursive: true, force: true });
  // A copy: opening the killed store itself would replay and checkpoint its WAL, so the re-run
  // would no longer start from the state the kill left.
  cpSync(home, copy, { recursive: true });
  try {
    const store = await openEventStore({ home: copy, threads: 1, memoryLimit: '1GB' });
    try {
      const rows = await store.all<{ path: string }>('SELECT path FROM ingested_files');
      return rows.map((r) => path.relative(dataset, r.path)).sort();
    } finally {
      store.close();
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** When to pull the plug: a progress line on stderr, or the store file reaching a size. */
type KillPoint = { name: string } & (
  { stderr: RegExp } | { storeBytes: (clean: number) => number }
);

/** Runs `vigil ingest` into `home` and SIGKILLs it at `point`; fails if it finished first. */
async function ingestKilledAt(home: string, point: KillPoint, cleanBytes: number): Promise<void> {
  const child = spawn(process.execPath, [VIGIL, 'ingest', dataset, '--home', home], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    if ('stderr' in point && point.stderr.test(stderr)) kill();
  });
  const file = path.join(home, 'analytics.duckdb');
  const poll =
    'storeBytes' in point
      ? setInterval(() => {
          try {
            if (statSync(file).size >= point.storeBytes(cleanBytes)) kill();
          } catch {
            // Not created yet.
          }
        }, 2)
      : undefined;
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    child.once('exit', (c, s) => resolve([c, s])),
  );
  clearInterval(poll);
  expect(
    signal,
    `kill point "${point.name}" was never reached: the import exited with ${code}\n${stderr}`,
  ).toBe('SIGKILL');
}

let work: string;
let dataset: string;
let cleanHome: string;
let clean: StoreContents;
let cleanBytes: number;
let badRows: number;
const TOTAL_FILES = 12;

/**
 * Bad rows in five loaders (CERT CSV cast errors and field counts in the parallel reader, zod
 * failures in context CSVs and JSON Lines) so the quarantine is part of what must match, and a
 * JSON Lines feed that repeats some CERT ids so the (kind, id) de-duplication is too.
 */
function addBadRowsAndFeed(dir: string): number {
  appendFileSync(
    path.join(dir, 'logon.csv'),
    [
      '{BAD-L1},13/45/2010 25:61:00,AAA0001,PC-0001,Logon', // impossible date
      '{BAD-L2},01/05/2010 08:00:00,AAA0001,PC-0001,Teleport', // unknown activity
      '{BAD-L3},01/05/2010 08:00:00,AAA0001', // missing fields
      '',
    ].join('\n'),
  );
  appendFileSync(
    path.join(dir, 'http.csv'),
    '{BAD-H1},01/05/2010 08:00:00,AAA0001,PC-0001,http://a.example/x,WWW Visit,words,extra,fields\n',
  );
  appendFileSync(
    path.join(dir, 'personnel.csv'),
    'PR-999999,2010-02-30,AAA0001,foreign_travel,,XX,,not a real date\n',
  );
  appendFileSync(path.join(dir, 'LDAP', '2010-02.csv'), 'Too Few,AAA0001,a@b.c\n');
  const logons = readFileSync(path.join(dir, 'logon.csv'), 'utf8').split('\n').slice(1, 201);
  const lines: string[] = [];
  for (const [i, line] of logons.entries()) {
    const [id, , user, pc, activity] = line.split(',');
    // Re-sent CERT events (same id, so skipped as duplicates), and new ones.
    lines.push(
      JSON.stringify({ kind: 'logon', id, ts: '2010-01-04T12:00:00Z', user, pc, activity }),
    );
    lines.push(
      JSON.stringify({
        kind: 'http',
        id: `J-H-${i}`,
        ts: `2010-01-05T10:${String(i % 60).padStart(2, '0')}:00Z`,
        user,
        pc,
        url: `https://drive.example/upload/${i}`,
        activity: i % 3 === 0 ? 'WWW Upload' : 'WWW Visit',
      }),
    );
  }
  lines.splice(50, 0, '{"kind":"logon","id":"J-BAD-1"'); // truncated JSON
  lines.splice(
    120,
    0,
    JSON.stringify({
      kind: 'logon',
      id: 'J-BAD-2',
      ts: 'yesterday',
      user: 'A',
      pc: 'P',
      activity: 'Logon',
    }),
  );
  lines.splice(300, 0, JSON.stringify({ kind: 'printer', id: 'J-BAD-3' }));
  writeFileSync(path.join(dir, 'feed.jsonl'), `${lines.join('\n')}\n`);
  return 3 + 1 + 1 + 1 + 3;
}

beforeAll(async () => {
  // GIVEN a simulated organization with bad rows added, imported once cleanly into home A
  work = mkdtempSync(path.join(tmpdir(), 'vigil-fault-ingest-'));
  dataset = path.join(work, 'org');
  await vigil(
    'simulate',
    '--users',
    '200',
    '--days',
    '60',
    '--seed',
    '5',
    '--out',
    dataset,
    '--json',
  );
  badRows = addBadRowsAndFeed(dataset);
  cleanHome = path.join(work, 'clean');
  const summary = JSON.parse(await vigil('ingest', dataset, '--home', cleanHome, '--json'));
  expect(summary.files.length, 'files in the folder').toBe(TOTAL_FILES);
  expect(summary.rejected, 'every bad row quarantined').toBe(badRows);
  cleanBytes = statSync(path.join(cleanHome, 'analytics.duckdb')).size;
  clean = await storeContents(cleanHome);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const KILL_POINTS: ReadonlyArray<{ name: string; kills: KillPoint[] }> = [
  {
    name: 'right after the first file commits',
    kills: [{ name: 'first file done', stderr: /ingest: 1\/\d+ files/ }],
  },
  {
    // The store file grows while a large CSV streams in (DuckDB writes big appends straight to
    // the file, ahead of the commit): a tenth of the clean store is mid-way through email.csv.
    name: 'while a large log streams in',
    kills: [{ name: 'store at 10%', storeBytes: (b) => b * 0.1 }],
  },
  {
    name: 'twice: after the first file, then while http.csv streams in on the re-run',
    kills: [
      { name: 'first file done', stderr: /ingest: 1\/\d+ files/ },
      { name: 'store at 45%', storeBytes: (b) => b * 0.45 },
    ],
  },
  {
    // Every file is committed to the write-ahead log; closing checkpoints it into the file.
    name: 'after the last file commits, during the closing checkpoint',
    kills: [{ name: 'all files done', stderr: /ingest: (\d+)\/\1 files/ }],
  },
];

describe('an import SIGKILLed part-way and re-run', () => {
  it('the clean import holds every table, the bad rows in quarantine', () => {
    expect(Object.keys(clean).sort()).toEqual(
      expect.arrayContaining(['device', 'documents', 'email', 'file', 'http', 'ingested_files']),
    );
    expect(clean.quarantine!.rows, 'quarantined rows').toBe(badRows);
    expect(clean.ingested_files!.rows, 'files recorded').toBe(TOTAL_FILES);
    for (const table of ['logon', 'device', 'file', 'email', 'http', 'ldap', 'personnel'])
      expect(clean[table]!.rows, `${table} rows`).toBeGreaterThan(0);
  });

  const progress: string[][] = [];
  for (const [i, scenario] of KILL_POINTS.entries()) {
    it(`ends identical to one clean import when killed ${scenario.name}`, async () => {
      const home = path.join(work, `killed-${i}`);
      let recorded: string[] = [];
      for (const point of scenario.kills) {
        // WHEN the import is killed at the point
        await ingestKilledAt(home, point, cleanBytes);
        recorded = await filesRecorded(home);
        progress.push(recorded);
      }
      // AND run again to completion
      const resumed = JSON.parse(await vigil('ingest', dataset, '--home', home, '--json'));

      // THEN what the kill left committed is skipped, not loaded twice
      const skipped = resumed.files
        .filter((f: { unchanged: boolean }) => f.unchanged)
        .map((f: { file: string }) => path.relative(dataset, f.file))
        .sort();
      expect(skipped, 'files skipped on the re-run are those recorded before the kill').toEqual(
        recorded,
      );
      // AND every table matches the clean import, row for row
      const contents = await storeContents(home);
      expect(Object.keys(contents).sort(), 'tables').toEqual(Object.keys(clean).sort());
      for (const table of Object.keys(clean))
        expect(contents[table], `table ${table} after the kill(s) and re-run`).toEqual(
          clean[table],
        );
    });
  }

  it('the kills landed at different stages of the import', () => {
    console.info(
      `files committed at each kill (of ${TOTAL_FILES}): ${progress.map((f) => f.length).join(', ')}`,
    );
    const stages = new Set(progress.map((files) => files.length));
    expect(
      stages.size,
      `files committed at each kill: ${[...stages].join(', ')}`,
    ).toBeGreaterThanOrEqual(3);
    expect(
      progress.some((files) => files.length > 0 && files.length < TOTAL_FILES),
      'at least one kill left a partly imported folder',
    ).toBe(true);
  });
});
