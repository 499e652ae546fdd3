import type { Lang } from '../documents/language.ts';
import { ENGLISH_FAMILIES } from './english-variants.ts';
import { CHINESE_FAMILIES } from './chinese-variants.ts';
import { CHINESE_RULES, ENGLISH_RULES } from './style-rules.ts';
import type { RuleMatch, VariantFamily } from './variant-family.ts';

/** One meaning-preserving choice in the master document: the span [start, end) of the source text. */
export interface MarkSite {
  start: number;
  end: number;
  family: string;
  /** q ≥ 2 distinct variants; a recipient's code symbol picks one. */
  variants: string[];
  /** Which variant the author wrote. */
  original: number;
}

/** Author-declared variants `{{shall|will}}`: the first is the author's default. */
const DECLARED = /\{\{([^{}|]+(?:\|[^{}|]*)+)\}\}/g;

/** Text that must never change: code, URLs, link targets, front matter keys. */
const FROZEN = [
  /`[^`\n]*`/g,
  /```[\s\S]*?```/g,
  /https?:\/\/\S+/g,
  /\]\([^)]*\)/g,
  /[\w.+-]+@[\w-]+\.[\w.]+/g,
];

/** Families that never co-occur (Chinese families never apply to English text and vice versa). */
export function discoverSites(text: string, lang: Lang): MarkSite[] {
  const candidates: RuleMatch[] = [];
  const frozen: Array<[number, number]> = [];
  for (const re of FROZEN)
    for (const m of text.matchAll(re)) frozen.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DECLARED)) {
    const variants = m[1]!.split('|');
    if (new Set(variants).size === variants.length) {
      candidates.push({
        start: m.index,
        end: m.index + m[0].length,
        family: 'declared',
        variants,
        original: 0,
      });
    }
    frozen.push([m.index, m.index + m[0].length]);
  }
  const declaredCount = candidates.length;
  candidates.push(...familyMatches(text, lang));
  for (const rule of lang === 'zh' ? CHINESE_RULES : ENGLISH_RULES) candidates.push(...rule(text));

  // Declared sites win, then longer matches; the rest must not overlap a chosen site or frozen text.
  const declared = candidates.slice(0, declaredCount);
  const others = candidates
    .slice(declaredCount)
    .filter(
      (c) =>
        !frozen.some(([s, e]) => c.start < e && s < c.end) &&
        new Set(c.variants).size === c.variants.length,
    )
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const chosen: MarkSite[] = [...declared];
  let lastEnd = -1;
  for (const c of others) {
    if (
      c.start < lastEnd ||
      (c.start === lastEnd && c.end === c.start && chosen.at(-1)?.end === c.start)
    )
      continue;
    chosen.push({
      start: c.start,
      end: c.end,
      family: c.family,
      variants: c.variants,
      original: c.original,
    });
    lastEnd = Math.max(lastEnd, c.end);
  }
  chosen.sort((a, b) => a.start - b.start);
  return removeOverlaps(chosen);
}

function removeOverlaps(sites: MarkSite[]): MarkSite[] {
  const out: MarkSite[] = [];
  for (const s of sites) {
    const prev = out.at(-1);
    if (
      prev &&
      (s.start < prev.end ||
        (s.start === prev.end && (s.start === s.end || prev.start === prev.end)))
    ) {
      if (s.family === 'declared' && prev.family !== 'declared') out[out.length - 1] = s;
      continue;
    }
    out.push(s);
  }
  return out;
}

interface CompiledFamilies {
  regex: RegExp;
  byTrigger: Map<string, VariantFamily>;
}

const compiled = new Map<Lang, CompiledFamilies>();

function compile(lang: Lang): CompiledFamilies {
  const cached = compiled.get(lang);
  if (cached) return cached;
  const families = lang === 'zh' ? CHINESE_FAMILIES : ENGLISH_FAMILIES;
  const byTrigger = new Map<string, VariantFamily>();
  for (const family of families) {
    for (const trigger of family.triggers ?? family.variants)
      byTrigger.set(trigger.toLowerCase(), family);
  }
  const alternation = [...byTrigger.keys()]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  const regex =
    lang === 'zh'
      ? new RegExp(`(?:${alternation})`, 'gu')
      : new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${alternation})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu');
  const result = { regex, byTrigger };
  compiled.set(lang, result);
  return result;
}

function familyMatches(text: string, lang: Lang): RuleMatch[] {
  const { regex, byTrigger } = compile(lang);
  const out: RuleMatch[] = [];
  for (const m of text.matchAll(regex)) {
    const matched = m[0];
    const family = byTrigger.get(matched.toLowerCase());
    if (!family) continue;
    if (lang === 'zh' && blockedChinese(text, m.index, matched)) continue;
    if (
      family.notFollowedBy?.test(
        text.slice(m.index + matched.length, m.index + matched.length + 12),
      )
    )
      continue;
    const variants = family.variants.map((v) => matchCase(v, matched));
    const original = family.variants.findIndex((v) => v.toLowerCase() === matched.toLowerCase());
    if (original < 0) continue;
    out.push({
      start: m.index,
      end: m.index + matched.length,
      family: family.id,
      variants,
      original,
    });
  }
  return out;
}

/** Compounds in which a trigger is not the word it looks like (所有权 = ownership, 不得不 = must). */
const ZH_BLOCKED_AFTER: Record<string, string> = {
  所有: '权者制',
  不得: '不已',
  同时: '期代',
  开始: '时',
  都: '市会',
  已: '婚',
};
const ZH_BLOCKED_BEFORE: Record<string, string> = { 都: '首成', 已: '而得不' };

function blockedChinese(text: string, index: number, matched: string): boolean {
  const after = ZH_BLOCKED_AFTER[matched];
  const before = ZH_BLOCKED_BEFORE[matched];
  return (
    (after !== undefined && after.includes(text[index + matched.length] ?? '')) ||
    (before !== undefined && before.includes(text[index - 1] ?? ''))
  );
}

/** Give the variant the capitalisation of the text it replaces. */
function matchCase(variant: string, matched: string): string {
  if (matched.length > 1 && matched === matched.toUpperCase() && /\p{Lu}/u.test(matched))
    return variant.toUpperCase();
  const first = matched[0] ?? '';
  if (first !== first.toLowerCase()) return variant.charAt(0).toUpperCase() + variant.slice(1);
  if (first !== first.toUpperCase()) return variant.charAt(0).toLowerCase() + variant.slice(1);
  return variant;
}
