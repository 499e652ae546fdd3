import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { buildUserDays } from '../features/build-user-days.ts';
import { alertLeads } from './alert-leads.ts';

/**
 * Four people, each with an own PC. On 2010-01-10 the administrator Dan sits at Bob's PC-2,
 * connects a thumb drive and writes an executable there; on 2010-01-18 Ann logs on to PC-2;
 * on 2009-12-15, long before, Cat did. Bob's account is alerted on 2010-01-20.
 */
let store: EventStore;
let dir: string;

const logon = (id: string, day: string, user: string, pc: string) => ({
  kind: 'logon',
  id,
  ts: `${day}T09:00:00`,
  user,
  pc,
  activity: 'Logon',
});

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vigil-leads-'));
  const owners = { ANN0001: 'PC-1', BOB0002: 'PC-2', DAN0003: 'PC-3', CAT0004: 'PC-4' };
  const events: object[] = [];
  // Three days at their own PCs make each the owner of one.
  for (const [user, pc] of Object.entries(owners))
    for (const day of ['2010-01-04', '2010-01-05', '2010-01-06'])
      events.push(logon(`own-${user}-${day}`, day, user, pc));
  events.push(
    logon('cat-old', '2009-12-15', 'CAT0004', 'PC-2'),
    logon('dan-visit', '2010-01-10', 'DAN0003', 'PC-2'),
    {
      kind: 'device',
      id: 'dan-usb',
      ts: '2010-01-10T09:05:00',
      user: 'DAN0003',
      pc: 'PC-2',
      activity: 'Connect',
    },
    {
      kind: 'file',
      id: 'dan-exe',
      ts: '2010-01-10T09:06:00',
      user: 'DAN0003',
      pc: 'PC-2',
      filename: 'C:\\Windows\\Temp\\svc.exe',
      activity: 'File Write',
      from_removable_media: true,
    },
    logon('ann-visit', '2010-01-18', 'ANN0001', 'PC-2'),
    logon('bob-own', '2010-01-20', 'BOB0002', 'PC-2'),
  );
  writeFileSync(path.join(dir, 'events.jsonl'), events.map((e) => JSON.stringify(e)).join('\n'));
  mkdirSync(path.join(dir, 'LDAP'));
  writeFileSync(
    path.join(dir, 'LDAP', '2010-01.csv'),
    'employee_name,user_id,email,role,business_unit,functional_unit,department,team,supervisor\n' +
      'Ann,ANN0001,ann@dtaa.com,Analyst,1,2,Research,T,Bob\n' +
      'Bob,BOB0002,bob@dtaa.com,Manager,1,2,Research,T,Eve\n' +
      'Dan,DAN0003,dan@dtaa.com,ITAdmin,1,2,IT,T,Eve\n' +
      'Cat,CAT0004,cat@dtaa.com,Analyst,1,2,Research,T,Bob\n',
  );
  store = await openEventStore({ home: ':memory:' });
  await ingestDirectory(store, dir);
  await buildUserDays(store);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('alertLeads', () => {
  it('names who used the alerted user’s own PC in the month before, those who left something first', async () => {
    const leads = await alertLeads(store, '2010-01-20', ['BOB0002', 'ANN0001']);
    expect(leads.get('BOB0002')).toEqual([
      "lead: DAN0003 (ITAdmin) used PC-2, this user's own PC, in the 30 days before: 1 executable file written, 1 removable-media connection, 1 logon (last 2010-01-10)",
      "lead: ANN0001 (Analyst) used PC-2, this user's own PC, in the 30 days before: 1 logon (last 2010-01-18)",
    ]);
    // Nobody else used Ann's PC; Cat's visit to PC-2 is older than the window.
    expect(leads.has('ANN0001')).toBe(false);
    expect(leads.get('BOB0002')!.join()).not.toContain('CAT0004');
  });

  it('does not look past the alert day', async () => {
    // On 2010-01-09 Cat's visit is 25 days old; Dan's and Ann's are still to come.
    const leads = await alertLeads(store, '2010-01-09', ['BOB0002']);
    expect(leads.get('BOB0002')).toEqual([
      "lead: CAT0004 (Analyst) used PC-2, this user's own PC, in the 30 days before: 1 logon (last 2009-12-15)",
    ]);
  });

  it('returns nothing for no users', async () => {
    expect((await alertLeads(store, '2010-01-20', [])).size).toBe(0);
  });
});
