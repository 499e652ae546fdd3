import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { characterErrorRate } from './character-error-rate.ts';
import { ocrImage, photographPage, rasterizePdf, renderMarkedPdf } from './index.ts';
import { printedPageText } from './page-text.ts';
import { sampleDocument } from './sample-documents.ts';

describe('ocrImage', () => {
  it('recovers the text of a typical phone photo of an English page', async () => {
    const text = sampleDocument('en', 8, 31);
    const [page] = await rasterizePdf(
      await renderMarkedPdf({ text, lang: 'en', layoutBits: [1, 0, 1, 1, 0] }),
    );
    const photo = await photographPage(page as Uint8Array, { seed: 11, severity: 'typical' });
    const { text: recognised, confidence } = await ocrImage(photo, 'en');
    // Measured (docs/LAYOUT-MARKS.md): CER ≈ 0.1 % for 'typical' English photos.
    expect(
      characterErrorRate(recognised, printedPageText(text, 'en', 0)),
      'character error rate',
    ).toBeLessThan(0.02);
    expect(confidence, 'Tesseract confidence').toBeGreaterThan(0.8);
  });

  it('recovers the text of a mild photo of a Chinese page', async () => {
    const text = sampleDocument('zh', 5, 32);
    const [page] = await rasterizePdf(await renderMarkedPdf({ text, lang: 'zh', layoutBits: [] }));
    const photo = await photographPage(page as Uint8Array, { seed: 12, severity: 'mild' });
    const { text: recognised } = await ocrImage(photo, 'zh');
    expect(
      characterErrorRate(recognised, printedPageText(text, 'zh', 0)),
      'character error rate',
    ).toBeLessThan(0.05);
  });

  it("raises 'trace.no_text' for an image without text", async () => {
    const noise = Buffer.alloc(800 * 600);
    for (let i = 0; i < noise.length; i += 1) noise[i] = 200 + ((i * 7919) % 40);
    const image = await sharp(noise, { raw: { width: 800, height: 600, channels: 1 } })
      .jpeg()
      .toBuffer();
    await expect(ocrImage(new Uint8Array(image), 'en')).rejects.toMatchObject({
      code: 'trace.no_text',
    });
  });

  it("raises 'trace.bad_image' for bytes that are not an image", async () => {
    await expect(
      ocrImage(new TextEncoder().encode('not an image at all'), 'en'),
    ).rejects.toMatchObject({ code: 'trace.bad_image' });
  });
});

describe('characterErrorRate', () => {
  it('counts edits against the true text, ignoring whitespace', () => {
    expect(characterErrorRate('abc d', 'abcd')).toBe(0);
    expect(characterErrorRate('abxd', 'abcd')).toBe(0.25);
    expect(characterErrorRate('', 'abcd')).toBe(1);
  });
});
