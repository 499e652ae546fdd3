import { embedFont, OBJECTS_PER_FONT, type EmbeddedFont } from './embedded-font.ts';
import { FONT_FACES, type FontFace } from './font-files.ts';
import { shapeRun } from './font-shaping.ts';
import { splitByFace } from './fonts.ts';
import type { Lang } from './lang.ts';
import type { DocumentLayout, LaidLine } from './line-breaker.ts';
import { footerText } from './page-geometry.ts';
import { PDF_HEADER, dictObject, pdfTextString } from './pdf-syntax.ts';

/**
 * Everything about a print that is the same for every recipient of a document, prepared once:
 * the font subsets (the union of the glyphs any copy can use), their serialised objects, the
 * catalog, the document information and the page resources. A copy then only adds its page
 * content streams, its page tree and a cross-reference table (see pdf-renderer.ts).
 *
 * Object numbers: 1 catalog, 2 page tree (written per copy), 3 information, 4 resources,
 * 5… fonts (five objects each), then the pages of the copy.
 */
export interface PrintSetup {
  lang: Lang;
  /** Header and objects 1, 3, 4 and the fonts, in file order. */
  prefix: Buffer;
  /** Byte offset in `prefix` of each shared object (index = object number; 2 is unset). */
  sharedOffsets: number[];
  /** First object number free for the pages of a copy. */
  firstPageObject: number;
  fonts: ReadonlyMap<FontFace, { resource: string; cidOf: ReadonlyMap<number, number> }>;
}

export const CATALOG_OBJECT = 1;
export const PAGES_OBJECT = 2;
export const INFO_OBJECT = 3;
export const RESOURCES_OBJECT = 4;
const FIRST_FONT_OBJECT = 5;

/** Thrown when a copy needs a glyph the shared subset lacks; the copy then gets its own fonts. */
export class GlyphNotInSubset extends Error {
  constructor(face: FontFace, glyphId: number) {
    super(`glyph ${glyphId} of ${face} is not in the prepared subset`);
    this.name = 'GlyphNotInSubset';
  }
}

/**
 * The text drawn for atom i of a line: the atom, followed by the typed space when the next atom
 * has one before it. The space is drawn as a glyph so that text extraction keeps the word
 * boundary even where the word shift narrowed the gap.
 */
const drawnText = (line: LaidLine, i: number): string => {
  const atom = line.atoms[i]!;
  return line.atoms[i + 1]?.spaceBefore ? `${atom.text} ` : atom.text;
};

/** Every (face, size, text) run a layout draws, footers included. */
const forEachRun = (
  layout: DocumentLayout,
  visit: (face: FontFace, text: string) => void,
): void => {
  for (const line of layout.lines) {
    for (let i = 0; i < line.atoms.length; i += 1) {
      for (const run of splitByFace(drawnText(line, i), layout.lang, line.bold))
        visit(run.face, run.text);
    }
  }
  // A copy can reflow onto a page more or fewer than the master: cover every footer up to
  // two pages beyond this layout.
  for (let pageCount = 1; pageCount <= layout.pageCount + 2; pageCount += 1) {
    for (let page = 0; page < pageCount; page += 1) visit('latin', footerText(page, pageCount));
  }
};

const collectGlyphs = (
  layouts: readonly DocumentLayout[],
): Map<FontFace, Map<number, readonly number[]>> => {
  const glyphs = new Map<FontFace, Map<number, readonly number[]>>();
  for (const layout of layouts) {
    forEachRun(layout, (face, text) => {
      let set = glyphs.get(face);
      if (!set) {
        set = new Map();
        glyphs.set(face, set);
      }
      for (const glyph of shapeRun(face, text).glyphs) {
        if (!set.has(glyph.id)) set.set(glyph.id, glyph.codePoints);
      }
    });
  }
  return glyphs;
};

const pdfDate = (date: Date): string =>
  `D:${date
    .toISOString()
    .replace(/[-:T]/gu, '')
    .replace(/\.\d+Z$/u, '')}Z`;

/**
 * Prepares the shared part of the prints of a document. `layouts` are renderings whose glyphs
 * the subsets must contain: for a single print, its own layout; for marking, the master and
 * copies in which every mark site takes each of its variants.
 */
export const createPrintSetup = (input: {
  lang: Lang;
  title: string;
  layouts: readonly DocumentLayout[];
  createdAt?: Date;
}): PrintSetup => {
  const glyphs = collectGlyphs(input.layouts);
  const embedded: EmbeddedFont[] = [];
  let next = FIRST_FONT_OBJECT;
  for (const face of FONT_FACES) {
    const set = glyphs.get(face);
    if (!set || set.size === 0) continue;
    embedded.push(embedFont(face, set, next));
    next += OBJECTS_PER_FONT;
  }
  const fonts = new Map<FontFace, { resource: string; cidOf: ReadonlyMap<number, number> }>();
  embedded.forEach((font, k) => fonts.set(font.face, { resource: `F${k + 1}`, cidOf: font.cidOf }));

  const shared: Array<{ objectNumber: number; bytes: Buffer }> = [
    {
      objectNumber: CATALOG_OBJECT,
      bytes: dictObject(CATALOG_OBJECT, `<< /Type /Catalog /Pages ${PAGES_OBJECT} 0 R >>`),
    },
    {
      objectNumber: INFO_OBJECT,
      bytes: dictObject(
        INFO_OBJECT,
        `<< /Title ${pdfTextString(input.title)} /Creator (Vigil) /Producer (Vigil) /CreationDate (${pdfDate(input.createdAt ?? new Date())}) >>`,
      ),
    },
    {
      objectNumber: RESOURCES_OBJECT,
      bytes: dictObject(
        RESOURCES_OBJECT,
        `<< /ProcSet [/PDF /Text] /Font << ${embedded.map((font, k) => `/F${k + 1} ${font.fontObject} 0 R`).join(' ')} >> >>`,
      ),
    },
    ...embedded.flatMap((font) => font.objects),
  ];
  const sharedOffsets: number[] = [];
  let offset = PDF_HEADER.length;
  for (const object of shared) {
    sharedOffsets[object.objectNumber] = offset;
    offset += object.bytes.length;
  }
  return {
    lang: input.lang,
    prefix: Buffer.concat([PDF_HEADER, ...shared.map((object) => object.bytes)]),
    sharedOffsets,
    firstPageObject: next,
    fonts,
  };
};
