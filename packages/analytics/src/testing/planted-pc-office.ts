import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { buildUserDays } from '../features/build-user-days.ts';

const logon = (id: string, day: string, user: string, pc: string) => ({
  kind: 'logon',
  id,
  ts: `${day}T09:00:00`,
  user,
  pc,
  activity: 'Logon',
});

/**
 * An office of four, each with an own PC, for tests of alert leads. On 2010-01-10 the
 * administrator Dan (DAN0003) sits at Bob's (BOB0002) PC-2, connects a thumb drive and writes
 * an executable there; on 2010-01-18 Ann (ANN0001) only logs on to PC-2; on 2009-12-15, long
 * before, Cat (CAT0004) connected a thumb drive there. Bob works at PC-2 on 2010-01-20.
 * Ingested through the real ingest, with features built.
 */
export async function plantedPcOffice(): Promise<{ store: EventStore; dispose(): void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vigil-office-'));
  const owners = { ANN0001: 'PC-1', BOB0002: 'PC-2', DAN0003: 'PC-3', CAT0004: 'PC-4' };
  const events: object[] = [];
  // Three days at their own PCs make each the owner of one.
  for (const [user, pc] of Object.entries(owners))
    for (const day of ['2010-01-04', '2010-01-05', '2010-01-06'])
      events.push(logon(`own-${user}-${day}`, day, user, pc));
  events.push(
    logon('cat-old', '2009-12-15', 'CAT0004', 'PC-2'),
    {
      kind: 'device',
      id: 'cat-usb',
      ts: '2009-12-15T09:05:00',
      user: 'CAT0004',
      pc: 'PC-2',
      activity: 'Connect',
    },
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
  const store = await openEventStore({ home: ':memory:' });
  try {
    await ingestDirectory(store, dir);
    await buildUserDays(store);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { store, dispose: () => store.close() };
}
