import { asciiBytes, ByteWriter } from './byte-writer.ts';
import { measureRun } from './fonts.ts';
import type { DocumentLayout } from './line-breaker.ts';
import { enumerateSites, middleBlock, sitesPerPage } from './layout-sites.ts';
import {
  CJK_TRACKING_PT,
  CJK_WORD_SHIFT_PT,
  FOOTER_BASELINE_PT,
  FOOTER_FONT_PT,
  footerText,
  LINE_SHIFT_PT,
  PAGE_HEIGHT_PT,
  PAGE_WIDTH_PT,
  WORD_SHIFT_PT,
  slotBaselinePt,
} from './page-geometry.ts';
import type { PrintSetup } from './print-setup.ts';
import { pdfNumber } from './pdf-syntax.ts';
import { atomDrawer, type AtomDrawer, type DrawnRun } from './text-operators.ts';

/** Site index offsets within a page, by slot (the same on every page: see layout-sites.ts). */
const SLOT_SITES: Array<{ line?: number; word: number }> = (() => {
  const slots: Array<{ line?: number; word: number }> = [];
  for (const site of enumerateSites(1)) {
    const entry = slots[site.slot] ?? { word: -1 };
    if (site.kind === 'line') entry.line = site.index;
    else entry.word = site.index;
    slots[site.slot] = entry;
  }
  return slots;
})();

/** Signed displacement for a bit: 1 moves down (line) or right (word), 0 up or left. */
const signed = (bits: ArrayLike<number>, index: number | undefined, amount: number): number => {
  if (index === undefined || index >= bits.length) return 0;
  return bits[index] ? amount : -amount;
};

const BEGIN = asciiBytes('BT ');
const OPEN_ARRAY = asciiBytes('[(');
const CLOSE_ARRAY = asciiBytes(')] TJ ET\n');
/** `) -t (`: the pen moves on by the CJK tracking, in thousandths of the font size. */
const trackingAdjustment = (sizePt: number): Uint8Array =>
  asciiBytes(`) ${pdfNumber((-CJK_TRACKING_PT * 1000) / sizePt)} (`);

/**
 * Writes the content stream of every page of a copy, calling `onPage` with each page's bytes
 * (a view into a reused buffer: consume it before returning). Every atom is placed on its own,
 * so that it can move: a word-shift block is a run of atoms, a line shift moves them all. Each
 * atom is its own text object, except a run of one-glyph atoms of one font (Chinese characters)
 * set apart only by the CJK tracking in the same block: they share one text object whose TJ
 * adjustments put every glyph exactly where the layout placed it, in a third of the bytes.
 * Line i of slot s on page p is shifted by the bits of the sites of (p, s).
 */
export const writePageContents = (
  setup: PrintSetup,
  layout: DocumentLayout,
  layoutBits: ArrayLike<number>,
  writer: ByteWriter,
  onPage: (page: number, content: Buffer) => void,
): void => {
  const wordShiftPt = layout.lang === 'zh' ? CJK_WORD_SHIFT_PT : WORD_SHIFT_PT;
  const perPage = sitesPerPage();
  let font: Uint8Array | undefined;
  let page = 0;
  writer.reset();
  /** `BT x y Td`, then the runs (font only when it changes); the last run ends with `ET`. */
  const draw = (x: number, yTd: Uint8Array, runs: readonly DrawnRun[]): void => {
    writer.bytes(BEGIN);
    writer.number(x);
    writer.bytes(yTd);
    for (const run of runs) {
      if (run.font !== font && run.font.length > 0) {
        font = run.font;
        writer.bytes(font);
      }
      writer.bytes(run.show);
    }
  };
  /** One text object for one-glyph atoms of one font: `[(g1) -t (g2) -t …] TJ`. */
  const drawTracked = (
    x: number,
    yTd: Uint8Array,
    runs: readonly DrawnRun[],
    adjustment: Uint8Array,
  ): void => {
    writer.bytes(BEGIN);
    writer.number(x);
    writer.bytes(yTd);
    if (runs[0]!.font !== font) {
      font = runs[0]!.font;
      writer.bytes(font);
    }
    writer.bytes(OPEN_ARRAY);
    runs.forEach((run, k) => {
      if (k > 0) writer.bytes(adjustment);
      writer.bytes(run.glyph!);
    });
    writer.bytes(CLOSE_ARRAY);
  };
  // The few styles of a print (body, heading, footer; with or without a following space).
  const drawers = new Map<number, AtomDrawer>();
  const drawerFor = (bold: boolean, sizePt: number, spaceAfter: boolean): AtomDrawer => {
    const key = sizePt * 4 + (bold ? 2 : 0) + (spaceAfter ? 1 : 0);
    let drawer = drawers.get(key);
    if (!drawer) {
      drawer = atomDrawer(setup, bold, sizePt, spaceAfter);
      drawers.set(key, drawer);
    }
    return drawer;
  };
  const footerY = asciiBytes(` ${pdfNumber(PAGE_HEIGHT_PT - FOOTER_BASELINE_PT)} Td `);
  const closePage = (): void => {
    const footer = footerText(page, layout.pageCount);
    const x = (PAGE_WIDTH_PT - measureRun('latin', FOOTER_FONT_PT, footer)) / 2;
    draw(x, footerY, drawerFor(false, FOOTER_FONT_PT, false)(footer));
    onPage(page, writer.view());
    writer.reset();
    // Each page's content stream starts with no font selected.
    font = undefined;
    page += 1;
  };
  const tracked: DrawnRun[] = [];
  const drawings: DrawnRun[][] = [];
  for (const line of layout.lines) {
    while (page < line.page) closePage();
    const sites = SLOT_SITES[line.slot];
    const base = line.page * perPage;
    const dy = signed(
      layoutBits,
      sites?.line === undefined ? undefined : base + sites.line,
      LINE_SHIFT_PT,
    );
    const wordShift = signed(layoutBits, sites ? base + sites.word : undefined, wordShiftPt);
    const yTd = asciiBytes(` ${pdfNumber(PAGE_HEIGHT_PT - (slotBaselinePt(line.slot) + dy))} Td `);
    const middle = middleBlock(line);
    const alone = drawerFor(line.bold, line.sizePt, false);
    const spaced = drawerFor(line.bold, line.sizePt, true);
    const adjustment = trackingAdjustment(line.sizePt);
    const { atoms } = line;
    const blockOf = (i: number): number =>
      middle === undefined || i < middle[0] ? 0 : i < middle[1] ? 1 : 2;
    // The typed space is drawn as a glyph so that text extraction keeps the word boundary even
    // where the word shift narrowed the gap.
    drawings.length = 0;
    for (let k = 0; k < atoms.length; k += 1)
      drawings.push(atoms[k + 1]?.spaceBefore ? spaced(atoms[k]!.text) : alone(atoms[k]!.text));
    const glyphOf = (k: number): DrawnRun | undefined => {
      const drawing = drawings[k]!;
      return drawing.length === 1 ? (drawing[0]!.glyph ? drawing[0] : undefined) : undefined;
    };
    /** Atom k + 1 continues the one-font, one-glyph run of atom k at the tracking. */
    const continues = (k: number): boolean => {
      const next = atoms[k + 1];
      const here = glyphOf(k);
      return (
        next !== undefined &&
        here !== undefined &&
        !next.spaceBefore &&
        next.gapBefore === CJK_TRACKING_PT &&
        blockOf(k + 1) === blockOf(k) &&
        glyphOf(k + 1)?.font === here.font
      );
    };
    let i = 0;
    while (i < atoms.length) {
      const x = atoms[i]!.x + (blockOf(i) === 1 ? wordShift : 0);
      let end = i + 1;
      while (end < atoms.length && continues(end - 1)) end += 1;
      if (end - i > 1) {
        tracked.length = 0;
        for (let k = i; k < end; k += 1) tracked.push(glyphOf(k)!);
        drawTracked(x, yTd, tracked, adjustment);
      } else draw(x, yTd, drawings[i]!);
      i = end;
    }
  }
  while (page < layout.pageCount) closePage();
};
