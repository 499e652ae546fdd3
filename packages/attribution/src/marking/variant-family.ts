/**
 * A family of interchangeable, meaning-preserving spellings or phrasings. Any occurrence of one of
 * its `triggers` in a master document becomes a mark site whose q variants are `variants`.
 * `triggers` defaults to all variants; it is narrower when a variant is ambiguous in general text
 * (e.g. "about" also means "concerning", so only "approximately" triggers the family).
 */
export interface VariantFamily {
  id: string;
  variants: readonly string[];
  triggers?: readonly string[];
  /** Skip a match when the text right after it matches ("each other" is not "every other"). */
  notFollowedBy?: RegExp;
}

/** A family instance produced by a rule (numbers, dates, serial comma) rather than a fixed list. */
export interface RuleMatch {
  start: number;
  end: number;
  family: string;
  variants: string[];
  original: number;
}

export type SiteRule = (text: string) => RuleMatch[];
