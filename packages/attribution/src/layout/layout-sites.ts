import type { DocumentLayout, LaidLine, PlacedAtom } from './line-breaker.ts';
import { COLUMN_WIDTH_PT, MARGIN_LEFT_PT, SLOTS_PER_PAGE } from './page-geometry.ts';

/**
 * Layout sites in the order every encoder and decoder uses: page by page, slot by slot; within a
 * slot first its line-shift site (odd slots that have a control slot above and below), then its
 * word-shift site. The order depends only on the page count, never on the wording, so a reader
 * that identified the page knows the index of every site on it.
 */
export interface LayoutSite {
  index: number;
  page: number;
  slot: number;
  kind: 'line' | 'word';
}

export const isLineShiftSlot = (slot: number): boolean =>
  slot % 2 === 1 && slot <= SLOTS_PER_PAGE - 2;

export const sitesPerPage = (): number => {
  let count = 0;
  for (let slot = 0; slot < SLOTS_PER_PAGE; slot += 1) count += isLineShiftSlot(slot) ? 2 : 1;
  return count;
};

export const enumerateSites = (pageCount: number): LayoutSite[] => {
  const sites: LayoutSite[] = [];
  for (let page = 0; page < pageCount; page += 1) {
    for (let slot = 0; slot < SLOTS_PER_PAGE; slot += 1) {
      if (isLineShiftSlot(slot)) sites.push({ index: sites.length, page, slot, kind: 'line' });
      sites.push({ index: sites.length, page, slot, kind: 'word' });
    }
  }
  return sites;
};

export const siteCapacity = (layout: DocumentLayout): number => layout.pageCount * sitesPerPage();

/**
 * Where the word-shift blocks of a line split: the inter-atom gaps whose centres lie closest to
 * one third and two thirds of the column width. The targets are positions on the page, not word
 * counts, so the reader can find the same gaps in a photo without knowing the words.
 */
export const WORD_BLOCK_TARGETS_PT = [
  MARGIN_LEFT_PT + COLUMN_WIDTH_PT / 3,
  MARGIN_LEFT_PT + (2 * COLUMN_WIDTH_PT) / 3,
] as const;
/** A split gap must lie within this distance of its target, else the line carries no word bit. */
export const WORD_BLOCK_TOLERANCE_PT = COLUMN_WIDTH_PT / 6;

export interface Gap {
  /** Centre of the blank between two atoms or ink blobs, in points from the page's left edge. */
  center: number;
  width: number;
}

/** Picks the left and right split gaps among candidates; undefined when the line is too short. */
export const chooseSplitGaps = (gaps: Gap[]): [number, number] | undefined => {
  const closest = (target: number): number => {
    let best = -1;
    gaps.forEach((gap, i) => {
      if (best < 0 || Math.abs(gap.center - target) < Math.abs((gaps[best] as Gap).center - target))
        best = i;
    });
    return best;
  };
  const [leftTarget, rightTarget] = WORD_BLOCK_TARGETS_PT;
  const left = closest(leftTarget);
  const right = closest(rightTarget);
  if (left < 0 || right <= left || right >= gaps.length) return undefined;
  if (Math.abs((gaps[left] as Gap).center - leftTarget) > WORD_BLOCK_TOLERANCE_PT) return undefined;
  if (Math.abs((gaps[right] as Gap).center - rightTarget) > WORD_BLOCK_TOLERANCE_PT)
    return undefined;
  return [left, right];
};

/** Gaps of a laid-out line: gap i lies before atom i + 1. */
export const atomGaps = (atoms: PlacedAtom[]): Gap[] =>
  atoms.slice(1).map((atom) => ({ center: atom.x - atom.gapBefore / 2, width: atom.gapBefore }));

/**
 * Full-width punctuation (，。、：) is drawn in one half of its square, so the blank beside it
 * is half a character wide and its centre is not where the advance widths put it: such gaps
 * never split word-shift blocks (the reader drops them too, see layout-reader.ts).
 */
const FULL_WIDTH_PUNCTUATION =
  /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201d\u2026\u2014]/u;

const punctuationCache = new Map<string, boolean>();

const hasFullWidthPunctuation = (text: string): boolean => {
  let result = punctuationCache.get(text);
  if (result === undefined) {
    result = FULL_WIDTH_PUNCTUATION.test(text);
    if (punctuationCache.size > 100_000) punctuationCache.clear();
    punctuationCache.set(text, result);
  }
  return result;
};

/**
 * Atom index range [from, to) of the middle block of a line, or undefined when it has none.
 * Same choice as `chooseSplitGaps` over the line's positive gaps away from full-width
 * punctuation, computed in one pass because every recipient's copy asks it of every line.
 */
export const middleBlock = (line: LaidLine): [number, number] | undefined => {
  const { atoms } = line;
  const [leftTarget, rightTarget] = WORD_BLOCK_TARGETS_PT;
  let candidates = 0;
  let left = -1;
  let leftDistance = Infinity;
  let leftAtom = 0;
  let right = -1;
  let rightDistance = Infinity;
  let rightAtom = 0;
  for (let i = 1; i < atoms.length; i += 1) {
    const atom = atoms[i]!;
    if (!(atom.gapBefore > 0)) continue;
    if (hasFullWidthPunctuation(atoms[i - 1]!.text) || hasFullWidthPunctuation(atom.text)) continue;
    const center = atom.x - atom.gapBefore / 2;
    const toLeft = Math.abs(center - leftTarget);
    const toRight = Math.abs(center - rightTarget);
    if (left < 0 || toLeft < leftDistance) {
      left = candidates;
      leftDistance = toLeft;
      leftAtom = i;
    }
    if (right < 0 || toRight < rightDistance) {
      right = candidates;
      rightDistance = toRight;
      rightAtom = i;
    }
    candidates += 1;
  }
  if (left < 0 || right <= left || right >= candidates) return undefined;
  if (leftDistance > WORD_BLOCK_TOLERANCE_PT || rightDistance > WORD_BLOCK_TOLERANCE_PT)
    return undefined;
  return [leftAtom, rightAtom];
};
