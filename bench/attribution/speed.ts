import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  SeededRandom,
  excerpt,
  generatePolicyDocument,
  markDocument,
  openSqliteAttributionStore,
  renderCopy,
  traceLeak,
  type AttributionStore,
} from '../../packages/attribution/src/index.ts';
import { renderMarkedPdf } from '../../packages/attribution/src/layout/index.ts';
import type { MarkedCorpus } from './marked-corpus.ts';
import { recipientsOf } from './marked-corpus.ts';

export interface MarkSpeed {
  words: number;
  recipients: number;
  textSites: number;
  markdownSeconds: number;
  pdfSecondsPerCopy: number;
  pdfSampled: number;
}

/** `markDocument` on a 10-page (≈5,000-word) document for n recipients, Markdown copies + store record. */
export async function measureMarking(n: number, pdfSample: number): Promise<MarkSpeed> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-mark-'));
  try {
    const source = generatePolicyDocument('en', 5000, 21);
    fs.writeFileSync(path.join(dir, 'doc.md'), source);
    const rows = [
      'id,name,email,department',
      ...recipientsOf(n).map((r) => `${r.id},${r.name},${r.email},${r.department}`),
    ];
    fs.writeFileSync(path.join(dir, 'recipients.csv'), `${rows.join('\n')}\n`);
    const store = await openSqliteAttributionStore(path.join(dir, 'home'));
    const started = performance.now();
    const result = await markDocument({
      docPath: path.join(dir, 'doc.md'),
      recipientsPath: path.join(dir, 'recipients.csv'),
      outDir: path.join(dir, 'out'),
      store,
      pdf: false,
      seed: 'speed',
    });
    const markdownSeconds = (performance.now() - started) / 1000;
    await store.close();
    // PDFs: render a sample of copies and report the per-copy time.
    const pdfStarted = performance.now();
    for (let j = 0; j < pdfSample; j++) {
      const text = fs.readFileSync(
        path.join(dir, 'out', `${recipientsOf(pdfSample)[j]!.id}.md`),
        'utf8',
      );
      await renderMarkedPdf({
        text,
        lang: 'en',
        layoutBits: new Uint8Array(400).map((_, k) => (k * 7 + j) % 2),
      });
    }
    const pdfSecondsPerCopy = (performance.now() - pdfStarted) / 1000 / pdfSample;
    return {
      words: result.capacity.available >= 0 ? source.split(/\s+/).length : 0,
      recipients: n,
      textSites: result.textSites,
      markdownSeconds,
      pdfSecondsPerCopy,
      pdfSampled: pdfSample,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** End-to-end `traceLeak` from the store (codeword loading included), OCR excluded: median of runs. */
export async function measureTracing(
  corpus: MarkedCorpus,
  store: AttributionStore,
  runs: number,
): Promise<{ excerptMs: number; fullMs: number }> {
  const rng = new SeededRandom('speed-trace');
  const time = async (leak: string) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      await traceLeak({
        store,
        documentId: corpus.record.id,
        leak: { name: 'leak.txt', kind: 'text', bytes: new TextEncoder().encode(leak) },
      });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
  const copy = renderCopy(
    corpus.template,
    corpus.codewords[42]!.subarray(0, corpus.record.textSites),
  );
  return { excerptMs: await time(excerpt(copy, 300, corpus.lang, rng)), fullMs: await time(copy) };
}

export type { AttributionStore };
