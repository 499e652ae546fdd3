import { asciiBytes } from './byte-writer.ts';
import type { FontFace } from './font-files.ts';
import { shapeRun, type ShapedRun } from './font-shaping.ts';
import { splitByFace } from './fonts.ts';
import { pdfNumber } from './pdf-syntax.ts';
import { GlyphNotInSubset, type PrintSetup } from './print-setup.ts';

/** One run of an atom in one face: the font selection and the text-showing operators. */
export interface DrawnRun {
  /** `/F1 11 Tf`, one shared array per (font, size): text state outlives BT … ET, so a page sets it only when it changes (compared by identity). */
  font: Uint8Array;
  show: Uint8Array;
  /**
   * For an atom that is one glyph advancing by exactly its width (a Chinese character, a lone
   * digit), the glyph's code as it appears inside a literal string: such atoms separated only
   * by the CJK tracking can share one text object (see page-content.ts).
   */
  glyph?: Uint8Array;
}

/**
 * Glyph codes as a literal string of 2-byte CIDs (half the size of hexadecimal): the delimiters
 * and the backslash are escaped, and so are CR and LF, which a reader would otherwise normalise
 * (ISO 32000-1, 7.3.4.2).
 */
const pushCid = (out: number[], cid: number): void => {
  for (const byte of [cid >> 8, cid & 0xff]) {
    if (byte === 0x28 || byte === 0x29 || byte === 0x5c) out.push(0x5c, byte);
    else if (byte === 0x0a) out.push(0x5c, 0x6e);
    else if (byte === 0x0d) out.push(0x5c, 0x72);
    else out.push(byte);
  }
};

const pushAscii = (out: number[], text: string): void => {
  for (let i = 0; i < text.length; i += 1) out.push(text.charCodeAt(i));
};

/**
 * Text-showing operators for one shaped run, as pdfkit wrote them: a TJ adjustment wherever
 * kerning moves the pen off the glyph's own width, and the rare glyph with an offset (combining
 * marks) placed with explicit adjustments and text rise.
 */
const runOperators = (
  face: FontFace,
  shaped: ShapedRun,
  cidOf: ReadonlyMap<number, number>,
  sizePt: number,
): Uint8Array => {
  const out: number[] = [];
  /** Elements of the pending TJ array: glyph strings (arrays of CIDs) and adjustments. */
  let items: Array<number[] | string> = [];
  let glyphs: number[] = [];
  const closeString = (): void => {
    if (glyphs.length > 0) items.push(glyphs);
    glyphs = [];
  };
  const writeString = (cids: number[]): void => {
    out.push(0x28);
    for (const cid of cids) pushCid(out, cid);
    out.push(0x29);
  };
  const flush = (): void => {
    closeString();
    if (items.length === 1 && typeof items[0] !== 'string') {
      writeString(items[0]!);
      pushAscii(out, ' Tj ');
    } else if (items.length > 0) {
      out.push(0x5b);
      items.forEach((item, k) => {
        if (k > 0) out.push(0x20);
        if (typeof item === 'string') pushAscii(out, item);
        else writeString(item);
      });
      pushAscii(out, '] TJ ');
    }
    items = [];
  };
  for (const glyph of shaped.glyphs) {
    const cid = cidOf.get(glyph.id);
    if (cid === undefined) throw new GlyphNotInSubset(face, glyph.id);
    if (glyph.xOffset !== 0 || glyph.yOffset !== 0) {
      flush();
      const rise = (glyph.yOffset * sizePt) / 1000;
      if (rise !== 0) pushAscii(out, `${pdfNumber(rise)} Ts `);
      const after = glyph.xAdvance - glyph.width - glyph.xOffset;
      items = [pdfNumber(-glyph.xOffset), [cid], pdfNumber(-after)];
      flush();
      if (rise !== 0) pushAscii(out, '0 Ts ');
      continue;
    }
    glyphs.push(cid);
    const kerning = glyph.xAdvance - glyph.width;
    if (kerning !== 0) {
      closeString();
      items.push(pdfNumber(-kerning));
    }
  }
  flush();
  return Uint8Array.from(out);
};

/** Per print setup: font selections by (resource, size), and drawings by style and atom text. */
const fontSelections = new WeakMap<PrintSetup, Map<string, Uint8Array>>();
const drawingCaches = new WeakMap<PrintSetup, Map<number, Map<string, DrawnRun[]>>>();

/**
 * The drawing of an atom text set in one style — the line's weight and size, and whether the
 * typed space that follows the atom is drawn after it (so that text extraction keeps the word
 * boundary) — as runs whose last `show` also closes the text object (` ET`). Cached per print
 * setup: a document has a few thousand distinct words, so each is shaped and encoded once for
 * all its recipients.
 */
export type AtomDrawer = (text: string) => DrawnRun[];

export const atomDrawer = (
  setup: PrintSetup,
  bold: boolean,
  sizePt: number,
  spaceAfter: boolean,
): AtomDrawer => {
  let byStyle = drawingCaches.get(setup);
  if (!byStyle) {
    byStyle = new Map();
    drawingCaches.set(setup, byStyle);
  }
  const styleKey = sizePt * 4 + (bold ? 2 : 0) + (spaceAfter ? 1 : 0);
  let drawings = byStyle.get(styleKey);
  if (!drawings) {
    drawings = new Map();
    byStyle.set(styleKey, drawings);
  }
  const cache = drawings;
  return (text) => {
    let drawn = cache.get(text);
    if (drawn === undefined) {
      drawn = encodeAtom(setup, spaceAfter ? `${text} ` : text, bold, sizePt);
      cache.set(text, drawn);
    }
    return drawn;
  };
};

const fontSelection = (setup: PrintSetup, resource: string, sizePt: number): Uint8Array => {
  let selections = fontSelections.get(setup);
  if (!selections) {
    selections = new Map();
    fontSelections.set(setup, selections);
  }
  const key = `${resource} ${sizePt}`;
  let bytes = selections.get(key);
  if (!bytes) {
    bytes = asciiBytes(`/${resource} ${pdfNumber(sizePt)} Tf `);
    selections.set(key, bytes);
  }
  return bytes;
};

const END_TEXT = asciiBytes('ET\n');

const encodeAtom = (setup: PrintSetup, text: string, bold: boolean, sizePt: number): DrawnRun[] => {
  const runs: DrawnRun[] = splitByFace(text, setup.lang, bold).map((run) => {
    const font = setup.fonts.get(run.face);
    if (!font) throw new GlyphNotInSubset(run.face, -1);
    const shaped = shapeRun(run.face, run.text);
    const drawn: DrawnRun = {
      font: fontSelection(setup, font.resource, sizePt),
      show: runOperators(run.face, shaped, font.cidOf, sizePt),
    };
    const [only] = shaped.glyphs;
    if (
      only &&
      shaped.glyphs.length === 1 &&
      only.xAdvance === only.width &&
      only.xOffset === 0 &&
      only.yOffset === 0
    ) {
      const code: number[] = [];
      pushCid(code, font.cidOf.get(only.id)!);
      drawn.glyph = Uint8Array.from(code);
    }
    return drawn;
  });
  const last = runs[runs.length - 1];
  if (last) last.show = Buffer.concat([last.show, END_TEXT]);
  else runs.push({ font: new Uint8Array(0), show: END_TEXT });
  return runs;
};
