import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VIGIL = path.resolve(import.meta.dirname, '../../bin/vigil.js');
const work = mkdtempSync(path.join(tmpdir(), 'vigil-simulate-verb-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('vigil simulate', () => {
  it('prints a JSON summary of what it wrote', () => {
    // GIVEN a tiny organization WHEN simulated through the command line
    const out = path.join(work, 'org');
    const stdout = execFileSync(
      process.execPath,
      [VIGIL, 'simulate', '--users', '40', '--days', '5', '--seed', '3', '--out', out, '--json'],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const summary = JSON.parse(stdout);
    // THEN the summary matches the files, and every scenario has an insider
    expect(summary.users).toBe(40);
    expect(summary.days).toBe(5);
    const httpRows =
      readFileSync(path.join(out, 'http.csv'), 'latin1').trim().split('\n').length - 1;
    expect(summary.events.http, 'events per file').toBe(httpRows);
    expect(summary.bytes).toBeGreaterThan(0);
    expect(summary.insiders.map((i: { scenario: number }) => i.scenario)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(typeof summary.insiders[0].user).toBe('string');
  });

  it('rejects an impossible request with an actionable message and exit code 2', () => {
    const result = spawnSync(
      process.execPath,
      [
        VIGIL,
        'simulate',
        '--users',
        '30',
        '--days',
        '5',
        '--seed',
        '1',
        '--out',
        path.join(work, 'x'),
        '--insiders',
        '9',
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--insiders');
    expect(result.stderr).toContain('at most');
  });
});
