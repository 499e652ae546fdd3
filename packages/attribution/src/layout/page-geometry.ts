/**
 * Fixed page geometry of every Vigil print. Lines sit on a fixed baseline grid ("slots"), so the
 * position of a line-shift site depends only on the page and the slot, not on how a recipient's
 * marked text happened to reflow: two recipients' copies differ by a few synonyms, their lines
 * break differently, but slot k of page p is slot k of page p in both. The reader therefore needs
 * no knowledge of the recipient's exact wording to read the layout bits.
 */

/** A4 in PostScript points (1/72 in). */
export const PAGE_WIDTH_PT = 595.28;
export const PAGE_HEIGHT_PT = 841.89;

export const MARGIN_LEFT_PT = 62;
export const MARGIN_TOP_PT = 60;
export const COLUMN_WIDTH_PT = PAGE_WIDTH_PT - 2 * MARGIN_LEFT_PT;

export const BODY_FONT_PT = 11;
export const HEADING_FONT_PT = 14;
/** Baseline-to-baseline distance; every line, body or heading, sits on this grid. */
export const SLOT_PITCH_PT = 16;
/** Baseline of slot 0: top margin plus roughly one ascent. */
export const FIRST_BASELINE_PT = MARGIN_TOP_PT + 12;
export const MARGIN_BOTTOM_PT = 60;
export const SLOTS_PER_PAGE =
  Math.floor((PAGE_HEIGHT_PT - MARGIN_BOTTOM_PT - FIRST_BASELINE_PT) / SLOT_PITCH_PT) + 1;

/**
 * Line-shift displacement. Brassil et al. (IEEE JSAC 13(8), 1995) used 1/300 in (0.24 pt) for
 * 300-dpi flat-bed scans; a phone photo resampled to ~130-200 dpi with blur needs more. A marked
 * line moves by ±1.2 pt, so the difference of its distances to the control lines above and below
 * is ±2.4 pt (≈ 6.7 px at 200 dpi), well above the baseline-estimation noise of a blurred photo,
 * and still below what a reader notices in 16-pt leading.
 */
export const LINE_SHIFT_PT = 1.2;

/**
 * Word-shift displacement of the middle block. An English space is 3.5 pt in DejaVu Sans 11 pt,
 * so the narrowed gap stays ≥ 2 pt (the word boundary remains visible) and the two gaps around
 * the middle block differ by 3 pt (≈ 8 px at 200 dpi).
 */
export const WORD_SHIFT_PT = 1.2;

/**
 * Chinese has no spaces: characters get a uniform tracking (letter-spacing) so that a gap exists
 * between every pair of characters, which the word-shift coding then widens or narrows.
 */
export const CJK_TRACKING_PT = 0.15 * BODY_FONT_PT;
export const CJK_WORD_SHIFT_PT = 1.3;

/** Default raster resolution (dots per inch) of rasterizePdf and of the rectified photo. */
export const DEFAULT_DPI = 200;

export const slotBaselinePt = (slot: number): number => FIRST_BASELINE_PT + slot * SLOT_PITCH_PT;

/**
 * Page footer "p / n", centred under the text. Besides telling a reader which sheet they hold,
 * it tells the layout reader which page a photo shows: recipients' copies reflow slightly, so
 * comparing a photo with the master's line pattern is unreliable, while a printed number is not.
 */
export const FOOTER_FONT_PT = 9;
export const FOOTER_BASELINE_PT = PAGE_HEIGHT_PT - 30;
/** Everything below this line is footer and is kept out of body OCR. */
export const FOOTER_TOP_PT = FOOTER_BASELINE_PT - 14;

export const footerText = (page: number, pageCount: number): string => `${page + 1} / ${pageCount}`;
export const FOOTER_PATTERN = /^(\d{1,4})\s*\/\s*(\d{1,4})$/u;
