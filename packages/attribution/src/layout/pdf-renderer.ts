import PDFDocument from 'pdfkit';
import { inputError } from '@vigil/core';
import { measureRun, registerFonts, splitByFace } from './fonts.ts';
import type { Lang } from './lang.ts';
import { layoutDocument, type DocumentLayout, type LaidLine } from './line-breaker.ts';
import { enumerateSites, middleBlock, siteCapacity, sitesPerPage } from './layout-sites.ts';
import {
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

export interface RenderInput {
  text: string;
  lang: Lang;
  title?: string;
  /** One bit per layout site (see layout-sites.ts); sites past its end are printed unshifted. */
  layoutBits: ArrayLike<number>;
}

const layoutCache = new Map<string, DocumentLayout>();

/** Layout of a text, cached: marking prints many copies and capacity is asked before rendering. */
export const cachedLayout = (text: string, lang: Lang): DocumentLayout => {
  const key = `${lang}\u0000${text}`;
  let layout = layoutCache.get(key);
  if (!layout) {
    layout = layoutDocument(text, lang);
    if (layoutCache.size > 64) layoutCache.clear();
    layoutCache.set(key, layout);
  }
  return layout;
};

export const layoutCapacity = async (input: { text: string; lang: Lang }): Promise<number> =>
  siteCapacity(cachedLayout(input.text, input.lang));

/** Signed displacement for a bit: 1 moves down (line) or right (word), 0 up or left. */
const signed = (bit: number | undefined, amount: number): number =>
  bit === undefined ? 0 : bit ? amount : -amount;

const drawLine = (
  doc: PDFKit.PDFDocument,
  line: LaidLine,
  lang: Lang,
  dy: number,
  wordShift: number,
): void => {
  const baseline = slotBaselinePt(line.slot) + dy;
  const middle = middleBlock(line);
  line.atoms.forEach((atom, i) => {
    const inMiddle = middle !== undefined && i >= middle[0] && i < middle[1];
    let x = atom.x + (inMiddle ? wordShift : 0);
    // The typed space is drawn as a glyph so that text extraction keeps the word boundary even
    // where the word shift narrowed the gap.
    const next = line.atoms[i + 1];
    const text = next?.spaceBefore ? `${atom.text} ` : atom.text;
    for (const run of splitByFace(text, lang, line.bold)) {
      doc.font(run.face).fontSize(line.sizePt);
      doc.text(run.text, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
      x += doc.widthOfString(run.text);
    }
  });
};

export const renderMarkedPdf = async (input: RenderInput): Promise<Uint8Array> => {
  const layout = cachedLayout(input.text, input.lang);
  const capacity = siteCapacity(layout);
  // A recipient's copy may reflow onto one page fewer than the master whose capacity sized the
  // codeword; the bits of the missing page are simply not printed. More than that is a bug.
  if (input.layoutBits.length > capacity + sitesPerPage()) {
    throw inputError(
      'layout.too_many_bits',
      `The rendering of this text has ${capacity} layout sites but ${input.layoutBits.length} layout bits were given; size codewords with layoutCapacity() of the master text.`,
    );
  }
  const wordShiftPt = input.lang === 'zh' ? CJK_WORD_SHIFT_PT : WORD_SHIFT_PT;
  const lineBit = new Map<string, number>();
  const wordBit = new Map<string, number>();
  for (const site of enumerateSites(layout.pageCount)) {
    if (site.index >= input.layoutBits.length) break;
    const bit = input.layoutBits[site.index] ?? 0;
    (site.kind === 'line' ? lineBit : wordBit).set(`${site.page}:${site.slot}`, bit);
  }

  const doc = new PDFDocument({
    size: [PAGE_WIDTH_PT, PAGE_HEIGHT_PT],
    margin: 0,
    autoFirstPage: false,
    info: { Title: input.title ?? 'Vigil controlled copy', Creator: 'Vigil' },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  for (let page = 0; page < layout.pageCount; page += 1) {
    doc.addPage({ size: [PAGE_WIDTH_PT, PAGE_HEIGHT_PT], margin: 0 });
    for (const line of layout.lines) {
      if (line.page !== page) continue;
      const key = `${page}:${line.slot}`;
      drawLine(
        doc,
        line,
        input.lang,
        signed(lineBit.get(key), LINE_SHIFT_PT),
        signed(wordBit.get(key), wordShiftPt),
      );
    }
    const footer = footerText(page, layout.pageCount);
    const footerWidth = measureRun('latin', FOOTER_FONT_PT, footer);
    doc.font('latin').fontSize(FOOTER_FONT_PT);
    doc.text(footer, (PAGE_WIDTH_PT - footerWidth) / 2, FOOTER_BASELINE_PT, {
      lineBreak: false,
      baseline: 'alphabetic',
    });
  }
  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
};
