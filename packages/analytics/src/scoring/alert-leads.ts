import type { EventStore } from '@vigil/event-store';
import { isExecutableFile } from '../features/executable-file.ts';

/**
 * How far back, in days, other people's use of an alerted user's own PC is a lead: as long as
 * the scores remember evidence. A planted keylogger may collect for weeks before it is used.
 */
export const LEAD_WINDOW_DAYS = 30;
/** At most this many people are named per alert, the latest first. */
export const MAX_LEADS = 3;

/** Someone other than the alerted user who left something on the alerted user's own PC shortly before. */
export interface AlertLead {
  person: string;
  role: string | null;
  pc: string;
  logons: number;
  removableConnections: number;
  executablesWritten: number;
  /** The day of their latest such act, YYYY-MM-DD. */
  last: string;
}

type LeadRow = {
  owner: string;
  day: string;
  person: string;
  role: string | null;
  pc: string;
  logons: bigint;
  connects: bigint;
  executables: bigint;
  last: string;
};

/** How a described lead begins, so that lists of reasons can tell leads from evidence. */
export const LEAD_PREFIX = 'lead: ';

/** Key of an alert in the map `leadsForAlerts` returns. */
export const alertKey = (user: string, day: string) => `${user}|${day}`;

/**
 * Who else left something on each alerted user's own PC in the LEAD_WINDOW_DAYS up to the
 * alert's day: removable media connected or executables written there (with their logons to
 * it). When an account behaves unlike its owner (a late logon, a mass mail), the person who
 * sat at that PC weeks before with a thumb drive, perhaps planting a keylogger, is where an
 * analyst looks next. Visitors who only logged on are left out: administrators log on to
 * colleagues' PCs so often that such a lead stood under 84% of a simulated organization's
 * alerts. These are leads for the analyst, not evidence in the score: crediting the masquerade
 * to administrators in the score linked dozens of innocent people per organization. One query
 * for all the alerts, keyed by `alertKey(user, day)`.
 */
export async function leadsForAlerts(
  store: EventStore,
  alerts: ReadonlyArray<{ user: string; day: string }>,
): Promise<Map<string, AlertLead[]>> {
  const leads = new Map<string, AlertLead[]>();
  if (alerts.length === 0) return leads;
  const window = (alias: string) =>
    `${alias}."user" <> m.owner AND ${alias}.ts >= m.day - to_days($2::INTEGER) AND ${alias}.ts < m.day + 1`;
  const rows = await store.all<LeadRow>(
    `WITH alerted AS (
       SELECT "user" AS owner, day::DATE AS day
       FROM (SELECT unnest(from_json($1::VARCHAR, '[{"user":"VARCHAR","day":"VARCHAR"}]'), recursive := true))),
     mine AS (SELECT DISTINCT a.owner, a.day, o.pc FROM alerted a JOIN pc_owner o ON o.owner = a.owner),
     window_events AS (
       SELECT m.owner, m.day, l."user" AS person, l.pc, l.ts, 'logon' AS act
       FROM logon l JOIN mine m ON l.pc = m.pc WHERE l.activity = 'Logon' AND ${window('l')}
       UNION ALL
       SELECT m.owner, m.day, d."user", d.pc, d.ts, 'connect'
       FROM device d JOIN mine m ON d.pc = m.pc WHERE d.activity = 'Connect' AND ${window('d')}
       UNION ALL
       SELECT m.owner, m.day, f."user", f.pc, f.ts, 'executable'
       FROM file f JOIN mine m ON f.pc = m.pc
       WHERE f.activity IN ('File Write', 'File Copy') AND NOT f.to_removable
         AND ${isExecutableFile('f')} AND ${window('f')})
     SELECT e.owner, strftime(e.day, '%Y-%m-%d') AS day, e.person, p.role, e.pc,
       count(*) FILTER (act = 'logon') AS logons, count(*) FILTER (act = 'connect') AS connects,
       count(*) FILTER (act = 'executable') AS executables,
       strftime(max(e.ts), '%Y-%m-%d') AS last
     FROM window_events e LEFT JOIN user_profile p ON p."user" = e.person
     GROUP BY e.owner, e.day, e.person, p.role, e.pc
     HAVING count(*) FILTER (act <> 'logon') > 0
     ORDER BY e.owner, e.day, max(e.ts) DESC, e.person`,
    [JSON.stringify(alerts.map(({ user, day }) => ({ user, day }))), LEAD_WINDOW_DAYS],
  );
  for (const r of rows) {
    const key = alertKey(r.owner, r.day);
    const list = leads.get(key) ?? [];
    if (list.length >= MAX_LEADS) continue;
    list.push({
      person: r.person,
      role: r.role,
      pc: r.pc,
      logons: Number(r.logons),
      removableConnections: Number(r.connects),
      executablesWritten: Number(r.executables),
      last: r.last,
    });
    leads.set(key, list);
  }
  return leads;
}

/** A lead as an analyst reads it, with the person named as the caller may name them. */
export function describeLead(lead: AlertLead, name: string): string {
  const acts = [
    counted(lead.executablesWritten, 'executable file written', 'executable files written'),
    counted(lead.removableConnections, 'removable-media connection', 'removable-media connections'),
    counted(lead.logons, 'logon', 'logons'),
  ].filter((a) => a !== null);
  return `${LEAD_PREFIX}${name}${lead.role ? ` (${lead.role})` : ''} used ${lead.pc}, this user's own PC, in the ${LEAD_WINDOW_DAYS} days before: ${acts.join(', ')} (last ${lead.last})`;
}

/** The day's alerted users' leads, described with their user ids (for `vigil top`). */
export async function alertLeads(
  store: EventStore,
  day: string,
  users: readonly string[],
): Promise<Map<string, string[]>> {
  const leads = await leadsForAlerts(
    store,
    users.map((user) => ({ user, day })),
  );
  const out = new Map<string, string[]>();
  for (const user of users) {
    const list = leads.get(alertKey(user, day));
    if (list)
      out.set(
        user,
        list.map((l) => describeLead(l, l.person)),
      );
  }
  return out;
}

function counted(n: number, one: string, many: string): string | null {
  return n === 0 ? null : `${n} ${n === 1 ? one : many}`;
}
