/**
 * Measures the print-and-photograph channel: layout-bit error rate and OCR character error rate
 * for mild, typical and harsh photos of English and Chinese pages.
 *
 *   npx tsx packages/attribution/src/layout/measure-print-channel.ts [documents] [--layout-only]
 *
 * Each document (two pages) contributes one page per cell with OCR, or both pages with
 * --layout-only (no OCR, so many more bits can be measured in the same time).
 */
import { characterErrorRate } from './character-error-rate.ts';
import { seededRandom } from './image/seeded-random.ts';
import type { Lang } from './lang.ts';
import { measureLayoutSites } from './layout-reader.ts';
import { ocrImage } from './ocr.ts';
import { printedPageText } from './page-text.ts';
import { layoutCapacity, renderMarkedPdf } from './pdf-renderer.ts';
import { rasterizePdf } from './pdf-raster.ts';
import { photographPage, type PhotoSeverity } from './photo-simulator.ts';
import { sampleDocument } from './sample-documents.ts';

const trials = Number(process.argv.slice(2).find((arg) => /^\d+$/u.test(arg)) ?? 3);
const layoutOnly = process.argv.includes('--layout-only');
const severities: Array<PhotoSeverity | 'clean'> = ['clean', 'mild', 'typical', 'harsh'];

for (const lang of ['en', 'zh'] as Lang[]) {
  const stats = new Map<string, { read: number; wrong: number; sites: number; cer: number[] }>();
  for (let trial = 0; trial < trials; trial += 1) {
    const text = sampleDocument(lang, lang === 'en' ? 14 : 18, 100 + trial);
    const capacity = await layoutCapacity({ text, lang });
    const random = seededRandom(trial + 1);
    const bits = Array.from({ length: capacity }, () => (random() < 0.5 ? 1 : 0));
    const pages = await rasterizePdf(await renderMarkedPdf({ text, lang, layoutBits: bits }));
    const measuredPages = layoutOnly ? pages.map((_, i) => i) : [trial % pages.length];
    for (const [severity, page] of severities.flatMap((sev) =>
      measuredPages.map((p) => [sev, p] as const),
    )) {
      const image =
        severity === 'clean'
          ? (pages[page] as Uint8Array)
          : await photographPage(pages[page] as Uint8Array, { seed: 1000 + trial, severity });
      const measured = await measureLayoutSites(image, { text, lang });
      const cell = stats.get(severity) ?? { read: 0, wrong: 0, sites: 0, cer: [] };
      cell.sites += measured.sites.length;
      for (const site of measured.sites) {
        if (site.bit === null) continue;
        cell.read += 1;
        if (site.bit !== bits[site.index]) cell.wrong += 1;
      }
      if (!layoutOnly) {
        const ocr = await ocrImage(image, lang);
        cell.cer.push(characterErrorRate(ocr.text, printedPageText(text, lang, page)));
      }
      stats.set(severity, cell);
    }
  }
  for (const [severity, cell] of stats) {
    const meanCer = cell.cer.reduce((a, b) => a + b, 0) / Math.max(1, cell.cer.length);
    const ocr = layoutOnly
      ? ''
      : `, OCR CER mean ${(100 * meanCer).toFixed(2)}% max ${(100 * Math.max(...cell.cer)).toFixed(2)}%`;
    console.log(
      `${lang} ${severity.padEnd(7)} layout sites on pages ${cell.sites}, read ${cell.read}, wrong ${cell.wrong}, ` +
        `bit error rate ${(cell.wrong / Math.max(1, cell.read)).toFixed(4)}${ocr}`,
    );
  }
}
