export type Lang = 'en' | 'zh';

/** Simplified Chinese when CJK ideographs make up at least 30% of the letters, else English. */
export function detectLanguage(text: string): Lang {
  let cjk = 0;
  let letters = 0;
  for (const ch of text) {
    if (/[\u3400-\u9fff]/.test(ch)) {
      cjk++;
      letters++;
    } else if (/\p{L}/u.test(ch)) letters++;
  }
  return letters > 0 && cjk / letters >= 0.3 ? 'zh' : 'en';
}

/** Words for capacity planning: English words, or Chinese characters / 1.5 (≈ words per char in 公文). */
export function countWords(text: string, lang: Lang): number {
  if (lang === 'zh') return Math.round((text.match(/[\u3400-\u9fff]/g)?.length ?? 0) / 1.5);
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
