import { inputError, notFoundError } from '@vigil/core';
import { accuse, type Observation } from '../codes/index.ts';
import type { Lang } from '../documents/index.ts';
import { compileTemplate, renderCopy, type MarkTemplate } from '../marking/index.ts';
import type { AttributionStore, MarkedDocument } from '../store/index.ts';
import {
  buildMasterReference,
  decodeText,
  readTextSites,
  type LeakInput,
  type TextReading,
} from '../tracing/index.ts';
import { extractPdfText, ocrImage, rasterizePdf, readLayoutBits } from '../layout/index.ts';
import type { OnProgress } from './progress.ts';

export interface TraceOptions {
  store: AttributionStore;
  /** A document id, or 'auto' to find the document among all marked ones. */
  documentId: string;
  leak: LeakInput;
  /** ε for this accusation (default: the document's ε). */
  falseAccusation?: number;
  /**
   * Whether to read the word- and line-shift bits of a leaked PDF's pages. Rendering the pages
   * costs about a second each, so by default ('when-needed') they are read only when the text
   * alone accuses nobody; 'always' reads them every time, 'never' traces the text only.
   */
  pdfLayout?: 'when-needed' | 'always' | 'never';
  onProgress?: OnProgress;
}

export interface Evidence {
  site: number;
  family: string;
  /** The variant the leak shows, and the author's original at that site. */
  read: string;
  original: string;
}

export interface AccusedRecipient {
  id: string;
  name: string;
  email: string;
  department: string;
  score: number;
  windowScore: number;
  threshold: number;
  /** Read text sites [from, to) of the passage window where the evidence is strongest (null: whole leak). */
  passage: { from: number; to: number } | null;
  /** Read sites where this recipient's copy shows the variant the leak shows. */
  matchingSites: number;
}

export interface TraceResult {
  documentId: string;
  title: string;
  leakKind: LeakInput['kind'];
  verdict: 'accused' | 'insufficient_evidence';
  message: string;
  accused: AccusedRecipient[];
  threshold: number;
  falseAccusationBound: number;
  recipients: number;
  sitesRead: { text: number; layout: number; covered: number; total: number };
  ocrConfidence?: number;
  evidence: Evidence[];
}

/** Trace a leaked text, PDF or page image back to the recipient(s) whose copy it came from. */
export async function traceLeak(options: TraceOptions): Promise<TraceResult> {
  const progress = options.onProgress ?? (() => {});
  const { leak, store } = options;
  const explicit =
    options.documentId !== 'auto' ? await store.getDocument(options.documentId) : undefined;
  if (options.documentId !== 'auto' && !explicit) {
    throw notFoundError(
      'trace.unknown_document',
      `no marked document with id "${options.documentId}" in this store; run "vigil trace --doc auto" to search all documents`,
    );
  }
  const candidates = explicit ? [explicit] : await allDocuments(store);
  if (candidates.length === 0)
    throw notFoundError(
      'trace.no_documents',
      'no marked documents in this store; mark one first with "vigil mark"',
    );

  progress({ phase: 'reading leak', done: 0, total: 1 });
  const texts = new Map<Lang, { text: string; confidence?: number }>();
  const leakText = async (lang: Lang) => {
    let got = texts.get(lang);
    if (!got) {
      got = await extractLeakText(leak, lang);
      texts.set(lang, got);
    }
    return got;
  };

  // Match against every candidate; keep the document that explains the leak best.
  let best:
    | {
        doc: MarkedDocument;
        template: MarkTemplate;
        reading: TextReading;
        text: string;
        confidence?: number;
      }
    | undefined;
  for (const doc of candidates) {
    const { text, confidence } = await leakText(doc.lang);
    const template = compileTemplate(doc.sourceText, doc.sites);
    const reading = readTextSites(buildMasterReference(template, doc.lang), text, doc.lang);
    if (!best || reading.anchors > best.reading.anchors)
      best = { doc, template, reading, text, ...(confidence !== undefined ? { confidence } : {}) };
  }
  progress({ phase: 'reading leak', done: 1, total: 1 });
  if (!best) throw notFoundError('trace.no_documents', 'no marked documents in this store');
  if (options.documentId === 'auto' && (best.reading.anchors < 3 || best.reading.coverage < 0.2)) {
    throw notFoundError(
      'trace.no_matching_document',
      `${leak.name}: the leak matches none of the ${candidates.length} marked documents`,
    );
  }
  const { doc, template, reading } = best;

  const textObservations: Observation[] = reading.readings.map((r) => ({
    position: r.site,
    symbol: r.variant,
  }));
  const readLayout = async (): Promise<Observation[]> => {
    if (doc.layoutSites === 0) return [];
    const symbols = doc.sites.map((s) => s.original);
    for (const r of reading.readings) symbols[r.site] = r.variant;
    const master = { text: renderCopy(template, symbols), lang: doc.lang };
    const pages = leak.kind === 'pdf' ? await rasterizePdf(leak.bytes) : [leak.bytes];
    // Each page image names its own page (layout-reader finds it); a bit read on any page counts.
    const bits = new Array<0 | 1 | null>(doc.layoutSites).fill(null);
    for (const page of pages) {
      (await readLayoutBits(page, master)).forEach((bit, k) => {
        if (bit !== null && k < doc.layoutSites && bits[k] === null) bits[k] = bit;
      });
    }
    return bits.flatMap((bit, k) =>
      bit === null ? [] : [{ position: doc.textSites + k, symbol: bit }],
    );
  };

  progress({ phase: 'scoring', done: 0, total: 1 });
  const { recipients, matrix } = await store.loadRecipients(doc.id);
  const epsilon = options.falseAccusation ?? doc.params.falseAccusation;
  const pdfLayout = options.pdfLayout ?? 'when-needed';
  let layoutObservations: Observation[] = [];
  let result;
  if (leak.kind === 'image' || (leak.kind === 'pdf' && pdfLayout === 'always')) {
    layoutObservations = await readLayout();
    result = accuse(doc.code, matrix, textObservations, layoutObservations, epsilon);
  } else if (leak.kind === 'pdf' && pdfLayout === 'when-needed' && doc.layoutSites > 0) {
    // Two looks at the evidence, each at ε/2, so the chance that either accuses an innocent
    // stays within ε (union bound).
    result = accuse(doc.code, matrix, textObservations, [], epsilon / 2);
    if (result.accused.length === 0) {
      layoutObservations = await readLayout();
      if (layoutObservations.length > 0)
        result = accuse(doc.code, matrix, textObservations, layoutObservations, epsilon / 2);
    }
  } else {
    result = accuse(doc.code, matrix, textObservations, [], epsilon);
  }
  progress({ phase: 'scoring', done: 1, total: 1 });

  const allObservations = [...textObservations, ...layoutObservations];
  const accused: AccusedRecipient[] = result.accused.map((a) => {
    const r = recipients[a.recipient]!;
    const column = (o: Observation) => matrix.symbols[o.position * matrix.recipients + a.recipient];
    return {
      ...r,
      score: round(a.score),
      windowScore: round(a.windowScore),
      threshold: round(a.window.threshold),
      passage: a.window.full ? null : { from: a.window.from, to: a.window.to },
      matchingSites: allObservations.filter((o) => column(o) === o.symbol).length,
    };
  });
  const read = allObservations.length;
  const verdict = accused.length > 0 ? 'accused' : 'insufficient_evidence';
  const message =
    verdict === 'accused'
      ? `${accused.length} recipient${accused.length > 1 ? 's' : ''} accused; the probability that any innocent recipient is accused is at most ${epsilon}`
      : read === 0
        ? 'no mark sites could be read from the leak; nobody is accused'
        : `the evidence is too weak to accuse anyone: ${read} mark sites read, no recipient scores above the threshold ${round(result.threshold)} that bounds false accusation by ${epsilon}`;
  if (reading.anchors === 0 && leak.kind === 'text' && best.text.trim().length === 0) {
    throw inputError('trace.empty_leak', `${leak.name}: the leak contains no text`);
  }

  return {
    documentId: doc.id,
    title: doc.title,
    leakKind: leak.kind,
    verdict,
    message,
    accused,
    threshold: round(result.threshold),
    falseAccusationBound: epsilon,
    recipients: recipients.length,
    sitesRead: {
      text: textObservations.length,
      layout: layoutObservations.length,
      covered: reading.covered,
      total: doc.textSites + doc.layoutSites,
    },
    ...(best.confidence !== undefined ? { ocrConfidence: best.confidence } : {}),
    evidence: reading.readings.map((r) => {
      const site = doc.sites[r.site]!;
      return {
        site: r.site,
        family: site.family,
        read: site.variants[r.variant]!,
        original: site.variants[site.original]!,
      };
    }),
  };
}

async function extractLeakText(
  leak: LeakInput,
  lang: Lang,
): Promise<{ text: string; confidence?: number }> {
  let text: string;
  let confidence: number | undefined;
  if (leak.kind === 'pdf') text = await extractPdfText(leak.bytes);
  else if (leak.kind === 'image') {
    const ocr = await ocrImage(leak.bytes, lang);
    text = ocr.text;
    confidence = ocr.confidence;
  } else text = decodeText(leak.bytes);
  if (text.trim().length === 0) {
    throw inputError(
      leak.kind === 'image' ? 'trace.no_text' : 'trace.empty_leak',
      `${leak.name}: the leak contains no text to trace`,
    );
  }
  return confidence !== undefined ? { text, confidence } : { text };
}

async function allDocuments(store: AttributionStore): Promise<MarkedDocument[]> {
  const docs: MarkedDocument[] = [];
  for (const summary of await store.listDocuments()) {
    const doc = await store.getDocument(summary.id);
    if (doc) docs.push(doc);
  }
  return docs;
}

const round = (x: number) => Math.round(x * 100) / 100;
