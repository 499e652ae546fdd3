import { LOG_KINDS } from '@vigil/core';
import { insertTextRows, type EventStore } from '@vigil/event-store';
import type { Incident } from './answer-key.ts';

/**
 * The incidents whose events are in the store. CERT ships one `insiders.csv` and one answers
 * folder for all its releases, and the same user ids recur across releases (r4.1 and r4.2
 * share their people): an insider of r5.2 may be an ordinary employee in the r4.2 logs being
 * evaluated. An incident belongs to these logs when at least one of its events (log type and
 * id, the dataset's own key) was ingested. Keys of a single dataset are taken whole, so a
 * partial ingest still counts the insiders whose events were left out.
 */
export async function incidentsInStore(
  store: EventStore,
  incidents: readonly Incident[],
): Promise<Incident[]> {
  if (new Set(incidents.map((i) => i.dataset)).size <= 1) return [...incidents];
  await store.run(
    'CREATE OR REPLACE TEMP TABLE answer_event (kind VARCHAR, id VARCHAR, PRIMARY KEY (kind, id))',
  );
  await insertTextRows(
    store,
    'answer_event',
    ['kind', 'id'],
    incidents.flatMap((i) => i.events.map((e) => [e.kind, e.id])),
  );
  const found = await store.all<{ kind: string; id: string }>(
    // The store keeps each log kind in a table of that name.
    LOG_KINDS.map(
      (t) =>
        `SELECT a.kind, a.id FROM answer_event a WHERE a.kind = '${t}' AND EXISTS (SELECT 1 FROM ${t} e WHERE e.id = a.id)`,
    ).join(' UNION ALL '),
  );
  await store.run('DROP TABLE answer_event');
  const present = new Set(found.map((e) => `${e.kind}|${e.id}`));
  return incidents.filter((i) => i.events.some((e) => present.has(`${e.kind}|${e.id}`)));
}
