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

export async function loadUserDayMatrix(store: EventStore): Promise<UserDayMatrix> {
  const names = [...BEHAVIOR_FEATURES.map((f) => f.name), ...CONTEXT_FEATURES.map((c) => c.name)];
  const cols = await store.typedColumns(
    `SELECT "user", strftime(day, '%Y-%m-%d') AS day, coalesce(role, 'unknown') AS role,
       coalesce(role, 'unknown') || ' / ' || coalesce(department, 'unknown') AS peer, first_hour::DOUBLE AS first_hour,
       ${names.map((n) => `"${n}"::DOUBLE AS "${n}"`).join(', ')}
     FROM user_day ORDER BY "user", day`,
  );
  const text = (name: string) => (cols.strings[name] ?? []).map((v) => v ?? 'unknown');
  const numbers = (name: string) => cols.numbers[name] ?? new Float64Array(cols.rows);
  return {
    rows: cols.rows,
    users: text('user'),
    days: text('day'),
    roles: text('role'),
    peers: text('peer'),
    features: BEHAVIOR_FEATURES.map((f) => numbers(f.name)),
    context: CONTEXT_FEATURES.map((c) => Uint8Array.from(numbers(c.name))),
    firstHour: numbers('first_hour'),
  };
}
