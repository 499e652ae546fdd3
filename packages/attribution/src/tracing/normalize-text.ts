import type { Lang } from '../documents/language.ts';

/**
 * The form in which master and leak are compared. Retyping, PDF extraction and OCR all lose
 * case, Markdown markup and whitespace layout, so those are dropped; punctuation is kept because
 * punctuation style is itself a mark. Chinese OCR inserts spaces between characters, so Chinese
 * drops whitespace entirely; English collapses it to single spaces.
 */
export function normalizeForMatching(text: string, lang: Lang): string {
  const unmarked = text
    .replace(/\u00ad/g, '')
    .replace(/[#*_>`~|]/g, ' ')
    .replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
  if (lang === 'zh') return unmarked.replace(/\s+/g, '');
  return unmarked.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
}
