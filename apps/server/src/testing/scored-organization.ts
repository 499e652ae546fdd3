import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildUserDays, scoreUserDays } from '@vigil/analytics';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { simulateOrganization } from '@vigil/simulator';

/** A small simulated organization run through the real ingest and scoring, in memory. */
export async function scoredOrganization(
  options: { users?: number; days?: number; seed?: number } = {},
): Promise<{ events: EventStore; dispose(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-org-'));
  await simulateOrganization(
    {
      users: options.users ?? 40,
      days: options.days ?? 30,
      seed: options.seed ?? 7,
      out: dir,
      release: 'r6.2',
    },
    () => {},
  );
  const events = await openEventStore({ home: ':memory:', memoryLimit: '512MB' });
  await ingestDirectory(events, dir, () => {});
  await buildUserDays(events, () => {});
  await scoreUserDays(events, {});
  return {
    events,
    dispose() {
      events.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
