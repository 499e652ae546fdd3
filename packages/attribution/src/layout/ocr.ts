import { inputError } from '@vigil/core';
import { TESSERACT, runTool } from './external-tool.ts';
import { encodePng } from './image/gray-image.ts';
import type { Lang } from './lang.ts';
import { rectifiedPageFromImage } from './page-image.ts';
import { whitenessToGray } from './page-rectifier.ts';
import { FOOTER_TOP_PT } from './page-geometry.ts';

/** Tesseract traineddata per document language (Debian: tesseract-ocr-eng, tesseract-ocr-chi-sim). */
const TESSERACT_LANG: Record<Lang, string> = { en: 'eng', zh: 'chi_sim' };

/** Words Tesseract is at least this sure of count as text; below, it is hallucinating on noise. */
const MIN_WORD_CONFIDENCE = 40;

interface OcrWord {
  block: number;
  paragraph: number;
  line: number;
  text: string;
  confidence: number;
}

/** Parses Tesseract's TSV output (level 5 rows are words). */
const parseTsv = (tsv: string): OcrWord[] =>
  tsv
    .split('\n')
    .slice(1)
    .map((row) => row.split('\t'))
    .filter((cols) => cols[0] === '5' && cols.length >= 12 && (cols[11] ?? '').trim() !== '')
    .map((cols) => ({
      block: Number(cols[2]),
      paragraph: Number(cols[3]),
      line: Number(cols[4]),
      confidence: Number(cols[10]),
      text: (cols[11] ?? '').trim(),
    }));

const CJK_SPACE =
  /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu;

/** Words back to text: spaces within a line, a blank line between Tesseract's paragraphs. */
const wordsToText = (words: OcrWord[], lang: Lang): string => {
  const paragraphs: string[][] = [];
  let key = '';
  for (const word of words) {
    const paragraphKey = `${word.block}:${word.paragraph}`;
    if (paragraphKey !== key) {
      paragraphs.push([]);
      key = paragraphKey;
    }
    paragraphs[paragraphs.length - 1]?.push(word.text);
  }
  return paragraphs
    .map((paragraph) => {
      const joined = paragraph.join(' ');
      return lang === 'zh' ? joined.replace(CJK_SPACE, '$1') : joined;
    })
    .join('\n\n');
};

/**
 * OCR of a page photo or scan: the page is found and flattened and its light normalised
 * (page-rectifier.ts), then Debian's Tesseract binarises and reads it (LSTM engine) at the print
 * resolution.
 */
export const ocrImage = async (
  image: Uint8Array,
  lang: Lang,
): Promise<{ text: string; confidence: number }> => {
  const page = await rectifiedPageFromImage(image);
  // The footer ("2 / 5") is print furniture; keep it out of the text handed to alignment.
  page.whiteness.fill(1, Math.round(FOOTER_TOP_PT * (page.dpi / 72)) * page.width);
  const png = await encodePng(whitenessToGray(page.whiteness, page.width, page.height));
  const { stdout } = await runTool(
    TESSERACT,
    ['stdin', 'stdout', '-l', TESSERACT_LANG[lang], '--dpi', String(page.dpi), '--psm', '3', 'tsv'],
    // One thread: OCR runs beside other work on small machines, and OpenMP spinning costs more than it gains.
    { stdin: png, env: { OMP_THREAD_LIMIT: '1' } },
  );
  const words = parseTsv(stdout.toString('utf8'));
  const confident = words.filter((word) => word.confidence >= MIN_WORD_CONFIDENCE);
  const confidentChars = confident.reduce(
    (sum, word) => sum + [...word.text].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length,
    0,
  );
  if (confidentChars < 4) {
    throw inputError(
      'trace.no_text',
      'No readable text was found in the image; send a sharper photo or scan of a printed page.',
    );
  }
  const confidence =
    words.reduce((sum, word) => sum + Math.max(0, word.confidence), 0) / (100 * words.length);
  return { text: wordsToText(words, lang), confidence };
};
