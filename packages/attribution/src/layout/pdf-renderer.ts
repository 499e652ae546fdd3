import { inputError } from '@vigil/core';
import { ByteWriter } from './byte-writer.ts';
import { createCopyLayouter, variantSamples, type VariantText } from './copy-layout.ts';
import type { Lang } from './lang.ts';
import { layoutDocument, type DocumentLayout } from './line-breaker.ts';
import { siteCapacity, sitesPerPage } from './layout-sites.ts';
import { writePageContents } from './page-content.ts';
import { PAGE_HEIGHT_PT, PAGE_WIDTH_PT } from './page-geometry.ts';
import { dictObject, finishPdf, pdfNumber, streamObject } from './pdf-syntax.ts';
import {
  CATALOG_OBJECT,
  GlyphNotInSubset,
  INFO_OBJECT,
  PAGES_OBJECT,
  RESOURCES_OBJECT,
  createPrintSetup,
  type PrintSetup,
} from './print-setup.ts';

export interface RenderInput {
  text: string;
  lang: Lang;
  title?: string;
  /** One bit per layout site (see layout-sites.ts); sites past its end are printed unshifted. */
  layoutBits: ArrayLike<number>;
}

const DEFAULT_TITLE = 'Vigil controlled copy';

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

/** A4 pages, media box in points. */
const MEDIA_BOX = `[0 0 ${pdfNumber(PAGE_WIDTH_PT)} ${pdfNumber(PAGE_HEIGHT_PT)}]`;

/**
 * Content streams are Flate-compressed at level 1: page text compresses about as well as at the
 * default level and several times faster, which matters at 10,000 copies.
 */
const CONTENT_COMPRESSION_LEVEL = 1;

/** Reused by every copy printed in this thread (printing is synchronous). */
const contentWriter = new ByteWriter();

/** One recipient's PDF: the shared prefix of `setup`, then this copy's pages. */
export const printLaidOutCopy = (
  setup: PrintSetup,
  layout: DocumentLayout,
  layoutBits: ArrayLike<number>,
): Buffer => {
  const capacity = siteCapacity(layout);
  // A recipient's copy may reflow onto one page fewer than the master whose capacity sized the
  // codeword; the bits of the missing page are simply not printed. More than that is a bug.
  if (layoutBits.length > capacity + sitesPerPage()) {
    throw inputError(
      'layout.too_many_bits',
      `The rendering of this text has ${capacity} layout sites but ${layoutBits.length} layout bits were given; size codewords with layoutCapacity() of the master text.`,
    );
  }
  const parts: Buffer[] = [setup.prefix];
  const offsets = [...setup.sharedOffsets];
  let offset = setup.prefix.length;
  const add = (objectNumber: number, bytes: Buffer): void => {
    offsets[objectNumber] = offset;
    offset += bytes.length;
    parts.push(bytes);
  };
  const kids: string[] = [];
  writePageContents(setup, layout, layoutBits, contentWriter, (page, content) => {
    const pageObject = setup.firstPageObject + 2 * page;
    kids.push(`${pageObject} 0 R`);
    add(
      pageObject,
      dictObject(
        pageObject,
        `<< /Type /Page /Parent ${PAGES_OBJECT} 0 R /MediaBox ${MEDIA_BOX} /Resources ${RESOURCES_OBJECT} 0 R /Contents ${pageObject + 1} 0 R >>`,
      ),
    );
    add(
      pageObject + 1,
      streamObject(pageObject + 1, content, { level: CONTENT_COMPRESSION_LEVEL }),
    );
  });
  add(
    PAGES_OBJECT,
    dictObject(PAGES_OBJECT, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`),
  );
  return finishPdf(parts, offsets, { root: CATALOG_OBJECT, info: INFO_OBJECT });
};

/**
 * Prints many copies of one document: the fonts are subset once to every glyph the sample
 * copies use (the master, and copies with every variant of every span), the text between
 * variant spans is parsed and measured once (copy-layout.ts), and each copy only lays out its
 * lines and writes its pages. A copy that needs a glyph outside the shared subset (a ligature
 * formed across two adjacent spans, say) is printed with fonts of its own.
 */
export interface CopyPrinter {
  /** The PDF of the copy whose span i takes variant `symbols[i]`. */
  print(symbols: ArrayLike<number>, layoutBits: ArrayLike<number>): Buffer;
}

export const createCopyPrinter = (input: {
  lang: Lang;
  title?: string;
  text: VariantText;
  createdAt?: Date;
}): CopyPrinter => {
  const title = input.title ?? DEFAULT_TITLE;
  const layouter = createCopyLayouter(input.text, input.lang);
  const setup = createPrintSetup({
    lang: input.lang,
    title,
    layouts: variantSamples(input.text).map((symbols) => layouter.layout(symbols)),
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
  });
  return {
    print(symbols, layoutBits) {
      const layout = layouter.layout(symbols);
      try {
        return printLaidOutCopy(setup, layout, layoutBits);
      } catch (error) {
        if (!(error instanceof GlyphNotInSubset)) throw error;
        const own = createPrintSetup({ lang: input.lang, title, layouts: [layout] });
        return printLaidOutCopy(own, layout, layoutBits);
      }
    },
  };
};

export const renderMarkedPdf = async (input: RenderInput): Promise<Uint8Array> => {
  const layout = cachedLayout(input.text, input.lang);
  const setup = createPrintSetup({
    lang: input.lang,
    title: input.title ?? DEFAULT_TITLE,
    layouts: [layout],
  });
  return new Uint8Array(printLaidOutCopy(setup, layout, input.layoutBits));
};
