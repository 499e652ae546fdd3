export { discoverSites, type MarkSite } from './site-discovery.ts';
export { compileTemplate, renderCopy, renderOriginal, type MarkTemplate } from './mark-template.ts';
export { ENGLISH_FAMILIES } from './english-variants.ts';
export { CHINESE_FAMILIES } from './chinese-variants.ts';
export type { VariantFamily } from './variant-family.ts';
