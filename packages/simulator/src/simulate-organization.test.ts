import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_KINDS, type LogKind } from '@vigil/core';
import { LOG_HEADERS, simulateOrganization, type SimulationSummary } from './index.ts';

// Small organizations keep each run to a second or two; 48 users is enough for all 8 scenarios.
const BASE = { users: 48, days: 30, seed: 11 } as const;
const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-sim-'));
  dirs.push(dir);
  return dir;
};

interface Dataset {
  dir: string;
  summary: SimulationSummary;
  rows: Record<LogKind, string[][]>;
}

function lines(file: string): string[] {
  return readFileSync(file, 'latin1')
    .split('\n')
    .filter((l) => l.length > 0);
}

function load(dir: string, summary: SimulationSummary): Dataset {
  const rows = {} as Record<LogKind, string[][]>;
  for (const kind of LOG_KINDS)
    rows[kind] = lines(path.join(dir, `${kind}.csv`))
      .slice(1)
      .map((l) => l.split(','));
  return { dir, summary, rows };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full) : [full];
  });
}

const certTime = (d: string) => {
  const [date = '', time = ''] = d.split(' ');
  const [mm, dd, yyyy] = date.split('/');
  return `${yyyy}${mm}${dd}${time}`;
};

let r6: Dataset;
let r4: Dataset;

beforeAll(async () => {
  const dir6 = freshDir();
  r6 = load(dir6, await simulateOrganization({ ...BASE, out: dir6 }));
  const dir4 = freshDir();
  r4 = load(dir4, await simulateOrganization({ ...BASE, out: dir4, release: 'r4.2' }));
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('simulateOrganization: format', () => {
  it('writes CERT headers and the same number of fields on every row, for both releases', () => {
    for (const [release, data] of [
      ['r6.2', r6],
      ['r4.2', r4],
    ] as const) {
      for (const kind of LOG_KINDS) {
        const header = lines(path.join(data.dir, `${kind}.csv`))[0];
        expect(header, `${release} ${kind} header`).toBe(LOG_HEADERS[release][kind]);
        const width = LOG_HEADERS[release][kind].split(',').length;
        const bad = data.rows[kind].filter((r) => r.length !== width);
        expect(
          bad.slice(0, 3),
          `${release} ${kind}: rows with a field count other than ${width}`,
        ).toEqual([]);
        expect(data.rows[kind].length, `${release} ${kind} has rows`).toBeGreaterThan(0);
      }
    }
  });

  it('uses CERT ids unique within each file, CERT dates, and sorts each file by time', () => {
    for (const kind of LOG_KINDS) {
      const rows = r6.rows[kind];
      expect(new Set(rows.map((r) => r[0])).size, `${kind} ids unique`).toBe(rows.length);
      for (const r of rows.slice(0, 200)) {
        expect(r[0]).toMatch(/^\{[A-Z0-9]{4}-[A-Z0-9]{8}-[A-Z0-9]{8}\}$/);
        expect(r[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
      }
      const times = rows.map((r) => certTime(r[1] ?? ''));
      const unsorted = times.findIndex((t, i) => i > 0 && t < (times[i - 1] as string));
      expect(unsorted, `${kind}.csv sorted by date`).toBe(-1);
    }
  });

  it('writes r6.2 specifics: File Open rows, booleans, View e-mails, path(size) attachments, web activities', () => {
    const file = r6.rows.file;
    expect(new Set(file.map((r) => r[5]))).toEqual(
      new Set(['File Open', 'File Write', 'File Copy', 'File Delete']),
    );
    expect(new Set(file.flatMap((r) => [r[6], r[7]]))).toEqual(new Set(['True', 'False']));
    expect(new Set(r6.rows.email.map((r) => r[8]))).toEqual(new Set(['Send', 'View']));
    const attached = r6.rows.email.find((r) => r[10] !== '');
    expect(attached?.[10]).toMatch(/^[^;]+\(\d+\)(;[^;]+\(\d+\))*$/);
    expect(new Set(r6.rows.http.map((r) => r[5]))).toEqual(
      new Set(['WWW Visit', 'WWW Download', 'WWW Upload']),
    );
    const words = (r6.rows.http[0]?.[6] ?? '').split(' ').length;
    expect(words).toBeGreaterThanOrEqual(20);
    expect(words).toBeLessThanOrEqual(60);
  });

  it('keeps only removable-media copies in r4.2 file.csv and counts attachments', () => {
    expect(r4.rows.file.every((r) => /^([0-9A-F]{2}-)+[0-9A-F]{2} |^[a-z]/.test(r[5] ?? ''))).toBe(
      true,
    );
    expect(r4.rows.email.every((r) => /^\d+$/.test(r[9] ?? ''))).toBe(true);
  });

  it('registers every share document that file events touch', () => {
    const registered = new Set(
      lines(path.join(r6.dir, 'documents.csv'))
        .slice(1)
        .map((l) => l.split(',')[0]),
    );
    const shares = r6.rows.file.map((r) => r[4] ?? '').filter((f) => f.startsWith('C:\\Shares\\'));
    expect(shares.length).toBeGreaterThan(0);
    expect(shares.filter((f) => !registered.has(f)).slice(0, 3)).toEqual([]);
    const personal = r6.rows.file.filter((r) => (r[4] ?? '').startsWith('C:\\Users\\'));
    expect(personal.length, 'some file events hit unregistered personal files').toBeGreaterThan(0);
  });
});

describe('simulateOrganization: determinism', () => {
  it('gives byte-identical files for the same arguments and different files for another seed', async () => {
    const again = freshDir();
    await simulateOrganization({ ...BASE, out: again });
    const names = allFiles(r6.dir)
      .map((f) => path.relative(r6.dir, f))
      .sort();
    expect(
      allFiles(again)
        .map((f) => path.relative(again, f))
        .sort(),
    ).toEqual(names);
    for (const name of names) {
      expect(
        readFileSync(path.join(again, name)).equals(readFileSync(path.join(r6.dir, name))),
        name,
      ).toBe(true);
    }
    const other = freshDir();
    await simulateOrganization({ ...BASE, seed: 12, out: other });
    expect(
      readFileSync(path.join(other, 'http.csv')).equals(
        readFileSync(path.join(r6.dir, 'http.csv')),
      ),
    ).toBe(false);
  });
});
