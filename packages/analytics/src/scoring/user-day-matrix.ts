import type { EventStore } from '@vigil/event-store';
import { BEHAVIOR_FEATURES, CONTEXT_FEATURES } from '../features/feature-catalog.ts';

/** The user-day table in memory, column-major, sorted by user then day. */
export interface UserDayMatrix {
  rows: number;
  users: string[];
  days: string[];
  peers: string[];
  roles: string[];
  /** features[f][i]: value of BEHAVIOR_FEATURES[f] on row i. */
  features: Float64Array[];
  /** context[c][i]: 0/1 for CONTEXT_FEATURES[c] on row i. */
  context: Uint8Array[];
  firstHour: Float64Array;
}

const toNumber = (v: unknown): number =>
  typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : Number(v ?? 0);

export async function loadUserDayMatrix(store: EventStore): Promise<UserDayMatrix> {
  const names = [...BEHAVIOR_FEATURES.map((f) => f.name), ...CONTEXT_FEATURES.map((c) => c.name)];
  const cols = await store.columns(
    `SELECT "user", strftime(day, '%Y-%m-%d') AS day, role, role || ' / ' || department AS peer, first_hour,
       ${names.map((n) => `"${n}"`).join(', ')}
     FROM user_day ORDER BY "user", day`,
  );
  const rows = (cols.user ?? []).length;
  return {
    rows,
    users: cols.user as string[],
    days: cols.day as string[],
    roles: (cols.role as Array<string | null>).map((r) => r ?? 'unknown'),
    peers: (cols.peer as Array<string | null>).map((p) => p ?? 'unknown'),
    features: BEHAVIOR_FEATURES.map((f) => Float64Array.from(cols[f.name] ?? [], toNumber)),
    context: CONTEXT_FEATURES.map((c) => Uint8Array.from(cols[c.name] ?? [], toNumber)),
    firstHour: Float64Array.from(cols.first_hour ?? [], toNumber),
  };
}
