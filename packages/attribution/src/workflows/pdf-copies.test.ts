import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfText, rasterizePdf, readLayoutBits, renderMarkedPdf } from '../layout/index.ts';
import { generatePolicyDocument } from '../samples/index.ts';
import { openSqliteAttributionStore, type AttributionStore } from '../store/index.ts';
import { readLeakFile } from '../tracing/index.ts';
import { markDocument, type MarkResult } from './mark-document.ts';
import { traceLeak } from './trace-leak.ts';

// The batch print path: fonts subset once for the document, copies laid out from the
// pre-tokenized template and printed by worker threads. Its copies must trace back exactly as
// the one-copy renderer's do.
const RECIPIENTS = 6;
let dir: string;
let store: AttributionStore;
let marked: MarkResult;
const out = () => path.join(dir, 'out');
const pdfOf = (id: string) => new Uint8Array(fs.readFileSync(path.join(out(), `${id}.pdf`)));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-pdf-copies-'));
  const rows = [
    'id,name,email,department',
    ...Array.from({ length: RECIPIENTS }, (_, j) => `w${j},Person ${j},w${j}@agency.gov,Unit`),
  ];
  fs.writeFileSync(path.join(dir, 'recipients.csv'), `${rows.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'policy.md'), generatePolicyDocument('en', 900, 11));
  store = await openSqliteAttributionStore(path.join(dir, 'home'));
  marked = await markDocument({
    docPath: path.join(dir, 'policy.md'),
    recipientsPath: path.join(dir, 'recipients.csv'),
    outDir: out(),
    store,
    seed: 'workers',
    pdfWorkers: 2,
  });
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('PDF copies printed by worker threads', () => {
  it('GIVEN two workers WHEN marking THEN every recipient gets a PDF whose text is their Markdown copy', async () => {
    expect(marked.files.pdf, 'one PDF per recipient').toBe(RECIPIENTS);
    const { recipients, matrix } = await store.loadRecipients(marked.documentId);
    for (const id of ['w0', 'w5']) {
      const markdown = fs.readFileSync(path.join(out(), `${id}.md`), 'utf8');
      const word = matrix.codeword(recipients.findIndex((r) => r.id === id));
      // The one-copy renderer with the same layout bits (word shifts move gaps, and with them
      // where pdftotext sees spaces) is the reference.
      const reference = await extractPdfText(
        await renderMarkedPdf({
          text: markdown,
          lang: 'en',
          layoutBits: word.subarray(marked.textSites),
        }),
      );
      expect(await extractPdfText(pdfOf(id)), `text of ${id}.pdf`).toBe(reference);
    }
  });

  it('GIVEN a leaked PDF from the batch WHEN traced THEN exactly its recipient is accused', async () => {
    const result = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(path.join(out(), 'w3.pdf')),
    });
    expect(result.accused.map((a) => a.id)).toEqual(['w3']);
  });

  it('GIVEN a rendered page of a batch copy WHEN read THEN its layout bits are the recipient codeword and OCR tracing accuses the recipient', async () => {
    const [page] = await rasterizePdf(pdfOf('w1'));
    const { recipients, matrix } = await store.loadRecipients(marked.documentId);
    const word = matrix.codeword(recipients.findIndex((r) => r.id === 'w1'));
    const copy = fs.readFileSync(path.join(out(), 'w1.md'), 'utf8');
    const bits = await readLayoutBits(page!, { text: copy, lang: 'en' });
    const read = bits.flatMap((bit, i) =>
      bit === null ? [] : [[bit, word[marked.textSites + i]]],
    );
    expect(read.length, 'layout bits read on page 1').toBeGreaterThan(20);
    expect(
      read.filter(([bit, printed]) => bit !== printed),
      'bits read differ from those printed',
    ).toEqual([]);

    const file = path.join(dir, 'w1-page1.png');
    fs.writeFileSync(file, page!);
    const result = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(file),
    });
    expect(result.leakKind).toBe('image');
    expect(result.accused.map((a) => a.id)).toEqual(['w1']);
  });

  it('GIVEN a Chinese document WHEN printed by workers THEN text, PDF tracing and the layout bits of a page hold', async () => {
    fs.writeFileSync(path.join(dir, 'policy-zh.md'), generatePolicyDocument('zh', 1200, 12));
    const zhOut = path.join(dir, 'out-zh');
    const zh = await markDocument({
      docPath: path.join(dir, 'policy-zh.md'),
      recipientsPath: path.join(dir, 'recipients.csv'),
      outDir: zhOut,
      store,
      seed: 'workers-zh',
      pdfWorkers: 2,
    });
    const pdf = new Uint8Array(fs.readFileSync(path.join(zhOut, 'w2.pdf')));
    const markdown = fs.readFileSync(path.join(zhOut, 'w2.md'), 'utf8');
    const { recipients, matrix } = await store.loadRecipients(zh.documentId);
    const word = matrix.codeword(recipients.findIndex((r) => r.id === 'w2'));
    const layoutBits = word.subarray(zh.textSites);
    expect(await extractPdfText(pdf), 'text of w2.pdf').toBe(
      await extractPdfText(await renderMarkedPdf({ text: markdown, lang: 'zh', layoutBits })),
    );
    const traced = await traceLeak({
      store,
      documentId: zh.documentId,
      leak: readLeakFile(path.join(zhOut, 'w2.pdf')),
    });
    expect(traced.accused.map((a) => a.id)).toEqual(['w2']);

    const [page] = await rasterizePdf(pdf);
    const bits = await readLayoutBits(page!, { text: markdown, lang: 'zh' });
    const read = bits.flatMap((bit, i) => (bit === null ? [] : [[bit, word[zh.textSites + i]]]));
    expect(read.length, 'layout bits read on page 1').toBeGreaterThan(15);
    expect(
      read.filter(([bit, printed]) => bit !== printed),
      'bits read differ from those printed',
    ).toEqual([]);
  });
});
