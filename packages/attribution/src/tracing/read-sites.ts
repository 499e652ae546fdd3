import type { Lang } from '../documents/language.ts';
import { findAnchors, type Anchor } from './anchor-alignment.ts';
import { editDistance } from './edit-distance.ts';
import type { MasterReference } from './master-reference.ts';
import { normalizeForMatching } from './normalize-text.ts';

/** The variant read at one text site, with the margin by which it beat the runner-up. */
export interface SiteReading {
  site: number;
  variant: number;
  margin: number;
}

export interface TextReading {
  readings: SiteReading[];
  /** Text sites the leak covers (between two anchors), read or not. */
  covered: number;
  anchors: number;
  /** Share of the leak's characters explained by the master (anchored spans). */
  coverage: number;
}

/** Shingle length: long enough to be unique in a document, short enough to fit between errors. */
export const anchorLength = (lang: Lang) => (lang === 'zh' ? 4 : 8);
/** A gap longer than this between anchors is a missing or foreign passage, not a site. */
const MAX_GAP = 240;

/**
 * Read which variant each covered site shows. For a site between anchors a (left) and b (right),
 * the leak segment between them is compared, by edit distance, with the master context from a to
 * b in which the site is replaced by each variant in turn; other sites in the same gap contribute
 * the same cost to every candidate. The closest candidate wins if it is strictly closer than the
 * runner-up; a tie leaves the site unread (never guess: a wrong read only weakens the true
 * leaker's score, but an unread site costs nothing).
 */
export function readTextSites(master: MasterReference, leakText: string, lang: Lang): TextReading {
  const leak = normalizeForMatching(leakText, lang);
  const k = anchorLength(lang);
  const anchors = findAnchors(master.text, leak, k);
  const readings: SiteReading[] = [];
  let covered = 0;
  let a = 0;
  for (let s = 0; s < master.siteStarts.length; s++) {
    const start = master.siteStarts[s]!;
    const end = master.siteEnds[s]!;
    while (a + 1 < anchors.length && anchors[a + 1]!.master + k <= start) a++;
    const left = anchors[a];
    if (!left || left.master + k > start) continue;
    let b = a + 1;
    while (b < anchors.length && anchors[b]!.master < end) b++;
    const right = anchors[b];
    if (!right) continue;
    const masterGap = right.master - (left.master + k);
    const leakGap = right.leak - (left.leak + k);
    if (masterGap > MAX_GAP || leakGap < 0 || Math.abs(leakGap - masterGap) > 20 + masterGap * 0.3)
      continue;
    covered++;
    const reading = readSite(master, leak, s, left, right, k);
    if (reading) readings.push(reading);
  }
  let anchored = 0;
  let lastEnd = -1;
  for (const anchor of anchors) {
    anchored += Math.min(k, anchor.leak + k - Math.max(lastEnd, anchor.leak));
    lastEnd = anchor.leak + k;
  }
  return {
    readings,
    covered,
    anchors: anchors.length,
    coverage: leak.length > 0 ? anchored / leak.length : 0,
  };
}

function readSite(
  master: MasterReference,
  leak: string,
  s: number,
  left: Anchor,
  right: Anchor,
  k: number,
): SiteReading | undefined {
  const before = master.text.slice(left.master + k, master.siteStarts[s]!);
  const after = master.text.slice(master.siteEnds[s]!, right.master);
  const segment = leak.slice(left.leak + k, right.leak);
  const variants = master.variants[s]!;
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let v = 0; v < variants.length; v++) {
    const d = editDistance(before + variants[v]! + after, segment);
    if (d < bestDistance) {
      second = bestDistance;
      bestDistance = d;
      best = v;
    } else if (d < second) second = d;
  }
  if (best < 0 || second === bestDistance) return undefined;
  return { site: s, variant: best, margin: second - bestDistance };
}
