import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plantedPcOffice } from '@vigil/analytics/testing';
import type { EventStore } from '@vigil/event-store';
import { storeBackends } from '@vigil/store/testing';
import { importAlerts } from './import-alerts.ts';
import { pseudonymOf } from './pseudonyms.ts';

/** Bob's account alerts on 2010-01-20; the administrator Dan planted something on his PC. */
let events: EventStore;
let dispose: () => void;
beforeAll(async () => {
  ({ store: events, dispose } = await plantedPcOffice());
  await events.run(`CREATE TABLE user_day_score AS
    SELECT "user", day, 5.0 AS score, 5.0 AS behavior, 0.0 AS anomaly, 1.0 AS amplification,
      '2 logons outside work hours (usual 0.0/day vs peers 0.0/day)' AS reasons
    FROM user_day WHERE "user" = 'BOB0002' AND day = DATE '2010-01-20'`);
});
afterAll(() => dispose());

const key = Buffer.alloc(32, 7);

for (const backend of storeBackends()) {
  describe(`importAlerts on ${backend.name}`, () => {
    it('ends the reasons with the leads, naming the people in them by pseudonym only', async () => {
      const store = await backend.open();
      try {
        const result = await importAlerts(store, events, key);
        expect(result.imported).toBe(1);
        const [alert] = await store.db.selectFrom('alerts').selectAll().execute();
        const reasons: string[] = JSON.parse(alert!.reasons);
        expect(reasons).toEqual([
          '2 logons outside work hours (usual 0.0/day vs peers 0.0/day)',
          `lead: ${pseudonymOf(key, 'DAN0003')} (ITAdmin) used PC-2, this user's own PC, in the 30 days before: 1 executable file written, 1 removable-media connection, 1 logon (last 2010-01-10)`,
        ]);
        expect(alert!.pseudonym).toBe(pseudonymOf(key, 'BOB0002'));
        // The person a lead names can be revealed like the alerted one, with approval.
        const mapped = await store.db
          .selectFrom('pseudonyms')
          .select('person_id')
          .where('pseudonym', '=', pseudonymOf(key, 'DAN0003'))
          .execute();
        expect(mapped).toEqual([{ person_id: 'DAN0003' }]);
      } finally {
        await backend.dispose(store);
      }
    });
  });
}
