import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePolicyDocument } from '../samples/index.ts';
import { openSqliteAttributionStore, type AttributionStore } from '../store/index.ts';
import { readLeakFile } from '../tracing/index.ts';
import sharp from 'sharp';
import { isVigilError } from '@vigil/core';
import { rasterizePdf } from '../layout/index.ts';
import { markDocument, type MarkResult } from './mark-document.ts';
import { traceLeak } from './trace-leak.ts';

// Print path: PDFs with layout marks, traced from the PDF file and from a rendered page image.
const RECIPIENTS = 12;
let dir: string;
let store: AttributionStore;
let marked: MarkResult;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-attribution-print-'));
  const rows = [
    'id,name,email,department',
    ...Array.from({ length: RECIPIENTS }, (_, j) => `p${j},Person ${j},p${j}@agency.gov,Unit`),
  ];
  fs.writeFileSync(path.join(dir, 'recipients.csv'), `${rows.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'policy.md'), generatePolicyDocument('en', 900, 5));
  store = await openSqliteAttributionStore(path.join(dir, 'home'));
  marked = await markDocument({
    docPath: path.join(dir, 'policy.md'),
    recipientsPath: path.join(dir, 'recipients.csv'),
    outDir: path.join(dir, 'out'),
    store,
    seed: 'print',
  });
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('print-ready copies', () => {
  it('GIVEN marking with PDFs WHEN done THEN every recipient has a PDF and the code includes layout sites', () => {
    expect(marked.files.pdf).toBe(RECIPIENTS);
    expect(marked.layoutSites).toBeGreaterThan(0);
    expect(
      fs
        .readFileSync(path.join(dir, 'out', 'p3.pdf'))
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
  });

  it('GIVEN a leaked PDF WHEN traced THEN its recipient is accused', async () => {
    const result = await traceLeak({
      store,
      documentId: 'auto',
      leak: readLeakFile(path.join(dir, 'out', 'p7.pdf')),
    });
    expect(result.leakKind).toBe('pdf');
    expect(result.accused.map((a) => a.id)).toEqual(['p7']);
  });

  it("GIVEN a leaked PDF WHEN its pages' layout is read too THEN the word- and line-shift bits are its recipient's", async () => {
    const result = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(path.join(dir, 'out', 'p9.pdf')),
      pdfLayout: 'always',
    });
    expect(result.accused.map((a) => a.id)).toEqual(['p9']);
    expect(result.sitesRead.layout).toBeGreaterThan(marked.layoutSites / 2);
    // Text only, the same leak reads no layout bits.
    const textOnly = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(path.join(dir, 'out', 'p9.pdf')),
      pdfLayout: 'never',
    });
    expect(textOnly.sitesRead.layout).toBe(0);
    // Nearly every layout bit read agrees with p9's codeword (a clean render: all of them).
    const layoutMatches = result.accused[0]!.matchingSites - textOnly.accused[0]!.matchingSites;
    expect(layoutMatches).toBeGreaterThanOrEqual(0.95 * result.sitesRead.layout);
  });

  it('GIVEN a rendered image of one printed page WHEN traced THEN OCR and alignment accuse its recipient', async () => {
    const pages = await rasterizePdf(
      new Uint8Array(fs.readFileSync(path.join(dir, 'out', 'p4.pdf'))),
    );
    const file = path.join(dir, 'page1.png');
    fs.writeFileSync(file, pages[0]!);
    const result = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(file),
    });
    expect(result.leakKind).toBe('image');
    expect(result.sitesRead.text).toBeGreaterThan(20);
    expect(result.accused.map((a) => a.id)).toEqual(['p4']);
  });

  it('GIVEN a photo with no text WHEN traced THEN a clear trace.no_text error', async () => {
    const blank = await sharp({
      create: { width: 800, height: 1100, channels: 3, background: '#f4f1ea' },
    })
      .jpeg()
      .toBuffer();
    const file = path.join(dir, 'blank.jpg');
    fs.writeFileSync(file, blank);
    const error = await traceLeak({
      store,
      documentId: marked.documentId,
      leak: readLeakFile(file),
    }).catch((e: unknown) => e);
    expect(isVigilError(error) && error.code).toBe('trace.no_text');
  });
});
