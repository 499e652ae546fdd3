import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { VigilError } from '@vigil/core';
import type { Lang } from './lang.ts';

/**
 * Fonts embedded in every print. Both come from Debian packages (no download at run time):
 * DejaVu Sans (`fonts-dejavu-core`) for Latin script and WenQuanYi Micro Hei
 * (`fonts-wqy-microhei`, TrueType outlines in a TTC, which pdfkit subsets reliably, unlike the
 * CFF-based Noto CJK collection) for Chinese.
 */
export type FontFace = 'latin' | 'latinBold' | 'cjk';

interface FontSource {
  face: FontFace;
  candidates: string[];
  /** PostScript name inside a TrueType collection. */
  collectionName?: string;
  debianPackage: string;
}

const FONT_SOURCES: FontSource[] = [
  {
    face: 'latin',
    candidates: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'],
    debianPackage: 'fonts-dejavu-core',
  },
  {
    face: 'latinBold',
    candidates: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
    debianPackage: 'fonts-dejavu-core',
  },
  {
    face: 'cjk',
    candidates: ['/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'],
    collectionName: 'WenQuanYiMicroHei',
    debianPackage: 'fonts-wqy-microhei',
  },
];

interface ResolvedFont {
  face: FontFace;
  path: string;
  collectionName?: string;
}

let resolved: ResolvedFont[] | undefined;

/** Font files on this machine; a clear error names the Debian package when one is missing. */
export const resolveFonts = (): ResolvedFont[] => {
  if (resolved) return resolved;
  resolved = FONT_SOURCES.map((source) => {
    const path = source.candidates.find((candidate) => existsSync(candidate));
    if (!path) {
      throw new VigilError(
        'layout.font_missing',
        'unavailable',
        `Font for ${source.face} text not found (looked in ${source.candidates.join(', ')}). Install it with: apt-get install ${source.debianPackage}`,
      );
    }
    return source.collectionName
      ? { face: source.face, path, collectionName: source.collectionName }
      : { face: source.face, path };
  });
  return resolved;
};

export const registerFonts = (doc: PDFKit.PDFDocument): void => {
  for (const font of resolveFonts()) {
    if (font.collectionName) doc.registerFont(font.face, font.path, font.collectionName);
    else doc.registerFont(font.face, font.path);
  }
};

/** Han ideographs, CJK punctuation and full-width forms are set in the CJK font. */
const CJK_CHAR =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/u;
/** Curly quotes, ellipsis and dashes in Chinese text belong to the CJK font's full-width design. */
const CJK_CONTEXT_PUNCT = /[\u2018\u2019\u201c\u201d\u2026\u2014]/u;

export const isCjkChar = (ch: string): boolean => CJK_CHAR.test(ch);

export const faceForChar = (ch: string, lang: Lang, bold: boolean): FontFace => {
  if (isCjkChar(ch) || (lang === 'zh' && CJK_CONTEXT_PUNCT.test(ch))) return 'cjk';
  return bold ? 'latinBold' : 'latin';
};

/** Splits a string into maximal runs that share one font face. */
export const splitByFace = (
  text: string,
  lang: Lang,
  bold: boolean,
): Array<{ face: FontFace; text: string }> => {
  const runs: Array<{ face: FontFace; text: string }> = [];
  for (const ch of text) {
    const face = faceForChar(ch, lang, bold);
    const last = runs[runs.length - 1];
    if (last && last.face === face) last.text += ch;
    else runs.push({ face, text: ch });
  }
  return runs;
};

let measuringDoc: PDFKit.PDFDocument | undefined;
const widthCache = new Map<string, number>();

/** Advance width in points of `text` set in one face at `sizePt`, measured with the embedded font. */
export const measureRun = (face: FontFace, sizePt: number, text: string): number => {
  const key = `${face}\u0000${sizePt}\u0000${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  if (!measuringDoc) {
    measuringDoc = new PDFDocument({ autoFirstPage: false });
    registerFonts(measuringDoc);
  }
  const width = measuringDoc.font(face).fontSize(sizePt).widthOfString(text);
  if (widthCache.size > 200_000) widthCache.clear();
  widthCache.set(key, width);
  return width;
};

export const measureText = (text: string, lang: Lang, bold: boolean, sizePt: number): number =>
  splitByFace(text, lang, bold).reduce(
    (sum, run) => sum + measureRun(run.face, sizePt, run.text),
    0,
  );
