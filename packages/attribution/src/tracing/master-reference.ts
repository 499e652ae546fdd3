import type { Lang } from '../documents/language.ts';
import type { MarkTemplate } from '../marking/index.ts';
import { normalizeForMatching } from './normalize-text.ts';

/**
 * The master document in matching form, with every text site located in it: R is the copy with
 * each site at its author's variant, normalised piece by piece so that site spans in R are exact.
 */
export interface MasterReference {
  text: string;
  siteStarts: Int32Array;
  siteEnds: Int32Array;
  /** Normalised variants per site. */
  variants: string[][];
}

export function buildMasterReference(template: MarkTemplate, lang: Lang): MasterReference {
  const m = template.sites.length;
  const siteStarts = new Int32Array(m);
  const siteEnds = new Int32Array(m);
  const variants: string[][] = [];
  let text = '';
  const append = (piece: string) => {
    let p = normalizeForMatching(piece, lang);
    if (lang === 'en' && text.endsWith(' ') && p.startsWith(' ')) p = p.slice(1);
    text += p;
  };
  for (let i = 0; i < m; i++) {
    append(template.literals[i]!);
    const site = template.sites[i]!;
    const normalized = site.variants.map((v) => normalizeForMatching(v, lang));
    variants.push(normalized);
    siteStarts[i] = text.length;
    append(site.variants[site.original]!);
    siteEnds[i] = text.length;
  }
  append(template.literals[m]!);
  return { text, siteStarts, siteEnds, variants };
}
