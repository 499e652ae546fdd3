import type { Lang } from './lang.ts';
import type { DocumentLayout } from './line-breaker.ts';
import {
  chooseSplitGaps,
  enumerateSites,
  siteCapacity,
  WORD_BLOCK_TARGETS_PT,
  type Gap,
} from './layout-sites.ts';
import { rectifiedPageFromImage, type RectifiedPage } from './page-image.ts';
import {
  BODY_FONT_PT,
  CJK_WORD_SHIFT_PT,
  COLUMN_WIDTH_PT,
  LINE_SHIFT_PT,
  MARGIN_LEFT_PT,
  SLOTS_PER_PAGE,
  WORD_SHIFT_PT,
  slotBaselinePt,
} from './page-geometry.ts';
import { cachedLayout } from './pdf-renderer.ts';
import { identifyPage, type SlotObservation } from './page-identifier.ts';
import { readPageNumber } from './page-number-reader.ts';

/**
 * Reads word-shift and line-shift bits (Brassil et al., IEEE JSAC 13(8), 1995) from a photo or
 * scan of one printed page. Decoding is differential, as in the paper: a marked line is located
 * relative to its two unshifted neighbours, a word block relative to the gaps on either side, so
 * the residual scale, offset and blur of the photo cancel out. A site whose evidence is weaker
 * than a third of the expected displacement is returned as null, never guessed.
 */

/** Ink of a pixel from paper-normalised whiteness; the floor ignores JPEG and noise speckle. */
const inkAt = (whiteness: number): number => Math.max(0, 0.9 - whiteness) / 0.9;

interface PageProfiles {
  page: RectifiedPage;
  pxPerPt: number;
  /** Ink summed across the text column for every row. */
  rows: Float64Array;
}

const columnRangePx = (pxPerPt: number): [number, number] => [
  Math.floor((MARGIN_LEFT_PT - 6) * pxPerPt),
  Math.ceil((MARGIN_LEFT_PT + COLUMN_WIDTH_PT + 6) * pxPerPt),
];

const rowProfile = (page: RectifiedPage, pxPerPt: number): Float64Array => {
  const [x0, x1] = columnRangePx(pxPerPt);
  const rows = new Float64Array(page.height);
  for (let y = 0; y < page.height; y += 1) {
    let sum = 0;
    for (let x = Math.max(0, x0); x < Math.min(page.width, x1); x += 1)
      sum += inkAt(page.whiteness[y * page.width + x] as number);
    rows[y] = sum;
  }
  return rows;
};

/** How sharply ink ends below row y: the baseline is where the x-height body stops. */
const baselineStrength = (rows: Float64Array, y: number): number => {
  let above = 0;
  let below = 0;
  for (let j = 1; j <= 3; j += 1) above += rows[y - j] ?? 0;
  for (let j = 0; j < 3; j += 1) below += rows[y + j] ?? 0;
  return above - below;
};

/** Sub-pixel baseline near `guess`, by a parabola through the strongest row and its neighbours. */
const findBaseline = (
  rows: Float64Array,
  guess: number,
  reach: number,
): { y: number; strength: number } => {
  let best = Math.round(guess);
  for (let y = Math.round(guess - reach); y <= Math.round(guess + reach); y += 1) {
    if (baselineStrength(rows, y) > baselineStrength(rows, best)) best = y;
  }
  const left = baselineStrength(rows, best - 1);
  const mid = baselineStrength(rows, best);
  const right = baselineStrength(rows, best + 1);
  const curvature = left - 2 * mid + right;
  const offset = curvature < 0 ? (0.5 * (left - right)) / curvature : 0;
  return { y: best + Math.max(-0.5, Math.min(0.5, offset)), strength: mid };
};

/** Blank runs in a line's column profile, as gaps in points (outer margins excluded). */
const measureGaps = (profiles: PageProfiles, baseline: number, minGapPt: number): Gap[] => {
  const { page, pxPerPt } = profiles;
  const top = Math.max(0, Math.round(baseline - 0.8 * BODY_FONT_PT * pxPerPt));
  const bottom = Math.min(page.height - 1, Math.round(baseline + 0.22 * BODY_FONT_PT * pxPerPt));
  const [x0, x1] = columnRangePx(pxPerPt);
  const columns = new Float64Array(x1 - x0);
  let peak = 0;
  for (let x = x0; x < x1; x += 1) {
    let sum = 0;
    for (let y = top; y <= bottom; y += 1)
      sum += inkAt(page.whiteness[y * page.width + x] as number);
    columns[x - x0] = sum;
    peak = Math.max(peak, sum);
  }
  const blank = 0.06 * peak;
  const gaps: Gap[] = [];
  let runStart = -1;
  let seenInk = false;
  for (let i = 0; i < columns.length; i += 1) {
    const isBlank = (columns[i] as number) <= blank;
    if (isBlank && runStart < 0 && seenInk) runStart = i;
    if (!isBlank) {
      if (runStart >= 0 && (i - runStart) / pxPerPt >= minGapPt) {
        gaps.push({ center: (x0 + (runStart + i) / 2) / pxPerPt, width: (i - runStart) / pxPerPt });
      }
      runStart = -1;
      seenInk = true;
    }
  }
  return gaps;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The two gaps that bound the middle block. The encoder split at the gaps whose advance-width
 * centres are nearest the targets; ink centres in the photo differ from those by side bearings
 * (up to ~1.3 pt for Chinese glyphs) and by the shift itself, so when a second gap is nearly as
 * close, the one whose width departs most from the line's typical gap is taken: a marked gap is
 * δ wider or narrower than the others. (Also demanding that one gap be wider and the other
 * narrower than typical cost a fifth of the reads on harsh photos for no fewer errors.)
 */
const chooseMarkedGaps = (gaps: Gap[], shiftPt: number): [Gap, Gap] | undefined => {
  if (!chooseSplitGaps(gaps)) return undefined;
  const typical = median(gaps.map((gap) => gap.width));
  const pick = (target: number): Gap | undefined => {
    const byDistance = [...gaps].sort(
      (a, b) => Math.abs(a.center - target) - Math.abs(b.center - target),
    );
    const [nearest, second] = byDistance;
    if (!nearest) return undefined;
    if (
      !second ||
      Math.abs(second.center - target) - Math.abs(nearest.center - target) > shiftPt + 2
    )
      return nearest;
    return Math.abs(second.width - typical) > Math.abs(nearest.width - typical) ? second : nearest;
  };
  const left = pick(WORD_BLOCK_TARGETS_PT[0]);
  const right = pick(WORD_BLOCK_TARGETS_PT[1]);
  if (!left || !right || left.center >= right.center) return undefined;
  return [left, right];
};

/**
 * In Chinese, the half-empty square of full-width punctuation shows as a blank wider than half a
 * character; that blank and the one just before the punctuation mark are not split candidates for
 * the encoder (layout-sites.ts), so the reader drops them as well.
 */
const dropPunctuationGaps = (gaps: Gap[], lang: Lang): Gap[] => {
  if (lang !== 'zh') return gaps;
  const wide = (gap: Gap | undefined): boolean =>
    gap !== undefined && gap.width > 0.5 * BODY_FONT_PT;
  return gaps.filter((gap, i) => {
    if (wide(gap)) return false;
    const next = gaps[i + 1];
    return !(wide(next) && next !== undefined && next.center - gap.center < 1.6 * BODY_FONT_PT);
  });
};

/**
 * Where the baseline of `slot` would be if unshifted, from the control lines (even slots, never
 * shifted) within ±5 slots: a least-squares line through their baselines, which absorbs the
 * local scale and offset left by rectification. With both neighbours present this is Brassil's
 * differential decoding; it also reads lines beside a paragraph gap, whose neighbour is empty.
 * Needs a control on each side, or three on one side.
 */
/** Lines shorter than a quarter of the column neither carry a readable line bit nor serve as controls. */
const MIN_RELIABLE_LINE_PT = COLUMN_WIDTH_PT / 4;

const controlLinePrediction = (slots: SlotObservation[], slot: number): number | undefined => {
  const controls = slots.filter(
    (s) => s.baselineReliable && s.slot % 2 === 0 && Math.abs(s.slot - slot) <= 5,
  );
  const above = controls.filter((s) => s.slot < slot).length;
  const below = controls.length - above;
  if (!((above >= 1 && below >= 1) || above >= 3 || below >= 3)) return undefined;
  const n = controls.length;
  const meanSlot = controls.reduce((sum, s) => sum + s.slot, 0) / n;
  const meanY = controls.reduce((sum, s) => sum + s.baselinePx, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const s of controls) {
    sxy += (s.slot - meanSlot) * (s.baselinePx - meanY);
    sxx += (s.slot - meanSlot) ** 2;
  }
  return meanY + (sxx > 0 ? sxy / sxx : 0) * (slot - meanSlot);
};

const observeSlots = (profiles: PageProfiles): SlotObservation[] => {
  const { rows, pxPerPt } = profiles;
  // Global vertical offset left by the rectification: the shift that puts baselines on the grid.
  let bestOffset = 0;
  let bestScore = -Infinity;
  for (let offset = -30; offset <= 30; offset += 1) {
    let score = 0;
    for (let slot = 0; slot < SLOTS_PER_PAGE; slot += 1)
      score += Math.max(
        0,
        baselineStrength(rows, Math.round(slotBaselinePt(slot) * pxPerPt + offset)),
      );
    if (score > bestScore) [bestScore, bestOffset] = [score, offset];
  }
  const bodyHeight = 0.75 * BODY_FONT_PT * pxPerPt;
  const [x0, x1] = columnRangePx(pxPerPt);
  const observations: SlotObservation[] = [];
  for (let slot = 0; slot < SLOTS_PER_PAGE; slot += 1) {
    const found = findBaseline(
      rows,
      slotBaselinePt(slot) * pxPerPt + bestOffset,
      0.45 * 16 * pxPerPt * 0.5,
    );
    let ink = 0;
    for (let y = Math.round(found.y - bodyHeight); y < Math.round(found.y); y += 1)
      ink += rows[y] ?? 0;
    const present = ink / (bodyHeight * (x1 - x0)) > 0.015 && found.strength > 0;
    const extentPt = present ? inkExtentPt(profiles, found.y) : undefined;
    const baselineReliable =
      extentPt !== undefined && extentPt[1] - extentPt[0] >= MIN_RELIABLE_LINE_PT;
    observations.push({ slot, present, baselineReliable, baselinePx: found.y, extentPt });
  }
  return observations;
};

const inkExtentPt = (profiles: PageProfiles, baseline: number): [number, number] | undefined => {
  const { page, pxPerPt } = profiles;
  const [x0, x1] = columnRangePx(pxPerPt);
  const top = Math.round(baseline - 0.7 * BODY_FONT_PT * pxPerPt);
  let first = -1;
  let last = -1;
  for (let x = x0; x < x1; x += 1) {
    let sum = 0;
    for (let y = top; y < Math.round(baseline); y += 1)
      sum += inkAt(page.whiteness[y * page.width + x] as number);
    if (sum > 1.5) {
      if (first < 0) first = x;
      last = x;
    }
  }
  return first < 0 ? undefined : [first / pxPerPt, (last + 1) / pxPerPt];
};

/** One layout site as measured: the signed displacement in points (positive reads as bit 1). */
export interface SiteMeasurement {
  index: number;
  kind: 'line' | 'word';
  slot: number;
  /** Measured displacement in points; undefined when the site could not be measured. */
  shiftPt: number | undefined;
  bit: 0 | 1 | null;
}

/** Measures every layout site of the photographed page; `page` is undefined when unidentified. */
export const measureLayoutSites = async (
  image: Uint8Array,
  master: { text: string; lang: Lang },
): Promise<{ capacity: number; page: number | undefined; sites: SiteMeasurement[] }> => {
  const layout: DocumentLayout = cachedLayout(master.text, master.lang);
  const capacity = siteCapacity(layout);
  const page = await rectifiedPageFromImage(image);
  const pxPerPt = page.dpi / 72;
  const profiles: PageProfiles = { page, pxPerPt, rows: rowProfile(page, pxPerPt) };
  const slots = observeSlots(profiles);
  // The printed footer names the page; the line pattern is the fallback for a cropped footer.
  const footer = await readPageNumber(page);
  const pageIndex =
    footer && footer.page < layout.pageCount ? footer.page : identifyPage(layout, slots);
  if (pageIndex === undefined) return { capacity, page: undefined, sites: [] };

  const wordShiftPt = master.lang === 'zh' ? CJK_WORD_SHIFT_PT : WORD_SHIFT_PT;
  // Blank runs narrower than this are gaps inside a glyph (between the letters of a word, or the
  // two halves of a character such as 的): 1.1 pt measured inside Chinese characters, ≥ 1.4 pt for
  // the narrowed gap of a word shift; ≤ 2.2 pt between English letters, ≥ 3 pt narrowed word gap.
  const minGapPt = master.lang === 'zh' ? 1.25 : 2.5;
  const sites: SiteMeasurement[] = [];
  for (const site of enumerateSites(layout.pageCount)) {
    if (site.page !== pageIndex) continue;
    const measured: SiteMeasurement = {
      index: site.index,
      kind: site.kind,
      slot: site.slot,
      shiftPt: undefined,
      bit: null,
    };
    sites.push(measured);
    const here = slots[site.slot];
    if (!here?.present) continue;
    if (site.kind === 'line') {
      if (!here.baselineReliable) continue;
      const expected = controlLinePrediction(slots, site.slot);
      if (expected === undefined) continue;
      // Shift down by δ moves the baseline δ below where the unshifted control lines put it.
      const shiftPt = (here.baselinePx - expected) / pxPerPt;
      measured.shiftPt = shiftPt;
      if (Math.abs(shiftPt) >= 0.3 * LINE_SHIFT_PT && Math.abs(shiftPt) <= 2.5 * LINE_SHIFT_PT)
        measured.bit = shiftPt > 0 ? 1 : 0;
    } else {
      const gaps = dropPunctuationGaps(
        measureGaps(profiles, here.baselinePx, minGapPt),
        master.lang,
      );
      const split = chooseMarkedGaps(gaps, wordShiftPt);
      if (!split) continue;
      // Shift right by δ: the gap before the middle block widens by δ and the one after narrows.
      const shiftPt = (split[0].width - split[1].width) / 2;
      measured.shiftPt = shiftPt;
      if (Math.abs(shiftPt) >= 0.3 * wordShiftPt) measured.bit = shiftPt > 0 ? 1 : 0;
    }
  }
  return { capacity, page: pageIndex, sites };
};

export const readLayoutBits = async (
  image: Uint8Array,
  master: { text: string; lang: Lang },
): Promise<Array<0 | 1 | null>> => {
  const { capacity, sites } = await measureLayoutSites(image, master);
  const bits = new Array<0 | 1 | null>(capacity).fill(null);
  for (const site of sites) bits[site.index] = site.bit;
  return bits;
};
