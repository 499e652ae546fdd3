import type { DocumentLayout } from './line-breaker.ts';
import { SLOTS_PER_PAGE } from './page-geometry.ts';

/** What the reader saw on one slot of a photographed page. */
export interface SlotObservation {
  slot: number;
  present: boolean;
  baselinePx: number;
  /** Left and right end of the ink, in points. */
  extentPt: [number, number] | undefined;
  /**
   * Whether the baseline estimate can be trusted: a line of a few glyphs (a short heading, the
   * last line of a paragraph) has a baseline that depends on which glyphs they are, e.g. the
   * bottom strokes of 第 and 节 against the foot of a digit, which moved "第4节" by 3 pt.
   */
  baselineReliable: boolean;
}

/**
 * Which page of the master a photo shows: the page whose pattern of filled slots and ragged line
 * ends matches the photo best. Recipients' copies reflow slightly against the master, so the
 * match is scored, not exact; a near tie means the page cannot be told and nothing is read.
 */
export const identifyPage = (
  layout: DocumentLayout,
  observed: SlotObservation[],
): number | undefined => {
  const scores: number[] = [];
  for (let page = 0; page < layout.pageCount; page += 1) {
    const expected = new Map<number, [number, number]>();
    for (const line of layout.lines) {
      if (line.page !== page || line.atoms.length === 0) continue;
      const first = line.atoms[0]!;
      const last = line.atoms[line.atoms.length - 1]!;
      expected.set(line.slot, [first.x, last.x + last.width]);
    }
    let score = 0;
    for (let slot = 0; slot < SLOTS_PER_PAGE; slot += 1) {
      const want = expected.get(slot);
      const seen = observed[slot];
      if (!want || !seen?.present || !seen.extentPt) {
        score += (want === undefined) === !seen?.present ? 1 : -1;
        continue;
      }
      score +=
        1 -
        Math.min(1, Math.abs(want[1] - seen.extentPt[1]) / 20) -
        0.5 * Math.min(1, Math.abs(want[0] - seen.extentPt[0]) / 20);
    }
    scores.push(score);
  }
  const ranked = scores.map((score, page) => ({ score, page })).sort((a, b) => b.score - a.score);
  const best = ranked[0];
  const second = ranked[1];
  if (!best || best.score < 0.3 * SLOTS_PER_PAGE) return undefined;
  if (second && best.score - second.score < 2) return undefined;
  return best.page;
};
