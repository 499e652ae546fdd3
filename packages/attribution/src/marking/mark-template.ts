import type { MarkSite } from './site-discovery.ts';

/**
 * A master document compiled for fast copy generation: the literal text between sites plus the
 * sites' variants. A recipient's copy is literals[0] + v_0 + literals[1] + v_1 + … — filling
 * 10,000 copies is then a join per recipient, with no parsing.
 */
export interface MarkTemplate {
  literals: string[];
  sites: MarkSite[];
}

export function compileTemplate(text: string, sites: readonly MarkSite[]): MarkTemplate {
  const literals: string[] = [];
  let cursor = 0;
  for (const site of sites) {
    literals.push(text.slice(cursor, site.start));
    cursor = site.end;
  }
  literals.push(text.slice(cursor));
  return { literals, sites: [...sites] };
}

/** The copy whose text sites carry `symbols` (one symbol per site, in site order). */
export function renderCopy(template: MarkTemplate, symbols: ArrayLike<number>): string {
  const { literals, sites } = template;
  const parts = new Array<string>(literals.length + sites.length);
  for (let i = 0; i < sites.length; i++) {
    parts[2 * i] = literals[i]!;
    const site = sites[i]!;
    parts[2 * i + 1] = site.variants[symbols[i]!] ?? site.variants[site.original]!;
  }
  parts[parts.length - 1] = literals[literals.length - 1]!;
  return parts.join('');
}

/** The author's own text (declared `{{a|b}}` resolved to their first variant). */
export function renderOriginal(template: MarkTemplate): string {
  return renderCopy(
    template,
    template.sites.map((s) => s.original),
  );
}
