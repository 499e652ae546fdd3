import {
  CodewordMatrix,
  SeededRandom,
  buildMasterReference,
  compileTemplate,
  countWords,
  discoverSites,
  generatePolicyDocument,
  generateTardosCode,
  renderOriginal,
  sampleCodeword,
  type AttributionStore,
  type Lang,
  type MarkTemplate,
  type MarkedDocument,
  type MasterReference,
  type Recipient,
  type TardosCode,
} from '../../packages/attribution/src/index.ts';
import { layoutCapacity } from '../../packages/attribution/src/layout/index.ts';

/** One benchmark document marked for n recipients, held in memory and recorded in a store. */
export interface MarkedCorpus {
  lang: Lang;
  source: string;
  words: number;
  template: MarkTemplate;
  reference: MasterReference;
  code: TardosCode;
  codewords: Uint8Array[];
  matrix: CodewordMatrix;
  record: MarkedDocument;
  recipients: Recipient[];
}

export const recipientsOf = (n: number): Recipient[] =>
  Array.from({ length: n }, (_, j) => ({
    id: `r${String(j).padStart(5, '0')}`,
    name: `Recipient ${j}`,
    email: `r${j}@agency.gov`,
    department: `Unit ${j % 40}`,
  }));

/**
 * Built from the package's parts exactly as `markDocument` does, but without writing 10,000
 * files: the experiments need the codewords, not the copies on disk (markDocument's own speed is
 * measured separately).
 */
export async function buildMarkedCorpus(
  lang: Lang,
  words: number,
  n: number,
  coalition: number,
  store: AttributionStore,
): Promise<MarkedCorpus> {
  const source = generatePolicyDocument(lang, words, 11);
  const sites = discoverSites(source, lang);
  const template = compileTemplate(source, sites);
  const layoutSites = await layoutCapacity({ text: renderOriginal(template), lang });
  const sizes = new Uint8Array(sites.length + layoutSites).fill(2);
  sites.forEach((s, i) => (sizes[i] = s.variants.length));
  const rng = new SeededRandom(`bench:${lang}`);
  const code = generateTardosCode(sizes, { coalition, rng });
  const codewords = Array.from({ length: n }, () => sampleCodeword(code, rng));
  const recipients = recipientsOf(n);
  const record: MarkedDocument = {
    id: `bench-${lang}`,
    title: `benchmark ${lang}`,
    lang,
    sourceName: `policy-${lang}.md`,
    sourceText: source,
    sites,
    textSites: sites.length,
    layoutSites,
    words: countWords(source, lang),
    params: { recipients: n, coalition, falseAccusation: 1e-3 },
    code,
    createdAt: new Date().toISOString(),
  };
  await store.saveDocument(record, recipients, codewords);
  return {
    lang,
    source,
    words: record.words,
    template,
    reference: buildMasterReference(template, lang),
    code,
    codewords,
    matrix: CodewordMatrix.fromCodewords(codewords, sizes.length),
    record,
    recipients,
  };
}
