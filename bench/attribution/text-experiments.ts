import {
  SeededRandom,
  accuse,
  excerpt,
  mixPassages,
  readTextSites,
  renderCopy,
  typos,
} from '../../packages/attribution/src/index.ts';
import type { MarkedCorpus } from './marked-corpus.ts';
import { decodeZeroWidth, embedZeroWidth, stripInvisible } from './zero-width-fingerprint.ts';

export interface TrialStats {
  trials: number;
  identified: number;
  /** Trials in which at least one innocent was accused. */
  innocentTrials: number;
  sitesRead: number;
}

const copyOf = (corpus: MarkedCorpus, j: number) =>
  renderCopy(corpus.template, corpus.codewords[j]!.subarray(0, corpus.record.textSites));

/** Trace a text leak in memory with the same functions `traceLeak` uses. */
export function traceText(corpus: MarkedCorpus, leak: string, epsilon = 1e-3) {
  const reading = readTextSites(corpus.reference, leak, corpus.lang);
  const observations = reading.readings.map((r) => ({ position: r.site, symbol: r.variant }));
  const result = accuse(corpus.code, corpus.matrix, observations, [], epsilon);
  return { accused: result.accused.map((a) => a.recipient), read: observations.length };
}

/** A lone leaker's excerpt of `words` words, retyped with `errorRate` character errors. */
export function excerptTrials(
  corpus: MarkedCorpus,
  words: number,
  errorRate: number,
  trials: number,
  seed: string,
  epsilon = 1e-3,
  onTrial?: (t: number) => void,
): TrialStats {
  const rng = new SeededRandom(seed);
  const n = corpus.codewords.length;
  const stats: TrialStats = { trials, identified: 0, innocentTrials: 0, sitesRead: 0 };
  for (let t = 0; t < trials; t++) {
    const leaker = rng.int(n);
    const leak = typos(
      excerpt(copyOf(corpus, leaker), words, corpus.lang, rng),
      errorRate,
      corpus.lang,
      rng,
    );
    const { accused, read } = traceText(corpus, leak, epsilon);
    if (accused.includes(leaker)) stats.identified++;
    if (accused.some((j) => j !== leaker)) stats.innocentTrials++;
    stats.sitesRead += read;
    onTrial?.(t);
  }
  return stats;
}

/** c colluders mix their full copies passage by passage. */
export function coalitionTrials(
  corpus: MarkedCorpus,
  c: number,
  trials: number,
  seed: string,
): TrialStats {
  const rng = new SeededRandom(seed);
  const n = corpus.codewords.length;
  const stats: TrialStats = { trials, identified: 0, innocentTrials: 0, sitesRead: 0 };
  for (let t = 0; t < trials; t++) {
    const members = new Set<number>();
    while (members.size < c) members.add(rng.int(n));
    const leak = mixPassages([...members].map((j) => copyOf(corpus, j)));
    const { accused, read } = traceText(corpus, leak);
    if (accused.some((j) => members.has(j))) stats.identified++;
    if (accused.some((j) => !members.has(j))) stats.innocentTrials++;
    stats.sitesRead += read;
  }
  return stats;
}

export interface PeerComparison {
  attack: string;
  ours: number;
  zeroWidth: number;
  trials: number;
}

/** The same leaks against our marks and against the zero-width fingerprint. */
export function zeroWidthComparison(
  corpus: MarkedCorpus,
  trials: number,
  seed: string,
): PeerComparison[] {
  const rng = new SeededRandom(seed);
  const n = corpus.codewords.length;
  const attacks: Array<[string, (copy: string) => string]> = [
    ['full digital copy', (c) => c],
    ['300-word copy-paste excerpt', (c) => excerpt(c, 300, corpus.lang, rng)],
    [
      '300-word excerpt retyped, 2% errors',
      (c) => typos(stripInvisible(excerpt(c, 300, corpus.lang, rng)), 0.02, corpus.lang, rng),
    ],
    ['invisible characters stripped (plain-text paste)', (c) => stripInvisible(c)],
  ];
  return attacks.map(([attack, apply]) => {
    let ours = 0;
    let zw = 0;
    for (let t = 0; t < trials; t++) {
      const leaker = rng.int(n);
      const copy = copyOf(corpus, leaker);
      const ourLeak = stripInvisible(apply(copy));
      if (traceText(corpus, ourLeak).accused.includes(leaker)) ours++;
      const peerLeak = apply(embedZeroWidth(corpus.source, leaker));
      if (decodeZeroWidth(peerLeak) === leaker) zw++;
    }
    return { attack, ours, zeroWidth: zw, trials };
  });
}
