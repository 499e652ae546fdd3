import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVigilError } from '@vigil/core';
import { SeededRandom } from '../codes/index.ts';
import { excerpt, mixPassages, typos } from '../attacks/index.ts';
import { generatePolicyDocument } from '../samples/index.ts';
import { openSqliteAttributionStore, type AttributionStore } from '../store/index.ts';
import { leakKind, type LeakInput } from '../tracing/index.ts';
import { markDocument, type MarkResult } from './mark-document.ts';
import { traceLeak } from './trace-leak.ts';

const RECIPIENTS = 300;
let dir: string;
let store: AttributionStore;
let en: MarkResult;
let zh: MarkResult;

const textLeak = (text: string, name = 'leak.txt'): LeakInput => ({
  name,
  kind: 'text',
  bytes: new TextEncoder().encode(text),
});
const copyOf = (out: string, id: string) => fs.readFileSync(path.join(out, `${id}.md`), 'utf8');
const rid = (j: number) => `r${String(j).padStart(4, '0')}`;

async function expectVigilError(promise: Promise<unknown>, code: string): Promise<string> {
  try {
    await promise;
  } catch (e) {
    expect(isVigilError(e) && e.code, String(e)).toBe(code);
    return (e as Error).message;
  }
  throw new Error(`expected ${code}`);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-attribution-'));
  const rows = [
    'id,name,email,department',
    ...Array.from(
      { length: RECIPIENTS },
      (_, j) => `${rid(j)},Person ${j},p${j}@agency.gov,Unit ${j % 7}`,
    ),
  ];
  fs.writeFileSync(path.join(dir, 'recipients.csv'), `${rows.join('\n')}\n`);
  fs.writeFileSync(path.join(dir, 'policy-en.md'), generatePolicyDocument('en', 1500, 3));
  fs.writeFileSync(path.join(dir, 'policy-zh.md'), generatePolicyDocument('zh', 1500, 3));
  store = await openSqliteAttributionStore(path.join(dir, 'home'));
  const common = {
    recipientsPath: path.join(dir, 'recipients.csv'),
    store,
    pdf: false,
    seed: 'test',
  };
  en = await markDocument({
    ...common,
    docPath: path.join(dir, 'policy-en.md'),
    outDir: path.join(dir, 'out-en'),
  });
  zh = await markDocument({
    ...common,
    docPath: path.join(dir, 'policy-zh.md'),
    outDir: path.join(dir, 'out-zh'),
  });
});

afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('mark', () => {
  it('GIVEN a document and recipients WHEN marked THEN every copy differs and the record is stored', async () => {
    expect(en.textSites).toBeGreaterThan(250);
    expect(zh.textSites).toBeGreaterThan(250);
    const a = copyOf(en.outDir, rid(0));
    const b = copyOf(en.outDir, rid(1));
    expect(a).not.toBe(b);
    expect((await store.getDocument(en.documentId))?.textSites).toBe(en.textSites);
  });

  it('GIVEN a document too short for (n, c, ε) WHEN marked THEN says how many more words it needs', async () => {
    fs.writeFileSync(
      path.join(dir, 'short.md'),
      'All employees shall complete the briefing in order to keep access.\n',
    );
    const message = await expectVigilError(
      markDocument({
        docPath: path.join(dir, 'short.md'),
        recipientsPath: path.join(dir, 'recipients.csv'),
        outDir: path.join(dir, 'out-short'),
        store,
        pdf: false,
        coalition: 3,
      }),
      'mark.insufficient_capacity',
    );
    expect(message).toMatch(/Add about \d+ more words/);
  });
});

describe('trace text leaks', () => {
  it.each([
    ['en', () => en, 350],
    ['zh', () => zh, 350],
  ] as const)(
    'GIVEN a retyped %s excerpt with 2%% character errors WHEN traced THEN the leaker and nobody else is accused',
    async (lang, doc, words) => {
      const rng = new SeededRandom(`excerpt-${lang}`);
      for (let t = 0; t < 3; t++) {
        const leaker = rid(rng.int(RECIPIENTS));
        const leak = typos(
          excerpt(copyOf(doc().outDir, leaker), words, lang, rng),
          0.02,
          lang,
          rng,
        );
        const result = await traceLeak({
          store,
          documentId: doc().documentId,
          leak: textLeak(leak),
        });
        expect(result.accused.map((a) => a.id)).toEqual([leaker]);
        expect(result.falseAccusationBound).toBe(1e-3);
      }
    },
  );

  it('GIVEN a tiny fragment WHEN traced THEN says the evidence is too weak instead of guessing', async () => {
    const leak = excerpt(copyOf(en.outDir, rid(5)), 25, 'en', new SeededRandom(1));
    const result = await traceLeak({ store, documentId: en.documentId, leak: textLeak(leak) });
    expect(result.accused).toEqual([]);
    expect(result.verdict).toBe('insufficient_evidence');
  });

  it('GIVEN --doc auto WHEN traced THEN finds the right document among all marked ones', async () => {
    const leak = excerpt(copyOf(zh.outDir, rid(9)), 400, 'zh', new SeededRandom(2));
    const result = await traceLeak({ store, documentId: 'auto', leak: textLeak(leak) });
    expect(result.documentId).toBe(zh.documentId);
    expect(result.accused.map((a) => a.id)).toEqual([rid(9)]);
  });

  it.each([2, 3])(
    'GIVEN %i colluders mixing their copies passage by passage WHEN traced THEN only coalition members are accused',
    async (c) => {
      const rng = new SeededRandom(`coalition-${c}`);
      const members = new Set<string>();
      while (members.size < c) members.add(rid(rng.int(RECIPIENTS)));
      const mixed = mixPassages([...members].map((id) => copyOf(en.outDir, id)));
      const result = await traceLeak({ store, documentId: en.documentId, leak: textLeak(mixed) });
      expect(result.accused.length).toBeGreaterThan(0);
      for (const a of result.accused)
        expect(members.has(a.id), `${a.id} is not in the coalition`).toBe(true);
    },
  );
});

describe('bad inputs', () => {
  it('GIVEN an unknown document id WHEN traced THEN not found', async () => {
    await expectVigilError(
      traceLeak({ store, documentId: 'doc-nope', leak: textLeak('anything') }),
      'trace.unknown_document',
    );
  });

  it('GIVEN an empty leak WHEN traced THEN a clear error', async () => {
    await expectVigilError(
      traceLeak({ store, documentId: en.documentId, leak: textLeak('  \n') }),
      'trace.empty_leak',
    );
  });

  it('GIVEN an unsupported format THEN a clear error naming the file', () => {
    expect(() =>
      leakKind(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61]), 'leak.gif'),
    ).toThrow(/leak\.gif: unsupported image format/);
    expect(() => leakKind(new Uint8Array([0x00, 0xff, 0xfe, 0x80]), 'leak.bin')).toThrow(
      /unsupported format/,
    );
  });

  it('GIVEN a leak from an unrelated text WHEN auto-traced THEN no document matches', async () => {
    await expectVigilError(
      traceLeak({
        store,
        documentId: 'auto',
        leak: textLeak('The quick brown fox jumps over the lazy dog. '.repeat(20)),
      }),
      'trace.no_matching_document',
    );
  });

  it('GIVEN a recipients file with a missing field WHEN marking THEN the error names file, line and field', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.csv'),
      'id,name,email,department\nr1,Ann,ann@agency.gov,Legal\nr2,Bob,,Legal\n',
    );
    const message = await expectVigilError(
      markDocument({
        docPath: path.join(dir, 'policy-en.md'),
        recipientsPath: path.join(dir, 'bad.csv'),
        outDir: path.join(dir, 'out-bad'),
        store,
        pdf: false,
      }),
      'recipients.invalid_field',
    );
    expect(message).toMatch(/bad\.csv line 3: field "email"/);
  });

  it('GIVEN an unsupported document format WHEN marking THEN a clear error', async () => {
    fs.writeFileSync(path.join(dir, 'doc.docx'), 'PK');
    await expectVigilError(
      markDocument({
        docPath: path.join(dir, 'doc.docx'),
        recipientsPath: path.join(dir, 'recipients.csv'),
        outDir: path.join(dir, 'o'),
        store,
        pdf: false,
      }),
      'mark.unsupported_format',
    );
  });
});
