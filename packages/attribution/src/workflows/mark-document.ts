import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { inputError } from '@vigil/core';
import {
  SeededRandom,
  capacityReport,
  generateTardosCode,
  sampleCodeword,
  type CapacityReport,
  type TardosParameters,
} from '../codes/index.ts';
import {
  countWords,
  readRecipientsFile,
  readSourceDocument,
  type Recipient,
} from '../documents/index.ts';
import { compileTemplate, discoverSites, renderCopy, renderOriginal } from '../marking/index.ts';
import type { AttributionStore, MarkedDocument } from '../store/index.ts';
import type { OnProgress } from './progress.ts';
import { layoutCapacity } from '../layout/index.ts';
import { writePdfCopies } from './pdf-copies.ts';

export interface MarkOptions {
  docPath: string;
  recipientsPath: string;
  outDir: string;
  store: AttributionStore;
  /** c: the largest coalition to resist (default 2). */
  coalition?: number;
  /** ε: tolerated probability of accusing any innocent (default 1e-3). */
  falseAccusation?: number;
  /** Write print-ready PDFs with layout marks (default true). */
  pdf?: boolean;
  /** Threads printing PDFs (default: one per core for large batches; 1 prints in this thread). */
  pdfWorkers?: number;
  /** Mark even when the document is too short for (n, c, ε). */
  allowWeak?: boolean;
  /** Fixed seed (tests, benchmarks). Without it, codewords come from the OS CSPRNG. */
  seed?: string;
  onProgress?: OnProgress;
}

export interface MarkResult {
  documentId: string;
  title: string;
  lang: 'en' | 'zh';
  recipients: number;
  textSites: number;
  layoutSites: number;
  /** Σ log2 q over all code positions. */
  codeBits: number;
  capacity: CapacityReport;
  params: TardosParameters;
  files: { markdown: number; pdf: number };
  outDir: string;
}

/** Mark one document for every recipient: copies in `outDir`, the record in the store. */
export async function markDocument(options: MarkOptions): Promise<MarkResult> {
  const progress = options.onProgress ?? (() => {});
  const source = readSourceDocument(options.docPath);
  const recipients = readRecipientsFile(options.recipientsPath);
  const params: TardosParameters = {
    recipients: recipients.length,
    coalition: options.coalition ?? 2,
    falseAccusation: options.falseAccusation ?? 1e-3,
  };
  validateParams(params);
  const wantPdf = options.pdf ?? true;

  const sites = discoverSites(source.text, source.lang);
  const template = compileTemplate(source.text, sites);
  const original = renderOriginal(template);
  const layoutSites = wantPdf ? await layoutCapacity({ text: original, lang: source.lang }) : 0;
  const alphabetSizes = new Uint8Array(sites.length + layoutSites).fill(2);
  sites.forEach((s, i) => (alphabetSizes[i] = s.variants.length));
  const words = countWords(original, source.lang);
  const capacity = capacityReport(params, alphabetSizes, words);
  if (!capacity.sufficient && !options.allowWeak) {
    throw inputError(
      'mark.insufficient_capacity',
      `${source.name} has too few mark sites for ${params.recipients} recipients, coalitions up to ${params.coalition} and ε = ${params.falseAccusation}: ` +
        `it offers ${capacity.available} binary-equivalent code positions (${sites.length} text sites, ${layoutSites} layout sites) but needs ${capacity.required}. ` +
        `Add about ${capacity.wordsNeeded} more words of similar prose, lower --coalition, raise --epsilon, or pass --allow-weak to mark anyway.`,
      { ...capacity, textSites: sites.length, layoutSites },
    );
  }

  const rng =
    options.seed !== undefined ? new SeededRandom(options.seed) : new SeededRandom(randomBytes(16));
  const code = generateTardosCode(alphabetSizes, { coalition: params.coalition, rng });
  const codewords = recipients.map(() => sampleCodeword(code, rng));
  const createdAt = new Date().toISOString();
  const documentId = `doc-${createHash('sha256').update(source.text).update(createdAt).update(rng.nextUint32().toString()).digest('hex').slice(0, 12)}`;

  fs.mkdirSync(options.outDir, { recursive: true });
  // PDFs are printed by worker threads (for large batches) while this thread writes Markdown.
  const printing = wantPdf
    ? writePdfCopies(
        {
          outDir: options.outDir,
          lang: source.lang,
          title: source.title,
          createdAt,
          template,
          ids: recipients.map((r) => r.id),
          codewords: packCodewords(codewords, alphabetSizes.length),
          codewordLength: alphabetSizes.length,
        },
        {
          ...(options.pdfWorkers !== undefined ? { workers: options.pdfWorkers } : {}),
          onProgress: (done) =>
            progress({ phase: 'pdf copies', done, total: recipients.length, unit: 'copies' }),
        },
      )
    : Promise.resolve(0);
  // If writing the Markdown copies fails, the error to report is that one, not a later PDF one.
  printing.catch(() => {});
  writeMarkdownCopies(options.outDir, recipients, codewords, template, sites.length, progress);
  const pdfs = await printing;

  const record: MarkedDocument = {
    id: documentId,
    title: source.title,
    lang: source.lang,
    sourceName: source.name,
    sourceText: source.text,
    sites,
    textSites: sites.length,
    layoutSites,
    words,
    params,
    code,
    createdAt,
  };
  progress({ phase: 'recording', done: 0, total: 1 });
  await options.store.saveDocument(record, recipients, codewords);
  progress({ phase: 'recording', done: 1, total: 1 });

  let codeBits = 0;
  for (const q of alphabetSizes) codeBits += Math.log2(q);
  return {
    documentId,
    title: source.title,
    lang: source.lang,
    recipients: recipients.length,
    textSites: sites.length,
    layoutSites,
    codeBits: Math.round(codeBits * 10) / 10,
    capacity,
    params,
    files: { markdown: recipients.length, pdf: pdfs },
    outDir: options.outDir,
  };
}

function writeMarkdownCopies(
  outDir: string,
  recipients: readonly Recipient[],
  codewords: readonly Uint8Array[],
  template: ReturnType<typeof compileTemplate>,
  textSites: number,
  progress: OnProgress,
): void {
  for (let j = 0; j < recipients.length; j++) {
    fs.writeFileSync(
      path.join(outDir, `${recipients[j]!.id}.md`),
      renderCopy(template, codewords[j]!.subarray(0, textSites)),
    );
    if (j % 500 === 499 || j === recipients.length - 1)
      progress({ phase: 'markdown copies', done: j + 1, total: recipients.length, unit: 'copies' });
  }
}

/** All codewords in one buffer, row after row: one transfer to a worker thread. */
function packCodewords(codewords: readonly Uint8Array[], length: number): Uint8Array {
  const packed = new Uint8Array(codewords.length * length);
  codewords.forEach((word, j) => packed.set(word, j * length));
  return packed;
}

function validateParams(p: TardosParameters): void {
  if (!Number.isInteger(p.coalition) || p.coalition < 1)
    throw inputError(
      'mark.bad_coalition',
      `--coalition must be a whole number ≥ 1 (got ${p.coalition})`,
    );
  if (!(p.falseAccusation > 0 && p.falseAccusation < 1))
    throw inputError(
      'mark.bad_epsilon',
      `--epsilon must be between 0 and 1 (got ${p.falseAccusation})`,
    );
}
