import type { EventStore } from '@vigil/event-store';
import { BEHAVIOR_FEATURES, CONTEXT_FEATURES, countedLabel } from '../features/feature-catalog.ts';
import { IsolationForest } from '../models/isolation-forest.ts';
import { seededRandom } from '../models/seeded-random.ts';
import { computeBaselines, SHRINK, type Baselines } from './baselines.ts';
import { countSurprise } from '../models/poisson-tail.ts';
import { loadUserDayMatrix, type UserDayMatrix } from './user-day-matrix.ts';

/**
 * Surprise (−log10 p) below this is ordinary: with ~35 features a day, p ≈ 0.03 happens by
 * chance about once a day per user, so only what lies beyond it counts.
 */
const SURPRISE_FLOOR = 1.5;
/** A day needs this much history before "never did this before" is a statement worth making. */
const FIRST_TIME_HISTORY = 14;
/** Isolation-forest scores above this are rare enough to count (about the top percent). */
const FOREST_FLOOR = 0.6;
const FOREST_WEIGHT = 8;
/** Evidence of an indicator group fades with this half-life (days) and is gone after the window. */
const EVIDENCE_HALF_LIFE = 10;
const EVIDENCE_WINDOW = 30;
/** Weight of evidence `age` days old, for age 0..EVIDENCE_WINDOW. */
const EVIDENCE_DECAY = Float64Array.from({ length: EVIDENCE_WINDOW + 1 }, (_, age) =>
  Math.pow(0.5, age / EVIDENCE_HALF_LIFE),
);
const SAME_GROUP_DISCOUNT = 0.3;
const PRIOR_WEIGHT = 0.5;
/** Today's evidence at which recent evidence counts in full. */
const PRIOR_GATE = 3;
const GROUPS = [
  'timing',
  'access',
  'removable',
  'system',
  'email',
  'web',
  'documents',
  'anomaly',
] as const;
const GROUP_INDEX = new Map<string, number>(GROUPS.map((g, i) => [g, i]));
/** Context can at most double a behavioral score: it explains, it does not accuse. */
const MAX_AMPLIFICATION = 2;
/**
 * Days without evidence still get an order among themselves, below every day with evidence:
 * a score under this ceiling from their mild (below-floor) unusualness, the recent evidence
 * they carry and the isolation forest. An insider's quiet days in the middle of a campaign
 * then rank above the organization's ordinary days instead of tying with them at zero, while
 * alerts still come only from days with evidence (behavior > 0), whose scores start here.
 */
export const QUIET_DAY_CEILING = 0.01;

export interface UserDayScore {
  user: string;
  day: string;
  score: number;
  behavior: number;
  anomaly: number;
  amplification: number;
  reasons: string[];
}

export interface ScoreOptions {
  seed?: number;
  onProgress?: (event: { phase: string; done: number; total?: number; unit?: string }) => void;
}

/**
 * How unusual a count is for this person AND for their peers. Each side is a quasi-Poisson
 * tail surprise (−log10 P(X ≥ x)); the expected rate never drops below half an event over
 * the days observed (a Jeffreys-style floor), so "never before" is strong but finite. The
 * joint value is the geometric mean of the two: a habitual late worker (not unusual for
 * themself) or an admin who logs on everywhere (not unusual for their peers) passes, while a
 * first-ever USB copy by someone whose peers never use USB stands out.
 */
function unusualness(
  x: number,
  b: Baselines['features'][number],
  i: number,
  group: number,
  history: number,
  peerDays: number,
) {
  const selfMean = Math.max(b.selfMean[i]!, 0.5 / (history + SHRINK));
  const peerMean = Math.max(b.peerMean[group]!, 0.5 / peerDays);
  const self = countSurprise(x, selfMean, Math.max(b.selfVar[i]!, selfMean));
  const peer = countSurprise(x, peerMean, Math.max(b.peerVar[group]!, peerMean));
  return { self, peer, joint: Math.sqrt(self * peer) };
}

/**
 * Surprise grows about linearly with the count (k events at rate λ ≈ k·log10(1/λ)), but an
 * analyst's concern does not: whether someone did a rare thing at all matters more than how
 * many times that day. Diminishing returns keep 14 ordinary-but-unusual acts from outweighing
 * one act that should never happen.
 */
const diminishing = (surprise: number) => 3 * Math.log1p(surprise / 3);

const NO_REASONS: readonly string[] = Object.freeze([]);

const fmt = (v: number) => (Number.isInteger(v) || v >= 10 ? v.toFixed(0) : v.toFixed(1));

export function scoreMatrix(m: UserDayMatrix, options: ScoreOptions = {}): UserDayScore[] {
  const baselines = computeBaselines(m);
  const F = BEHAVIOR_FEATURES.length;
  const dims = 2 * F;
  const joint = new Float64Array(m.rows * F);
  const forestInput = new Float64Array(m.rows * dims);
  const mild = new Float64Array(m.rows);
  for (let f = 0; f < F; f++) {
    const x = m.features[f]!;
    const b = baselines.features[f]!;
    for (let i = 0; i < m.rows; i++) {
      const u = unusualness(
        x[i]!,
        b,
        i,
        baselines.groupOf[i]!,
        baselines.history[i]!,
        baselines.peerDays[i]!,
      );
      joint[i * F + f] = Math.max(0, u.joint - SURPRISE_FLOOR);
      mild[i] = mild[i]! + BEHAVIOR_FEATURES[f]!.weight * Math.min(u.joint, SURPRISE_FLOOR);
      forestInput[i * dims + 2 * f] = u.self;
      forestInput[i * dims + 2 * f + 1] = u.peer;
    }
  }
  options.onProgress?.({ phase: 'baselines', done: 1, total: 1, unit: 'steps' });

  // Fit on a seeded sample of user-days: insiders are rare, so the sample is the normal org.
  const random = seededRandom(options.seed ?? 7);
  const fitRows = Math.min(m.rows, 50_000);
  const fitData = new Float64Array(fitRows * dims);
  for (let r = 0; r < fitRows; r++) {
    const i = m.rows === fitRows ? r : Math.floor(random() * m.rows);
    fitData.set(forestInput.subarray(i * dims, (i + 1) * dims), r * dims);
  }
  const forest = IsolationForest.fit(fitData, fitRows, dims, {
    trees: 100,
    sampleSize: 256,
    seed: options.seed ?? 7,
  });
  const forestScore = forest.score(forestInput, m.rows, dims);
  options.onProgress?.({ phase: 'isolation forest', done: 1, total: 1, unit: 'steps' });

  // Pass 1: each day's evidence, per indicator group. Features of one group often describe
  // one act (an upload is also a cloud-storage request), so a group counts its strongest
  // feature in full and the others at a discount instead of adding them up.
  const G = GROUPS.length;
  const groupValue = new Float64Array(m.rows * G);
  const groupReason = new Map<number, string>();
  const dayReasons: Array<readonly string[]> = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    // Most days carry no evidence at all; they skip the allocations below.
    let evidence = forestScore[i]! > FOREST_FLOOR;
    for (let f = 0; f < F && !evidence; f++) evidence = joint[i * F + f]! > 0;
    if (!evidence) {
      dayReasons[i] = NO_REASONS;
      continue;
    }
    const contributions: Array<{ value: number; text: string; group: number }> = [];
    for (let f = 0; f < F; f++) {
      const u = joint[i * F + f]!;
      if (u <= 0) continue;
      const spec = BEHAVIOR_FEATURES[f]!;
      const b = baselines.features[f]!;
      const x = m.features[f]![i]!;
      const firstTime = b.priorTotal[i] === 0 && baselines.history[i]! >= FIRST_TIME_HISTORY;
      const peers = fmt(b.peerMean[baselines.groupOf[i]!]!);
      const text = firstTime
        ? `${fmt(x)} ${countedLabel(spec.label, x)} (first time in ${baselines.history[i]} days vs peers ${peers}/day)`
        : `${fmt(x)} ${countedLabel(spec.label, x)} (usual ${fmt(b.selfMean[i]!)}/day vs peers ${peers}/day)`;
      contributions.push({
        value: spec.weight * diminishing(u),
        text,
        group: GROUP_INDEX.get(spec.group)!,
      });
    }
    const anomaly = FOREST_WEIGHT * Math.max(0, forestScore[i]! - FOREST_FLOOR);
    if (anomaly > 0) {
      contributions.push({
        value: anomaly,
        text: `unusual combination of activity (isolation forest ${forestScore[i]!.toFixed(2)})`,
        group: GROUP_INDEX.get('anomaly')!,
      });
    }
    contributions.sort((a, b) => b.value - a.value);
    for (const c of contributions) {
      const k = i * G + c.group;
      if (!groupReason.has(k)) groupReason.set(k, c.text);
      groupValue[k] =
        groupValue[k]! + (groupReason.get(k) === c.text ? c.value : SAME_GROUP_DISCOUNT * c.value);
    }
    dayReasons[i] = contributions.map((c) => c.text);
  }

  // Pass 2: today's evidence, raised by recent evidence. Evidence of each group persists
  // for a while (half-life EVIDENCE_HALF_LIFE days, at most EVIDENCE_WINDOW days). One odd
  // act scores once; an insider's progression across channels or repeated acts (access beyond
  // their remit, then a way out) compound, which is what distinguishes them from look-alikes
  // who do one unusual thing.
  const out: UserDayScore[] = new Array(m.rows);
  const dayNumber = m.days.map((d) => Math.round(Date.parse(d) / 86_400_000));
  let userStart = 0;
  for (let i = 0; i < m.rows; i++) {
    if (i === 0 || m.users[i] !== m.users[i - 1]) userStart = i;
    let today = 0;
    let prior = 0;
    let strongestPrior = 0;
    for (let g = 0; g < G; g++) today += groupValue[i * G + g]!;
    const earlier: string[] = [];
    for (let g = 0; g < G; g++) {
      let best = 0;
      let bestRow = -1;
      for (let j = i - 1; j >= userStart; j--) {
        const age = dayNumber[i]! - dayNumber[j]!;
        if (age > EVIDENCE_WINDOW) break;
        const v = groupValue[j * G + g]! * EVIDENCE_DECAY[age]!;
        if (v > best) {
          best = v;
          bestRow = j;
        }
      }
      prior += best;
      strongestPrior = Math.max(strongestPrior, best);
      if (bestRow >= 0 && today > 0)
        earlier.push(`earlier (${m.days[bestRow]}): ${groupReason.get(bestRow * G + g)}`);
    }
    // Recent evidence raises today's alert only in proportion to what happens today, so a
    // flagged user does not hold the analysts' budget on the quiet days that follow.
    const behavior = today + PRIOR_WEIGHT * prior * Math.min(1, today / PRIOR_GATE);
    let amplification = 1;
    const contextReasons: string[] = [];
    CONTEXT_FEATURES.forEach((c, k) => {
      if (m.context[k]![i]) {
        amplification += c.amplification;
        contextReasons.push(`context: ${c.label}`);
      }
    });
    amplification = Math.min(MAX_AMPLIFICATION, amplification);
    const score =
      behavior > 0
        ? QUIET_DAY_CEILING + behavior * amplification
        : (QUIET_DAY_CEILING / 2) *
          (1 - Math.exp(-(mild[i]! + strongestPrior) / 5) + forestScore[i]!);
    out[i] = {
      user: m.users[i]!,
      day: m.days[i]!,
      score,
      behavior,
      anomaly: FOREST_WEIGHT * Math.max(0, forestScore[i]! - FOREST_FLOOR),
      amplification,
      reasons: behavior > 0 ? [...dayReasons[i]!, ...earlier, ...contextReasons] : [],
    };
  }
  return out;
}

/** Scores every user-day in the store and saves the result in `user_day_score`. */
export async function scoreUserDays(
  store: EventStore,
  options: ScoreOptions = {},
): Promise<UserDayScore[]> {
  const matrix = await loadUserDayMatrix(store);
  const scores = scoreMatrix(matrix, options);
  await store.transaction(async () => {
    await store.run(`CREATE OR REPLACE TABLE user_day_score (
      "user" VARCHAR NOT NULL, day DATE NOT NULL, score DOUBLE NOT NULL, behavior DOUBLE NOT NULL,
      anomaly DOUBLE NOT NULL, amplification DOUBLE NOT NULL, reasons VARCHAR NOT NULL, PRIMARY KEY ("user", day))`);
    // Numbers go in as doubles and days as text cast once in SQL: formatting 300k rows of
    // numbers as text for a text staging table took longer than scoring them.
    await store.run(`CREATE OR REPLACE TEMP TABLE staging_user_day_score ("user" VARCHAR, day VARCHAR,
      score DOUBLE, behavior DOUBLE, anomaly DOUBLE, amplification DOUBLE, reasons VARCHAR)`);
    const appender = await store.connection.createAppender(
      'staging_user_day_score',
      'main',
      'temp',
    );
    for (const s of scores) {
      appender.appendVarchar(s.user);
      appender.appendVarchar(s.day);
      appender.appendDouble(s.score);
      appender.appendDouble(s.behavior);
      appender.appendDouble(s.anomaly);
      appender.appendDouble(s.amplification);
      appender.appendVarchar(s.reasons.join('; '));
      appender.endRow();
    }
    appender.closeSync();
    await store.run(
      `INSERT INTO user_day_score SELECT "user", day::DATE, score, behavior, anomaly, amplification, reasons
       FROM staging_user_day_score`,
    );
    await store.run('DROP TABLE staging_user_day_score');
  });
  return scores;
}
