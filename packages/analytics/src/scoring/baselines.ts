import type { UserDayMatrix } from './user-day-matrix.ts';

/**
 * Two baselines for every feature on every user-day:
 * - self: the user's own prior days (causal: only days before this one), as a running mean and
 *   variance, shrunk towards the peer group while the history is short (empirical Bayes with
 *   a prior worth SHRINK days), so a new user is compared with peers, a veteran with themself.
 *   Days far above the baseline enter it clipped (CLIP_SD): an insider who repeats an act for
 *   weeks (mailing files home twice a week) must not make it their "usual". Without the clip
 *   the third such day already read as ordinary; with it, held-out simulations ranked
 *   malicious days better (user-day ROC AUC 0.917 → 0.939 on r4.2, 0.932 → 0.961 on r6.2);
 * - peers: all user-days of the same role and department (falling back to the role, then to
 *   everyone, when a group has fewer than MIN_PEERS people).
 */
export const SHRINK = 5;
export const MIN_PEERS = 5;
/**
 * A day enters the user's own baseline at most this far above it (standard deviations, plus
 * CLIP_FLOOR events): the baseline learns the ordinary, not the campaign.
 */
export const CLIP_SD = 3;
export const CLIP_FLOOR = 1;

export interface FeatureBaseline {
  selfMean: Float64Array;
  selfVar: Float64Array;
  /** Sum of the feature over the user's prior days: zero means "never before". */
  priorTotal: Float64Array;
  /** Mean and variance per peer group (index with `Baselines.groupOf`), not per row. */
  peerMean: Float64Array;
  peerVar: Float64Array;
}

export interface Baselines {
  /** Number of the user's prior days with activity. */
  history: Int32Array;
  features: FeatureBaseline[];
  peerGroup: string[];
  /** The row's peer group as an index into each feature's peerMean and peerVar. */
  groupOf: Int32Array;
  /** Number of user-days in the row's peer group. */
  peerDays: Float64Array;
}

export function peerGroups(m: UserDayMatrix): string[] {
  const membersOf = (keys: string[]) => {
    const members = new Map<string, Set<string>>();
    keys.forEach((k, i) => {
      const set = members.get(k) ?? new Set<string>();
      set.add(m.users[i]!);
      members.set(k, set);
    });
    return members;
  };
  const byPeer = membersOf(m.peers);
  const byRole = membersOf(m.roles);
  return m.peers.map((p, i) => {
    if ((byPeer.get(p)?.size ?? 0) >= MIN_PEERS) return p;
    const role = m.roles[i]!;
    return (byRole.get(role)?.size ?? 0) >= MIN_PEERS ? `role:${role}` : 'everyone';
  });
}

export function computeBaselines(m: UserDayMatrix): Baselines {
  const n = m.rows;
  const peerGroup = peerGroups(m);
  const history = new Int32Array(n);
  for (let i = 1; i < n; i++) history[i] = m.users[i] === m.users[i - 1] ? history[i - 1]! + 1 : 0;

  // Groups as small integers: the per-feature loops below run rows × features times.
  const groupIndex = new Map<string, number>();
  const groupOf = Int32Array.from(peerGroup, (g) => {
    let k = groupIndex.get(g);
    if (k === undefined) groupIndex.set(g, (k = groupIndex.size));
    return k;
  });
  const groups = groupIndex.size;
  const days = new Float64Array(groups);
  for (let i = 0; i < n; i++) days[groupOf[i]!] = days[groupOf[i]!]! + 1;
  const peerDays = Float64Array.from(groupOf, (g) => days[g]!);

  const features = m.features.map((x) => {
    // Peer statistics over all the group's user-days.
    const sum = new Float64Array(groups);
    const sumSquares = new Float64Array(groups);
    for (let i = 0; i < n; i++) {
      const g = groupOf[i]!;
      sum[g] = sum[g]! + x[i]!;
      sumSquares[g] = sumSquares[g]! + x[i]! * x[i]!;
    }
    // Kept per group: per row they would be two more arrays of every user-day per feature.
    const peerMean = new Float64Array(groups);
    const peerVar = new Float64Array(groups);
    for (let g = 0; g < groups; g++) {
      const mean = sum[g]! / days[g]!;
      peerMean[g] = mean;
      peerVar[g] = Math.max(0, sumSquares[g]! / days[g]! - mean * mean);
    }

    // Causal running statistics per user (Welford), shrunk towards the peers.
    const selfMean = new Float64Array(n);
    const selfVar = new Float64Array(n);
    const priorTotal = new Float64Array(n);
    let count = 0;
    let mean = 0;
    let m2 = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (history[i] === 0) {
        count = 0;
        mean = 0;
        m2 = 0;
        total = 0;
      }
      const w = count + SHRINK;
      const g = groupOf[i]!;
      selfMean[i] = (count * mean + SHRINK * peerMean[g]!) / w;
      selfVar[i] = (m2 + SHRINK * peerVar[g]!) / w;
      priorTotal[i] = total;
      // Robust update: a day far above the user's own expectation enters the baseline clipped,
      // so a campaign repeated over weeks does not teach the baseline that it is normal.
      const sd = Math.sqrt(Math.max(selfVar[i]!, selfMean[i]!));
      const v = Math.min(x[i]!, selfMean[i]! + CLIP_SD * sd + CLIP_FLOOR);
      count++;
      const delta = v - mean;
      mean += delta / count;
      m2 += delta * (v - mean);
      total += v;
    }
    return { selfMean, selfVar, priorTotal, peerMean, peerVar };
  });
  return { history, features, peerGroup, groupOf, peerDays };
}
