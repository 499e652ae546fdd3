import type { EventStore } from '@vigil/event-store';
import { insertTextRows } from '@vigil/event-store';
import { BEHAVIOR_FEATURES, CONTEXT_FEATURES } from '../features/feature-catalog.ts';
import { IsolationForest } from '../models/isolation-forest.ts';
import { seededRandom } from '../models/seeded-random.ts';
import { computeBaselines, type Baselines } from './baselines.ts';
import { loadUserDayMatrix, type UserDayMatrix } from './user-day-matrix.ts';

/** A z-score this far above the mean is ordinary fluctuation and earns nothing. */
const Z_FLOOR = 1;
/** A day needs this much history before "never did this before" is a statement worth making. */
const FIRST_TIME_HISTORY = 14;
/** Isolation-forest scores above this are rare enough to count (about the top percent). */
const FOREST_FLOOR = 0.6;
const FOREST_WEIGHT = 8;
/** Context can at most double a behavioral score: it explains, it does not accuse. */
const MAX_AMPLIFICATION = 2;

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
 * How unusual a value is for this person AND for their peers: the geometric mean of the two
 * excesses over Z_FLOOR. Requiring both is what lets a habitual late worker or an admin who
 * logs on everywhere pass, while a first-ever USB copy by someone whose peers never use USB
 * stands out. Counts get a Poisson term in the variance (var + mean + 1).
 */
function unusualness(x: number, b: Baselines['features'][number], i: number): { self: number; peer: number; joint: number } {
  const self = (x - b.selfMean[i]!) / Math.sqrt(b.selfVar[i]! + b.selfMean[i]! + 1);
  const peer = (x - b.peerMean[i]!) / Math.sqrt(b.peerVar[i]! + b.peerMean[i]! + 1);
  const joint = Math.sqrt(Math.max(0, self - Z_FLOOR) * Math.max(0, peer - Z_FLOOR));
  return { self, peer, joint };
}

const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1));

export function scoreMatrix(m: UserDayMatrix, options: ScoreOptions = {}): UserDayScore[] {
  const baselines = computeBaselines(m);
  const F = BEHAVIOR_FEATURES.length;
  const dims = 2 * F;
  const joint = new Float64Array(m.rows * F);
  const forestInput = new Float64Array(m.rows * dims);
  for (let f = 0; f < F; f++) {
    const x = m.features[f]!;
    const b = baselines.features[f]!;
    for (let i = 0; i < m.rows; i++) {
      const u = unusualness(x[i]!, b, i);
      joint[i * F + f] = u.joint;
      forestInput[i * dims + 2 * f] = Math.log1p(Math.max(0, u.self));
      forestInput[i * dims + 2 * f + 1] = Math.log1p(Math.max(0, u.peer));
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
  const forest = IsolationForest.fit(fitData, fitRows, dims, { trees: 100, sampleSize: 256, seed: options.seed ?? 7 });
  const forestScore = forest.score(forestInput, m.rows, dims);
  options.onProgress?.({ phase: 'isolation forest', done: 1, total: 1, unit: 'steps' });

  const out: UserDayScore[] = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) {
    const contributions: Array<{ value: number; text: string }> = [];
    let behavior = 0;
    for (let f = 0; f < F; f++) {
      const u = joint[i * F + f]!;
      if (u <= 0) continue;
      const spec = BEHAVIOR_FEATURES[f]!;
      const b = baselines.features[f]!;
      const value = spec.weight * Math.log1p(u);
      behavior += value;
      const x = m.features[f]![i]!;
      const firstTime = b.priorTotal[i] === 0 && baselines.history[i]! >= FIRST_TIME_HISTORY;
      const text = firstTime
        ? `${fmt(x)} ${spec.label} (first time in ${baselines.history[i]} days vs peers ${fmt(b.peerMean[i]!)}/day)`
        : `${fmt(x)} ${spec.label} (usual ${fmt(b.selfMean[i]!)}/day vs peers ${fmt(b.peerMean[i]!)}/day)`;
      contributions.push({ value, text });
    }
    const anomaly = FOREST_WEIGHT * Math.max(0, forestScore[i]! - FOREST_FLOOR);
    if (anomaly > 0) {
      contributions.push({ value: anomaly, text: `unusual combination of activity (isolation forest ${forestScore[i]!.toFixed(2)})` });
    }
    let amplification = 1;
    const contextReasons: string[] = [];
    CONTEXT_FEATURES.forEach((c, k) => {
      if (m.context[k]![i]) {
        amplification += c.amplification;
        contextReasons.push(`context: ${c.label}`);
      }
    });
    amplification = Math.min(MAX_AMPLIFICATION, amplification);
    const score = (behavior + anomaly) * amplification;
    contributions.sort((a, b) => b.value - a.value);
    out[i] = {
      user: m.users[i]!,
      day: m.days[i]!,
      score,
      behavior,
      anomaly,
      amplification,
      reasons: score > 0 ? [...contributions.map((c) => c.text), ...contextReasons] : [],
    };
  }
  return out;
}

/** Scores every user-day in the store and saves the result in `user_day_score`. */
export async function scoreUserDays(store: EventStore, options: ScoreOptions = {}): Promise<UserDayScore[]> {
  const matrix = await loadUserDayMatrix(store);
  const scores = scoreMatrix(matrix, options);
  await store.transaction(async () => {
    await store.run(`CREATE OR REPLACE TABLE user_day_score (
      "user" VARCHAR NOT NULL, day DATE NOT NULL, score DOUBLE NOT NULL, behavior DOUBLE NOT NULL,
      anomaly DOUBLE NOT NULL, amplification DOUBLE NOT NULL, reasons VARCHAR NOT NULL, PRIMARY KEY ("user", day))`);
    const columns = ['user', 'day', 'score', 'behavior', 'anomaly', 'amplification', 'reasons'];
    const chunk = 100_000;
    for (let start = 0; start < scores.length; start += chunk) {
      await insertTextRows(
        store,
        'user_day_score',
        columns,
        scores.slice(start, start + chunk).map((s) => [
          s.user, s.day, String(s.score), String(s.behavior), String(s.anomaly), String(s.amplification), s.reasons.join('; '),
        ]),
        `"user", day::DATE, score::DOUBLE, behavior::DOUBLE, anomaly::DOUBLE, amplification::DOUBLE, reasons`,
      );
    }
  });
  return scores;
}
