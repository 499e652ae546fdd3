export { normalizeForMatching } from './normalize-text.ts';
export { buildMasterReference, type MasterReference } from './master-reference.ts';
export { findAnchors, type Anchor } from './anchor-alignment.ts';
export { readTextSites, anchorLength, type SiteReading, type TextReading } from './read-sites.ts';
export { editDistance } from './edit-distance.ts';
export { readLeakFile, leakKind, decodeText, type LeakInput, type LeakKind } from './leak-input.ts';
