import type { EventStore } from '@vigil/event-store';

/**
 * Each staff id's department in the latest LDAP snapshot the analytics store holds. The
 * application store keeps no department of its own: the directory (LDAP, loaded by
 * `vigil ingest`) is the one source, so the people picker and the registry's recipient lists
 * name the same department. A person missing from every snapshot has none (not in the map).
 */
export async function departmentsOf(
  events: EventStore | null,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (!events || personIds.length === 0) return new Map();
  const rows = await events.all<{ user_id: string; department: string | null }>(
    `SELECT user_id, department FROM ldap WHERE user_id IN (${personIds.map((_, i) => `$${i + 1}`).join(', ')})
     QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY month DESC) = 1`,
    [...personIds],
  );
  return new Map(rows.filter((r) => r.department).map((r) => [r.user_id, r.department!]));
}
