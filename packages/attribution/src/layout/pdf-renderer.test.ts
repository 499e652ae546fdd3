import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createCopyPrinter, extractPdfText, layoutCapacity, renderMarkedPdf } from './index.ts';
import { sitesPerPage } from './layout-sites.ts';
import { cachedLayout } from './pdf-renderer.ts';
import { sampleDocument } from './sample-documents.ts';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('renderMarkedPdf', () => {
  it('embeds subset Latin and CJK fonts and prints Chinese that extracts back', async () => {
    // GIVEN a Chinese document with Latin digits
    const text = sampleDocument('zh', 6, 3);
    const capacity = await layoutCapacity({ text, lang: 'zh' });
    // WHEN it is rendered with all-ones layout bits
    const pdf = await renderMarkedPdf({
      text,
      lang: 'zh',
      title: '测试',
      layoutBits: new Array<number>(capacity).fill(1),
    });
    // THEN both font programs are embedded (FontFile2 = TrueType) and the text extracts verbatim
    const raw = latin1(pdf);
    expect(raw.startsWith('%PDF-'), 'PDF header').toBe(true);
    expect(raw, 'CJK font embedded').toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
    expect(raw, 'Latin font embedded').toMatch(
      /\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold|\/BaseFont \/[A-Z]{6}\+DejaVuSans/,
    );
    expect(
      raw.match(/\/FontFile2/g)?.length ?? 0,
      'every font program embedded',
    ).toBeGreaterThanOrEqual(2);
    const extracted = await extractPdfText(pdf);
    expect(extracted, 'Chinese sentence').toContain(
      '接收人应当妥善保管本文件，以防止未经授权的泄露。',
    );
    expect(extracted, 'heading').toContain('涉密材料管理规定');
    expect(extracted, 'page footer is not document text').not.toMatch(/^1 \/ \d+$/mu);
  });

  it('round-trips English text through the PDF despite word shifts', async () => {
    const text = sampleDocument('en', 8, 4);
    const capacity = await layoutCapacity({ text, lang: 'en' });
    const bits = Array.from({ length: capacity }, (_, i) => i % 2);
    const extracted = await extractPdfText(
      await renderMarkedPdf({ text, lang: 'en', layoutBits: bits }),
    );
    for (const sentence of text.split('\n\n').slice(1, 4)) {
      expect(extracted, 'paragraph survives extraction').toContain(sentence);
    }
  });

  it('sizes capacity from the page count alone', async () => {
    const text = sampleDocument('en', 30, 5);
    const layout = cachedLayout(text, 'en');
    expect(layout.pageCount, 'long document spans pages').toBeGreaterThan(1);
    expect(await layoutCapacity({ text, lang: 'en' })).toBe(layout.pageCount * sitesPerPage());
  });

  it('rejects more layout bits than the rendering has sites', async () => {
    const text = sampleDocument('en', 2, 6);
    const capacity = await layoutCapacity({ text, lang: 'en' });
    await expect(
      renderMarkedPdf({
        text,
        lang: 'en',
        layoutBits: new Array<number>(capacity + sitesPerPage() + 1).fill(0),
      }),
    ).rejects.toMatchObject({
      code: 'layout.too_many_bits',
    });
  });

  it('refuses bytes that are not a PDF, and a broken PDF', async () => {
    await expect(extractPdfText(new TextEncoder().encode('hello'))).rejects.toMatchObject({
      code: 'layout.not_pdf',
    });
    await expect(
      extractPdfText(new TextEncoder().encode('%PDF-1.4\ngarbage\n')),
    ).rejects.toMatchObject({ code: 'layout.bad_pdf' });
  });

  it('joins pages with blank lines and keeps footers out of the text', async () => {
    const text = sampleDocument('en', 30, 7);
    const extracted = await extractPdfText(
      await renderMarkedPdf({ text, lang: 'en', layoutBits: [] }),
    );
    expect(extracted, 'no footer').not.toMatch(/^\d+ \/ \d+$/mu);
    expect(extracted.split('\n\n').length, 'paragraphs and page breaks').toBeGreaterThanOrEqual(30);
  });

  it('draws the page content uncompressed enough to hold one text object per atom', async () => {
    // Word shift only works if atoms are placed individually; check the content stream.
    const text =
      'One two three four five six seven eight nine ten eleven twelve thirteen fourteen.';
    const pdf = await renderMarkedPdf({ text, lang: 'en', layoutBits: [] });
    const raw = latin1(pdf);
    const streams = [...raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) =>
      Buffer.from(m[1] ?? '', 'latin1'),
    );
    const content = streams.map((s) => {
      try {
        return inflateSync(s).toString('latin1');
      } catch {
        return '';
      }
    });
    const textObjects = content.reduce((sum, c) => sum + (c.match(/BT/g)?.length ?? 0), 0);
    expect(textObjects, 'one text object per word').toBeGreaterThanOrEqual(14);
  });

  it('prints a batch copy whose ligature spans two variant sites with fonts of its own', async () => {
    // GIVEN sites whose sample copies read "ofyice" and "oxfice" (the "fi" ligature), while the
    // mixed copy reads "offices", whose "ffi" ligature no sample contains
    const printer = createCopyPrinter({
      lang: 'en',
      text: {
        literals: ['The o', '', 'ces are closed on Sundays.'],
        variants: [
          ['f', 'x'],
          ['y', 'fi'],
        ],
        original: [0, 0],
      },
    });
    // WHEN the mixed copy is printed
    const pdf = printer.print([0, 1], [1, 0, 1]);
    // THEN it is a complete PDF with the copy's text
    expect(latin1(pdf).startsWith('%PDF-'), 'PDF header').toBe(true);
    expect(await extractPdfText(pdf)).toBe('The offices are closed on Sundays.');
    expect(await extractPdfText(printer.print([1, 1], [])), 'a sample copy').toBe(
      'The oxfices are closed on Sundays.',
    );
  });
});
