import type { FontFace } from './font-files.ts';
import { shapeRun } from './font-shaping.ts';
import type { Lang } from './lang.ts';

export type { FontFace } from './font-files.ts';

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

const widthCache = new Map<string, number>();

/** Advance width in points of `text` set in one face at `sizePt` (kerning and ligatures included). */
export const measureRun = (face: FontFace, sizePt: number, text: string): number => {
  const key = `${face}\u0000${sizePt}\u0000${text}`;
  const cached = widthCache.get(key);
  if (cached !== undefined) return cached;
  const width = shapeRun(face, text).advance * (sizePt / 1000);
  if (widthCache.size > 200_000) widthCache.clear();
  widthCache.set(key, width);
  return width;
};

export const measureText = (text: string, lang: Lang, bold: boolean, sizePt: number): number =>
  splitByFace(text, lang, bold).reduce(
    (sum, run) => sum + measureRun(run.face, sizePt, run.text),
    0,
  );
