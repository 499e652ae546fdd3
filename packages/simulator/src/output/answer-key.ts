import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Incident } from '../events/incident.ts';
import type { Release } from '../events/release.ts';

export interface AnswerKeyEntry {
  scenario: number;
  user: string;
  label: string;
  details: string;
  events: number;
  start: string;
  end: string;
}

/**
 * `answers/insiders.csv` and one file per incident listing its malicious events in time order,
 * CERT style: log type, then the event's fields as written (r6.2 quotes every value). Incidents
 * with no event expressible in the release's layout are left out and returned separately.
 */
export async function writeAnswerKey(
  dir: string,
  dataset: string,
  release: Release,
  incidents: readonly Incident[],
): Promise<{ entries: AnswerKeyEntry[]; empty: Incident[] }> {
  const answers = path.join(dir, 'answers');
  await mkdir(answers, { recursive: true });
  const entries: AnswerKeyEntry[] = [];
  const empty: Incident[] = [];
  const quote =
    release === 'r6.2' ? (v: string) => `"${v.replaceAll('"', '""')}"` : (v: string) => v;
  for (const incident of incidents) {
    const events = incident.orderedEvents();
    const first = events[0];
    const last = events.at(-1);
    if (!first || !last) {
      empty.push(incident);
      continue;
    }
    const user = incident.insider.id;
    const details = `${dataset}-${incident.scenario}-${user}.csv`;
    const folder = path.join(answers, `${dataset}-${incident.scenario}`);
    await mkdir(folder, { recursive: true });
    let body = '';
    for (const e of events) body += `${[e.kind, ...e.fields].map(quote).join(',')}\n`;
    await writeFile(path.join(folder, details), body);
    entries.push({
      scenario: incident.scenario,
      user,
      label: incident.label,
      details,
      events: events.length,
      start: first.fields[1] ?? '',
      end: last.fields[1] ?? '',
    });
  }
  entries.sort((a, b) => a.scenario - b.scenario || (a.user < b.user ? -1 : 1));
  let csv = 'dataset,scenario,details,user,start,end\n';
  for (const e of entries)
    csv += `${dataset},${e.scenario},${e.details},${e.user},${e.start},${e.end}\n`;
  await writeFile(path.join(answers, 'insiders.csv'), csv);
  return { entries, empty };
}
