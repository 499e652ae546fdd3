import type { EventStore } from '@vigil/event-store';
import { inputError } from '@vigil/core';
import type { Incident } from './answer-key.ts';
import { incidentsInStore } from './incidents-in-store.ts';
import { averagePercentileRank, dailyBudget, rocAuc, topK } from './metrics.ts';
import { userRisk } from './user-risk.ts';

export interface InsiderOutcome {
  user: string;
  scenario: string;
  firstMaliciousDay: string;
  /** First day on or after the first malicious act when the user was within the daily budget. */
  firstAlertDay: string | null;
  delayDays: number | null;
  /** Whether they were within the budget on one of their malicious days. */
  caughtOnMaliciousDay: boolean;
  /** Best daily rank (1 = top) over their malicious days. */
  bestRank: number | null;
}

export interface ScenarioSummary {
  scenario: string;
  insiders: number;
  caught: number;
  medianDelayDays: number | null;
  meanBestRank: number | null;
}

export interface DetectionReport {
  /** The answer key's datasets whose incidents were scored (those found in these logs). */
  datasets: string[];
  users: number;
  userDays: number;
  insiders: number;
  maliciousUserDays: number;
  budgetPerDay: number;
  userAuc: number;
  userDayAuc: number;
  averagePercentileRank: number;
  recallAtBudget: number;
  medianDelayDays: number | null;
  scenarios: ScenarioSummary[];
  outcomes: InsiderOutcome[];
}

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const dayDiff = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Scores the stored ranking (`user_day_score`) against an answer key. */
export async function evaluateDetection(
  store: EventStore,
  incidents: readonly Incident[],
): Promise<DetectionReport> {
  const cols = await store
    .columns(
      `SELECT "user", strftime(day, '%Y-%m-%d') AS day, score FROM user_day_score ORDER BY day, "user"`,
    )
    .catch(() => {
      throw inputError(
        'evaluate.not_scored',
        'no scores in this store yet: run `vigil score` first',
      );
    });
  const users = cols.user as string[];
  const days = cols.day as string[];
  const scores = (cols.score as number[]).map(Number);
  const known = new Set(users);
  const relevant = (await incidentsInStore(store, incidents)).filter((i) => known.has(i.user));
  if (relevant.length === 0) {
    throw inputError(
      'evaluate.no_overlap',
      "none of the answer key's insiders appear in the scored data: is it the right answer key (or --dataset)?",
    );
  }
  const malicious = new Set(relevant.flatMap((i) => i.days.map((d) => `${d.user}|${d.day}`)));
  const insiderUsers = new Set(relevant.map((i) => i.user));
  const labels = users.map((u, i) => malicious.has(`${u}|${days[i]}`));

  const risk = userRisk(users, scores);
  const userList = [...risk.keys()];
  const budget = dailyBudget(userList.length);

  // Daily rankings.
  const byDay = new Map<string, number[]>();
  days.forEach((d, i) => {
    const list = byDay.get(d) ?? [];
    list.push(i);
    byDay.set(d, list);
  });
  const rankOf = new Map<string, number>();
  const alerted = new Set<string>();
  const groups: Array<{ scores: number[]; labels: boolean[] }> = [];
  for (const [, idx] of byDay) {
    const s = idx.map((i) => scores[i]!);
    groups.push({ scores: s, labels: idx.map((i) => labels[i]!) });
    const order = idx.map((i, k) => [s[k]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    order.forEach(([, i], r) => rankOf.set(`${users[i]}|${days[i]}`, r + 1));
    for (const k of topK(s, budget)) alerted.add(`${users[idx[k]!]}|${days[idx[k]!]}`);
  }

  const outcomes: InsiderOutcome[] = relevant.map((incident) => {
    const first = incident.start.toISOString().slice(0, 10);
    const ownDays = incident.days
      .filter((d) => d.user === incident.user)
      .map((d) => d.day)
      .sort();
    const alertDays = [...alerted]
      .filter((k) => k.startsWith(`${incident.user}|`))
      .map((k) => k.split('|')[1]!)
      .filter((d) => d >= first)
      .sort();
    const ranks = ownDays
      .map((d) => rankOf.get(`${incident.user}|${d}`))
      .filter((r): r is number => r !== undefined);
    return {
      user: incident.user,
      scenario: incident.scenario,
      firstMaliciousDay: first,
      firstAlertDay: alertDays[0] ?? null,
      delayDays: alertDays[0] ? dayDiff(first, alertDays[0]) : null,
      caughtOnMaliciousDay: ownDays.some((d) => alerted.has(`${incident.user}|${d}`)),
      bestRank: ranks.length ? Math.min(...ranks) : null,
    };
  });

  const scenarioIds = [...new Set(outcomes.map((o) => o.scenario))].sort(
    (a, b) => Number(a) - Number(b) || a.localeCompare(b),
  );
  const scenarios = scenarioIds.map((scenario) => {
    const own = outcomes.filter((o) => o.scenario === scenario);
    const ranks = own.map((o) => o.bestRank).filter((r): r is number => r !== null);
    return {
      scenario,
      insiders: own.length,
      caught: own.filter((o) => o.caughtOnMaliciousDay).length,
      medianDelayDays: median(own.map((o) => o.delayDays).filter((d): d is number => d !== null)),
      meanBestRank: ranks.length ? ranks.reduce((a, b) => a + b, 0) / ranks.length : null,
    };
  });

  return {
    datasets: [...new Set(relevant.map((i) => i.dataset))].sort(),
    users: userList.length,
    userDays: users.length,
    insiders: insiderUsers.size,
    maliciousUserDays: labels.filter(Boolean).length,
    budgetPerDay: budget,
    userAuc: rocAuc(
      userList.map((u) => risk.get(u)!),
      userList.map((u) => insiderUsers.has(u)),
    ),
    userDayAuc: rocAuc(scores, labels),
    averagePercentileRank: averagePercentileRank(groups),
    recallAtBudget: outcomes.filter((o) => o.caughtOnMaliciousDay).length / outcomes.length,
    medianDelayDays: median(
      outcomes.map((o) => o.delayDays).filter((d): d is number => d !== null),
    ),
    scenarios,
    outcomes,
  };
}
