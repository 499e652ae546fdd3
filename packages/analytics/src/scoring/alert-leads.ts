import type { EventStore } from '@vigil/event-store';
import { isExecutableFile } from '../features/executable-file.ts';

/**
 * How far back, in days, other people's use of an alerted user's own PC is a lead: as long as
 * the scores remember evidence. A planted keylogger may collect for weeks before it is used.
 */
export const LEAD_WINDOW_DAYS = 30;
/** At most this many people are named per alert; the ones who left something on the PC first. */
export const MAX_LEADS = 3;

type LeadRow = {
  owner: string;
  other: string;
  role: string | null;
  pc: string;
  logons: bigint;
  connects: bigint;
  executables: bigint;
  last: string;
};

/**
 * Who else used each alerted user's own PC in the LEAD_WINDOW_DAYS up to the alert: logons,
 * removable media connected, executables written. When an account behaves unlike its owner
 * (a late logon, a mass mail), the person who sat at that PC days before, perhaps planting a
 * keylogger from a thumb drive weeks earlier, is where an analyst looks next. These are leads for the
 * analyst, not evidence in the score: administrators visit many PCs for their work, and crediting
 * the masquerade to them in the score linked dozens of innocent people per organization.
 */
export async function alertLeads(
  store: EventStore,
  day: string,
  users: readonly string[],
): Promise<Map<string, string[]>> {
  const leads = new Map<string, string[]>();
  if (users.length === 0) return leads;
  const rows = await store.all<LeadRow>(
    `WITH mine AS (SELECT pc, owner FROM pc_owner
       WHERE list_contains(from_json($1::VARCHAR, '["VARCHAR"]'), owner)),
     window_events AS (
       SELECT m.owner, l."user" AS other, l.pc, l.ts, 'logon' AS act FROM logon l JOIN mine m USING (pc)
       WHERE l.activity = 'Logon' AND l."user" <> m.owner
         AND l.ts >= $2::DATE - to_days($3::INTEGER) AND l.ts < $2::DATE + 1
       UNION ALL
       SELECT m.owner, d."user", d.pc, d.ts, 'connect' FROM device d JOIN mine m USING (pc)
       WHERE d.activity = 'Connect' AND d."user" <> m.owner
         AND d.ts >= $2::DATE - to_days($3::INTEGER) AND d.ts < $2::DATE + 1
       UNION ALL
       SELECT m.owner, f."user", f.pc, f.ts, 'executable' FROM file f JOIN mine m USING (pc)
       WHERE f.activity IN ('File Write', 'File Copy') AND NOT f.to_removable AND ${isExecutableFile('f')}
         AND f."user" <> m.owner AND f.ts >= $2::DATE - to_days($3::INTEGER) AND f.ts < $2::DATE + 1)
     SELECT e.owner, e.other, p.role, e.pc,
       count(*) FILTER (act = 'logon') AS logons, count(*) FILTER (act = 'connect') AS connects,
       count(*) FILTER (act = 'executable') AS executables,
       strftime(max(e.ts), '%Y-%m-%d') AS last
     FROM window_events e LEFT JOIN user_profile p ON p."user" = e.other
     GROUP BY ALL
     ORDER BY e.owner, (count(*) FILTER (act <> 'logon') > 0) DESC, max(e.ts) DESC, e.other`,
    [JSON.stringify(users), day, LEAD_WINDOW_DAYS],
  );
  for (const r of rows) {
    const list = leads.get(r.owner) ?? [];
    if (list.length >= MAX_LEADS) continue;
    const acts = [
      counted(r.executables, 'executable file written', 'executable files written'),
      counted(r.connects, 'removable-media connection', 'removable-media connections'),
      counted(r.logons, 'logon', 'logons'),
    ].filter((a) => a !== null);
    list.push(
      `lead: ${r.other}${r.role ? ` (${r.role})` : ''} used ${r.pc}, this user's own PC, in the ${LEAD_WINDOW_DAYS} days before: ${acts.join(', ')} (last ${r.last})`,
    );
    leads.set(r.owner, list);
  }
  return leads;
}

function counted(n: bigint, one: string, many: string): string | null {
  return n === 0n ? null : `${n} ${n === 1n ? one : many}`;
}
