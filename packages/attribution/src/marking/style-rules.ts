import type { RuleMatch, SiteRule } from './variant-family.ts';
import { CHINESE_ENUMERATION_COMMA, CHINESE_PUNCTUATION } from './chinese-variants.ts';

/**
 * Rule-based sites: number, date and punctuation styles whose variants are computed from the
 * matched text. Every rule returns variants in a fixed order per family so that a symbol means
 * the same style everywhere in the document.
 */

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Numbers after these words are identifiers ("Section 5"), not quantities. */
const LABEL_BEFORE =
  /(section|article|chapter|paragraph|part|annex|appendix|no\.|page|level|tier|step|phase|grade|version|room)\s*$/i;

/** "five days" ↔ "5 days" for quantities two–ten (style guides allow either in official prose). */
const englishSmallNumbers: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const re =
    /(?<![\p{L}\p{N}.,\-/])(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)(?= [a-z])(?![\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    if (LABEL_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const token = m[0];
    const k = /\d/.test(token) ? Number(token) - 2 : NUMBER_WORDS.indexOf(token);
    if (k < 0) continue;
    out.push({
      start,
      end: start + token.length,
      family: 'number-style',
      variants: [NUMBER_WORDS[k]!, String(k + 2)],
      original: /\d/.test(token) ? 1 : 0,
    });
  }
  return out;
};

/** "10,000" ↔ "10000" (digit grouping; years are never grouped so numbers < 10,000 are left alone). */
const digitGrouping: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const re = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d{5,9})(?![\p{L}\p{N}]|[.,]\d)/gu;
  for (const m of text.matchAll(re)) {
    const plain = m[0].replace(/,/g, '');
    if (Number(plain) < 10000) continue;
    const grouped = plain.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      family: 'digit-grouping',
      variants: [grouped, plain],
      original: m[0].includes(',') ? 0 : 1,
    });
  }
  return out;
};

const pad2 = (s: string) => s.padStart(2, '0');

/** "12 March 2025" ↔ "March 12, 2025" ↔ "2025-03-12". */
const englishDates: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const months = MONTHS.join('|');
  const dayFirst = new RegExp(`\\b(\\d{1,2}) (${months}) (\\d{4})\\b`, 'g');
  const monthFirst = new RegExp(`\\b(${months}) (\\d{1,2}), (\\d{4})\\b`, 'g');
  const variants = (d: string, mo: string, y: string) => {
    const mm = pad2(String(MONTHS.indexOf(mo) + 1));
    return [`${Number(d)} ${mo} ${y}`, `${mo} ${Number(d)}, ${y}`, `${y}-${mm}-${pad2(d)}`];
  };
  for (const m of text.matchAll(dayFirst)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      family: 'date-style',
      variants: variants(m[1]!, m[2]!, m[3]!),
      original: 0,
    });
  }
  for (const m of text.matchAll(monthFirst)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      family: 'date-style',
      variants: variants(m[2]!, m[1]!, m[3]!),
      original: 1,
    });
  }
  return out;
};

/** Serial (Oxford) comma: "A, B and C" ↔ "A, B, and C". The site is the optional comma itself. */
const serialComma: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const re = /(?<=[\p{L}\p{N})])(,?)(?= (?:and|or) [\p{L}\p{N}])/gu;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const before = text.slice(Math.max(0, start - 80), start);
    const sentence = before.slice(
      Math.max(
        before.lastIndexOf('.'),
        before.lastIndexOf(';'),
        before.lastIndexOf(':'),
        before.lastIndexOf('\n'),
      ) + 1,
    );
    if (!sentence.includes(',')) continue;
    out.push({
      start,
      end: start + m[0].length,
      family: 'serial-comma',
      variants: ['', ','],
      original: m[0] === ',' ? 1 : 0,
    });
  }
  return out;
};

/** Hyphenated compound modifiers: "two-person" ↔ "two person" (hyphenation is a style choice). */
const compoundHyphens: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  for (const m of text.matchAll(/(?<=\p{L}{2})-(?=\p{L}{2})/gu)) {
    out.push({
      start: m.index,
      end: m.index + 1,
      family: 'hyphenation',
      variants: ['-', ' '],
      original: 0,
    });
  }
  return out;
};

const ZH_DIGITS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const ZH_MEASURE = '个项名天周年次条人份类种家所级';

/** "五个工作日" ↔ "5个工作日" for quantities two–ten before a measure word. */
const chineseSmallNumbers: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const re = new RegExp(
    `(?<![一二三四五六七八九十百千万零两\\d.])([两三四五六七八九十]|[2-9]|10)(?=[${ZH_MEASURE}])`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const token = m[0];
    const k = /\d/.test(token) ? Number(token) : ZH_DIGITS.indexOf(token);
    if (k < 2) continue;
    out.push({
      start: m.index,
      end: m.index + token.length,
      family: 'zh-number-style',
      variants: [ZH_DIGITS[k]!, String(k)],
      original: /\d/.test(token) ? 1 : 0,
    });
  }
  return out;
};

/** "2025年3月12日" ↔ "2025-03-12" ↔ "2025年03月12日". */
const chineseDates: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  for (const m of text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
    const [, y, mo, d] = m;
    const variants = [
      `${y}年${Number(mo)}月${Number(d)}日`,
      `${y}-${pad2(mo!)}-${pad2(d!)}`,
      `${y}年${pad2(mo!)}月${pad2(d!)}日`,
    ];
    const unique = [...new Set(variants)];
    const original = unique.indexOf(m[0]);
    if (original < 0) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      family: 'zh-date-style',
      variants: unique,
      original,
    });
  }
  return out;
};

/** Full-width ↔ half-width punctuation in Chinese text. */
const chinesePunctuation: SiteRule = (text) => {
  const out: RuleMatch[] = [];
  const lookup = new Map<string, [string, string]>();
  for (const pair of CHINESE_PUNCTUATION) {
    lookup.set(pair[0], pair);
    lookup.set(pair[1], pair);
  }
  const cjk = /[\u3400-\u9fff]/;
  for (let i = 0; i < text.length; i++) {
    const pair = lookup.get(text[i]!);
    if (!pair) continue;
    // Half-width marks count only between Chinese characters (not in "3:00" or "(a)").
    if (text[i] === pair[1] && !(cjk.test(text[i - 1] ?? '') || cjk.test(text[i + 1] ?? '')))
      continue;
    out.push({
      start: i,
      end: i + 1,
      family: `zh-punct:${pair[0]}`,
      variants: [pair[0], pair[1]],
      original: text[i] === pair[0] ? 0 : 1,
    });
  }
  for (const m of text.matchAll(/、/g)) {
    out.push({
      start: m.index,
      end: m.index + 1,
      family: 'zh-punct:、',
      variants: [...CHINESE_ENUMERATION_COMMA],
      original: 0,
    });
  }
  return out;
};

export const ENGLISH_RULES: readonly SiteRule[] = [
  englishSmallNumbers,
  digitGrouping,
  englishDates,
  serialComma,
  compoundHyphens,
];
export const CHINESE_RULES: readonly SiteRule[] = [
  chineseSmallNumbers,
  digitGrouping,
  chineseDates,
  chinesePunctuation,
];
