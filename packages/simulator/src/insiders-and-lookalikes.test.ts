import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOG_KINDS, type LogKind } from '@vigil/core';
import { simulateOrganization, type SimulationSummary } from './index.ts';
import { PERSONAL_KEYWORDS, WORK_KEYWORDS } from './vocabulary/topic-keywords.ts';

// GIVEN small organizations in both layouts (a few seconds each).
const BASE = { users: 90, days: 40, seed: 5 } as const;
const dirs: string[] = [];

interface Dataset {
  dir: string;
  summary: SimulationSummary;
  byId: Record<LogKind, Map<string, string[]>>;
  rows: Record<LogKind, string[][]>;
}

const lines = (file: string) =>
  readFileSync(file, 'latin1')
    .split('\n')
    .filter((l) => l.length > 0);
const csv = (file: string) =>
  lines(file)
    .slice(1)
    .map((l) => l.split(','));
const parseKeyRow = (line: string) =>
  line.startsWith('"') ? line.slice(1, -1).split('","') : line.split(',');

async function simulate(release: 'r4.2' | 'r6.2'): Promise<Dataset> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-sim-'));
  dirs.push(dir);
  const summary = await simulateOrganization({ ...BASE, out: dir, release });
  const rows = {} as Dataset['rows'];
  const byId = {} as Dataset['byId'];
  for (const kind of LOG_KINDS) {
    rows[kind] = csv(path.join(dir, `${kind}.csv`));
    byId[kind] = new Map(rows[kind].map((r) => [r[0] ?? '', r]));
  }
  return { dir, summary, rows, byId };
}

function keyEvents(
  data: Dataset,
  scenario: number,
  user: string,
): { kind: LogKind; fields: string[] }[] {
  const file = path.join(
    data.dir,
    'answers',
    `${data.summary.dataset}-${scenario}`,
    `${data.summary.dataset}-${scenario}-${user}.csv`,
  );
  return lines(file).map((l) => {
    const [kind, ...fields] = parseKeyRow(l);
    return { kind: kind as LogKind, fields };
  });
}

let r6: Dataset;
let r4: Dataset;
beforeAll(async () => {
  r6 = await simulate('r6.2');
  r4 = await simulate('r4.2');
});
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('answer key', () => {
  it('casts every scenario 1–8 once in r6.2', () => {
    expect(r6.summary.insiders.map((i) => i.scenario)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const rows = csv(path.join(r6.dir, 'answers', 'insiders.csv'));
    expect(rows.map((r) => r[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(lines(path.join(r6.dir, 'answers', 'insiders.csv'))[0]).toBe(
      'dataset,scenario,details,user,start,end',
    );
  });

  it('lists only events that are in the logs, with identical fields, in time order', () => {
    for (const data of [r6, r4]) {
      for (const incident of data.summary.insiders) {
        const events = keyEvents(data, incident.scenario, incident.user);
        expect(
          events.length,
          `${data.summary.dataset} scenario ${incident.scenario} has events`,
        ).toBeGreaterThan(0);
        for (const e of events) {
          expect(
            data.byId[e.kind].get(e.fields[0] ?? ''),
            `${e.kind} ${e.fields[0]} in log`,
          ).toEqual(e.fields);
        }
        expect(events[0]?.fields[1]).toBe(incident.start);
        expect(events.at(-1)?.fields[1]).toBe(incident.end);
      }
    }
  });

  it('leaves scenario 7 (viewing only) out of r4.2, which has no File Open rows, and says so', () => {
    expect(r4.summary.insiders.map((i) => i.scenario)).not.toContain(7);
    expect(r4.summary.omitted.map((o) => o.scenario)).toContain(7);
  });
});

describe('scenarios', () => {
  const insider = (n: number) => r6.summary.insiders.find((i) => i.scenario === n)?.user ?? '';
  const ldap = () => {
    const files = readdirSync(path.join(r6.dir, 'LDAP')).sort();
    return files.map((f) => csv(path.join(r6.dir, 'LDAP', f)));
  };

  it('scenario 1: no after-hours work or thumb drive before the incident, a leak-site upload, then departure', () => {
    const user = insider(1);
    const events = keyEvents(r6, 1, user);
    const start = events[0]?.fields[1] ?? '';
    const before = (r: string[]) =>
      r[2] === user && (r[1] ?? '') < start && (r[1] ?? '').slice(0, 10) <= start.slice(0, 10);
    expect(r6.rows.device.filter(before)).toEqual([]);
    expect(events.some((e) => e.kind === 'http' && e.fields[5] === 'WWW Upload')).toBe(true);
    expect(events.some((e) => e.kind === 'device')).toBe(true);
    // Departure: activity stops before the run ends, and later LDAP months no longer list them.
    const stamp = (d: string) => `${d.slice(6, 10)}-${d.slice(0, 2)}-${d.slice(3, 5)}`;
    const all = LOG_KINDS.flatMap((k) =>
      r6.rows[k].filter((r) => r[2] === user).map((r) => stamp(r[1] ?? '')),
    );
    const lastSeen = all.sort().at(-1) ?? '';
    const runEnd =
      LOG_KINDS.map((k) => stamp(r6.rows[k].at(-1)?.[1] ?? ''))
        .sort()
        .at(-1) ?? '';
    expect(lastSeen < runEnd, `${user} last seen ${lastSeen}, run ends ${runEnd}`).toBe(true);
    const months = readdirSync(path.join(r6.dir, 'LDAP')).sort();
    months.forEach((file, i) => {
      if (`${file.slice(0, 7)}-01` > lastSeen)
        expect(
          ldap()[i]?.some((r) => r[1] === user),
          file,
        ).toBe(false);
    });
  });

  it('scenario 3: keylogger download, then the supervisor’s account on the supervisor’s PC sends a mass e-mail', () => {
    const events = keyEvents(r6, 3, insider(3));
    expect(events.some((e) => e.kind === 'http' && e.fields[5] === 'WWW Download')).toBe(true);
    const mass = events.find((e) => e.kind === 'email');
    expect(mass?.fields[2]).not.toBe(insider(3));
    expect(
      (mass?.fields[4] ?? '').split(';').length + (mass?.fields[5] ?? '').split(';').length,
    ).toBeGreaterThanOrEqual(15);
  });

  it('has benign admins install software from thumb drives on PCs they support (the look-alike of scenario 3)', () => {
    const planted = new Set(keyEvents(r6, 3, insider(3)).map((e) => e.fields[0]));
    const installs = r6.rows.file.filter(
      (r) =>
        r[5] === 'File Copy' &&
        r[7] === 'True' &&
        /\\Program Files\\/.test(r[4] ?? '') &&
        !planted.has(r[0]),
    );
    expect(installs.length).toBeGreaterThan(0);
    for (const r of installs) expect(r[8]?.startsWith('4D-5A')).toBe(true);
    const connects = installs.filter((r) =>
      r6.rows.device.some((d) => d[2] === r[2] && d[3] === r[3] && d[5] === 'Connect'),
    );
    expect(connects.length, 'each install comes with a connection on that PC').toBe(
      installs.length,
    );
    const names = installs.map((r) => r[4]!.split('\\').at(-1)!);
    const once = names.filter((n) => names.indexOf(n) === names.lastIndexOf(n));
    expect(once.length, 'some installs are software that no other machine gets').toBeGreaterThan(0);
  });

  it('has benign people tell family and friends about their work (the look-alike of scenario 8 for what a mail says)', () => {
    const work = new Set(Object.values(WORK_KEYWORDS).flat());
    const personal = new Set(PERSONAL_KEYWORDS);
    const leaked = new Set(keyEvents(r6, 8, insider(8)).map((e) => e.fields[0]));
    const shopTalk = r6.rows.email.filter((r) => {
      if (r[8] !== 'Send' || leaked.has(r[0]) || (r[4] ?? '').includes('@dtaa.com')) return false;
      const words = (r[11] ?? '').split(' ');
      return words.some((w) => personal.has(w)) && words.filter((w) => work.has(w)).length >= 3;
    });
    expect(shopTalk.length).toBeGreaterThan(0);
    expect(shopTalk.every((r) => r[2] !== insider(8))).toBe(true);
  });

  it('scenario 7: only File Open events, mostly SECRET or TOP SECRET', () => {
    const events = keyEvents(r6, 7, insider(7));
    expect(new Set(events.map((e) => `${e.kind}:${e.fields[5]}`))).toEqual(
      new Set(['file:File Open']),
    );
    const docs = new Map(csv(path.join(r6.dir, 'documents.csv')).map((r) => [r[0], r[1]]));
    const secret = events.filter((e) =>
      ['SECRET', 'TOP SECRET'].includes(docs.get(e.fields[4]) ?? ''),
    );
    expect(secret.length / events.length).toBeGreaterThan(0.5);
  });

  it('scenario 8: attachments go to the relative registered in personnel.csv', () => {
    const user = insider(8);
    const relatives = csv(path.join(r6.dir, 'personnel.csv'))
      .filter((r) => r[2] === user && r[3] === 'family_member')
      .map((r) => r[6]);
    for (const e of keyEvents(r6, 8, user)) {
      expect(relatives).toContain(e.fields[4]);
      expect(e.fields[10]).toMatch(/^C:\\Shares\\/);
    }
  });
});

describe('look-alike population', () => {
  const insiders = () => new Set(r6.summary.insiders.map((i) => i.user));
  const personnel = () => csv(path.join(r6.dir, 'personnel.csv'));

  it('has benign users with travel, family, financial distress and resignation records', () => {
    const benign = personnel().filter((r) => !insiders().has(r[2] ?? ''));
    for (const kind of [
      'foreign_travel',
      'family_member',
      'financial_distress',
      'resignation_notice',
    ]) {
      expect(
        benign.some((r) => r[3] === kind),
        `benign ${kind}`,
      ).toBe(true);
    }
    const travel = benign.find((r) => r[3] === 'foreign_travel');
    expect(travel?.[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has benign thumb-drive users, cloud uploaders and admins logging on to many PCs', () => {
    const usb = new Set(r6.rows.device.map((r) => r[2]).filter((u) => !insiders().has(u ?? '')));
    expect(usb.size).toBeGreaterThanOrEqual(3);
    const uploads = r6.rows.http.filter(
      (r) => r[5] === 'WWW Upload' && !insiders().has(r[2] ?? ''),
    );
    expect(uploads.length).toBeGreaterThan(0);
    const pcsByUser = new Map<string, Set<string>>();
    for (const r of r6.rows.logon)
      pcsByUser.set(r[2] ?? '', (pcsByUser.get(r[2] ?? '') ?? new Set()).add(r[3] ?? ''));
    expect(Math.max(...[...pcsByUser.values()].map((s) => s.size))).toBeGreaterThanOrEqual(10);
  });

  it('has benign users mailing share documents to webmail (working from home) besides insiders doing so', () => {
    const home = r6.rows.email.filter(
      (r) =>
        r[8] === 'Send' &&
        !(r[4] ?? '').includes('@dtaa.com') &&
        (r[10] ?? '').includes('C:\\Shares\\') &&
        !insiders().has(r[2] ?? '') &&
        /@(gmail|yahoo|hotmail|aol|comcast|msn|outlook|verizon|att|cox|earthlink|live|mail|gmx|yandex|163|qq|protonmail|juno|sbcglobal)\./.test(
          r[4] ?? '',
        ),
    );
    expect(home.length).toBeGreaterThan(0);
  });

  it('removes leavers from later LDAP months and from the logs after they leave', () => {
    const files = readdirSync(path.join(r6.dir, 'LDAP')).sort();
    expect(files[0]).toBe('2010-01.csv');
    const first = new Set(csv(path.join(r6.dir, 'LDAP', files[0] ?? '')).map((r) => r[1]));
    const last = new Set(csv(path.join(r6.dir, 'LDAP', files.at(-1) ?? '')).map((r) => r[1]));
    const leavers = [...first].filter((u) => !last.has(u));
    expect(
      leavers.some((u) => !insiders().has(u ?? '')),
      'some benign leaver',
    ).toBe(true);
    const lastMonth = (files.at(-1) ?? '').slice(5, 7);
    for (const u of leavers) {
      expect(
        r6.rows.logon.some(
          (r) => r[2] === u && r[1]?.startsWith(`${lastMonth}/`) && r[1].slice(3, 5) > '01',
        ),
        `${u} inactive late`,
      ).toBe(false);
    }
  });
});
