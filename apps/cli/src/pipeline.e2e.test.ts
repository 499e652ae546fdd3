import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const VIGIL = path.resolve(import.meta.dirname, '../bin/vigil.js');
const vigil = (...args: string[]) =>
  execFileSync(process.execPath, [VIGIL, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('vigil simulate → ingest → score → evaluate', () => {
  it('ranks the simulated insiders high, through the real command line', () => {
    // GIVEN a small simulated organization with all eight insider scenarios
    const work = mkdtempSync(path.join(tmpdir(), 'vigil-e2e-'));
    workDirs.push(work);
    const data = path.join(work, 'org');
    const home = path.join(work, 'home');
    vigil('simulate', '--users', '160', '--days', '100', '--seed', '4242', '--out', data, '--json');

    // WHEN it is ingested and scored
    const ingest = JSON.parse(vigil('ingest', data, '--home', home, '--json'));
    expect(ingest.accepted, 'events ingested').toBeGreaterThan(100_000);
    expect(ingest.rejected, 'a clean simulation has no bad rows').toBe(0);
    const csv = vigil('score', '--home', home, '--format', 'csv').trim().split('\n');
    expect(csv[0]).toBe('user,day,score,reasons');

    // THEN the CSV covers every user-day and the answer key's insiders rank high
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(
      rows.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[1]!)),
      'days are YYYY-MM-DD',
    ).toBe(true);
    const report = JSON.parse(
      vigil('evaluate', '--home', home, '--answers', path.join(data, 'answers'), '--json'),
    );
    expect(report.insiders).toBe(8);
    expect(report.userAuc, 'user-level ROC AUC').toBeGreaterThan(0.85);
    expect(report.userDayAuc, 'user-day ROC AUC').toBeGreaterThan(0.8);
    const caughtSomewhere = report.outcomes.filter(
      (o: { bestRank: number | null }) => o.bestRank !== null && o.bestRank <= 5,
    );
    expect(
      caughtSomewhere.length,
      'insiders in the daily top 5 on one of their malicious days',
    ).toBeGreaterThanOrEqual(6);

    // AND the day's top alerts come with reasons
    const firstAlert = report.outcomes.find(
      (o: { firstAlertDay: string | null }) => o.firstAlertDay,
    )!.firstAlertDay;
    const top = JSON.parse(vigil('top', '--home', home, '--day', firstAlert, '--json'));
    expect(top.alerts.length).toBeGreaterThan(0);
    expect(top.alerts[0].reasons.length, 'an alert explains itself').toBeGreaterThan(0);
  });

  it('exits non-zero with a clear message on bad input', () => {
    const home = mkdtempSync(path.join(tmpdir(), 'vigil-e2e-bad-'));
    workDirs.push(home);
    let error: { status: number; stderr: string } | undefined;
    try {
      vigil('ingest', path.join(home, 'missing'), '--home', home);
    } catch (e) {
      error = e as { status: number; stderr: string };
    }
    expect(error?.status).toBe(2);
    expect(error?.stderr).toMatch(/is not a directory/);
    try {
      vigil('top', '--home', home, '--day', '2010-13-45');
    } catch (e) {
      error = e as { status: number; stderr: string };
    }
    expect(error?.stderr).toMatch(/--day must be a date/);
  });
});
