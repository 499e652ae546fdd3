import { describe, expect, it } from 'vitest';
import {
  layoutCapacity,
  photographPage,
  rasterizePdf,
  readLayoutBits,
  renderMarkedPdf,
  type Lang,
} from './index.ts';
import { seededRandom } from './image/seeded-random.ts';
import { sampleDocument } from './sample-documents.ts';

const markedPages = async (lang: Lang, seed: number) => {
  const text = sampleDocument(lang, lang === 'en' ? 14 : 18, seed);
  const capacity = await layoutCapacity({ text, lang });
  const random = seededRandom(seed);
  const bits = Array.from({ length: capacity }, () => (random() < 0.5 ? 1 : 0));
  const pages = await rasterizePdf(await renderMarkedPdf({ text, lang, layoutBits: bits }));
  return { text, bits, pages };
};

const score = (read: Array<0 | 1 | null>, bits: number[]) => {
  let count = 0;
  let wrong = 0;
  read.forEach((bit, i) => {
    if (bit === null) return;
    count += 1;
    if (bit !== bits[i]) wrong += 1;
  });
  return { count, wrong };
};

describe('readLayoutBits', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`reads every bit of a clean ${lang} raster exactly`, async () => {
      const { text, bits, pages } = await markedPages(lang, 21);
      expect(pages.length, 'two pages').toBe(2);
      const read = await readLayoutBits(pages[1] as Uint8Array, { text, lang });
      expect(read.length, 'one entry per site of the document').toBe(bits.length);
      const { count, wrong } = score(read, bits);
      expect(count, 'a page carries many readable sites').toBeGreaterThan(12);
      expect(wrong, 'no wrong bit on a clean raster').toBe(0);
      expect(
        read.slice(0, bits.length / 2).every((bit) => bit === null),
        'sites of the other page stay null',
      ).toBe(true);
    });

    it(`reads a typical phone photo of a ${lang} page with few errors`, async () => {
      const { text, bits, pages } = await markedPages(lang, 22);
      const clean = score(await readLayoutBits(pages[0] as Uint8Array, { text, lang }), bits);
      const photo = await photographPage(pages[0] as Uint8Array, { seed: 7, severity: 'typical' });
      const { count, wrong } = score(await readLayoutBits(photo, { text, lang }), bits);
      // Measured (docs/LAYOUT-MARKS.md): 0-1 % bit errors and ~95 % of the clean reads at 'typical'.
      expect(count, 'most sites still readable').toBeGreaterThan(0.75 * clean.count);
      expect(wrong / count, 'bit error rate').toBeLessThanOrEqual(0.05);
    });
  }

  it('reads a recipient copy whose wording (and so its line breaks) differs from the master', async () => {
    // GIVEN a recipient copy with synonym variants, which reflows against the master
    const master = sampleDocument('en', 30, 25);
    const recipient = master.replace(/\bshall\b/gu, 'will').replace(/\bin order to\b/gu, 'to');
    expect(recipient, 'the copy differs').not.toBe(master);
    const capacity = await layoutCapacity({ text: master, lang: 'en' });
    const random = seededRandom(25);
    const bits = Array.from({ length: capacity }, () => (random() < 0.5 ? 1 : 0));
    const pages = await rasterizePdf(
      await renderMarkedPdf({ text: recipient, lang: 'en', layoutBits: bits }),
    );
    // WHEN a photo of its third page is read against the master text
    const photo = await photographPage(pages[2] as Uint8Array, { seed: 8, severity: 'typical' });
    const read = await readLayoutBits(photo, { text: master, lang: 'en' });
    // THEN the page is found from its footer and the bits are those of the recipient
    const { count, wrong } = score(read, bits);
    expect(count, 'sites read on the page').toBeGreaterThan(20);
    expect(wrong, 'wrong bits').toBeLessThanOrEqual(1);
  });

  it('returns only nulls for an image with no page text', async () => {
    const sharp = (await import('sharp')).default;
    const blank = await sharp({
      create: { width: 1200, height: 1600, channels: 3, background: { r: 250, g: 248, b: 240 } },
    })
      .png()
      .toBuffer();
    const text = sampleDocument('en', 14, 24);
    const read = await readLayoutBits(new Uint8Array(blank), { text, lang: 'en' });
    expect(read.length).toBe(await layoutCapacity({ text, lang: 'en' }));
    expect(
      read.every((bit) => bit === null),
      'nothing read from a blank sheet',
    ).toBe(true);
  });
});
