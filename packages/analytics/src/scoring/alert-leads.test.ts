import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventStore } from '@vigil/event-store';
import { plantedPcOffice } from '../testing/planted-pc-office.ts';
import { alertKey, alertLeads, leadsForAlerts } from './alert-leads.ts';

/**
 * Dan planted something on Bob's PC-2 on 2010-01-10; Ann only logged on to it on 2010-01-18;
 * Cat's thumb drive was there on 2009-12-15 (see `plantedPcOffice`).
 */
let store: EventStore;
let dispose: () => void;
beforeAll(async () => {
  ({ store, dispose } = await plantedPcOffice());
});
afterAll(() => dispose());

describe('alertLeads', () => {
  it('names who left something on the alerted user’s own PC in the month before', async () => {
    const leads = await alertLeads(store, '2010-01-20', ['BOB0002', 'ANN0001']);
    // Ann only logged on; Cat's thumb drive is older than the window; nobody used Ann's PC.
    expect(leads.get('BOB0002')).toEqual([
      "lead: DAN0003 (ITAdmin) used PC-2, this user's own PC, in the 30 days before: 1 executable file written, 1 removable-media connection, 1 logon (last 2010-01-10)",
    ]);
    expect(leads.has('ANN0001')).toBe(false);
  });

  it('does not look past the alert day', async () => {
    // On 2010-01-09 Cat's visit is 25 days old; Dan's and Ann's are still to come.
    const leads = await alertLeads(store, '2010-01-09', ['BOB0002']);
    expect(leads.get('BOB0002')).toEqual([
      "lead: CAT0004 (Analyst) used PC-2, this user's own PC, in the 30 days before: 1 removable-media connection, 1 logon (last 2009-12-15)",
    ]);
  });

  it('answers alerts of several days in one query, each against its own day', async () => {
    const leads = await leadsForAlerts(store, [
      { user: 'BOB0002', day: '2010-01-09' },
      { user: 'BOB0002', day: '2010-01-20' },
    ]);
    expect(leads.get(alertKey('BOB0002', '2010-01-09'))!.map((l) => l.person)).toEqual(['CAT0004']);
    expect(leads.get(alertKey('BOB0002', '2010-01-20'))).toEqual([
      {
        person: 'DAN0003',
        role: 'ITAdmin',
        pc: 'PC-2',
        logons: 1,
        removableConnections: 1,
        executablesWritten: 1,
        last: '2010-01-10',
      },
    ]);
  });

  it('returns nothing for no users', async () => {
    expect((await alertLeads(store, '2010-01-20', [])).size).toBe(0);
  });
});
