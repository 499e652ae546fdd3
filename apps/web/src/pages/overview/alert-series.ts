import type { Alert } from '../../api/types.ts';

export interface DayPoint {
  day: string;
  alerts: number;
  /** Sum of the day's alert scores: the organization's risk that day as the queue sees it. */
  risk: number;
  topScore: number;
}

/**
 * Alerts grouped by day, oldest first. Summing scores (rather than counting alerts) keeps a day
 * with one very anomalous person above a day with several marginal ones, which is what the
 * queue's ranking means; the daily alert budget caps the count anyway.
 */
export function alertsByDay(alerts: readonly Alert[]): DayPoint[] {
  const byDay = new Map<string, DayPoint>();
  for (const a of alerts) {
    const point = byDay.get(a.day) ?? { day: a.day, alerts: 0, risk: 0, topScore: 0 };
    point.alerts += 1;
    point.risk += a.score;
    point.topScore = Math.max(point.topScore, a.score);
    byDay.set(a.day, point);
  }
  return fillQuietDays([...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)));
}

const DAY_MS = 86_400_000;

/**
 * A day without alerts is a quiet day, not a missing one: it goes on the axis at zero, so the
 * line's slope between two alert days reflects the time between them.
 */
function fillQuietDays(points: DayPoint[]): DayPoint[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return points;
  const byDay = new Map(points.map((p) => [p.day, p]));
  const filled: DayPoint[] = [];
  for (
    let t = Date.parse(`${first.day}T00:00:00Z`);
    t <= Date.parse(`${last.day}T00:00:00Z`);
    t += DAY_MS
  ) {
    const day = new Date(t).toISOString().slice(0, 10);
    filled.push(byDay.get(day) ?? { day, alerts: 0, risk: 0, topScore: 0 });
  }
  return filled;
}

/** The most recent day with alerts: "today" for a queue fed by a daily scoring run. */
export const latestDay = (points: readonly DayPoint[]): DayPoint | undefined =>
  points[points.length - 1];
