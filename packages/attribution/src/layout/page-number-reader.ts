import { TESSERACT, runTool } from './external-tool.ts';
import { encodePng } from './image/gray-image.ts';
import type { RectifiedPage } from './page-image.ts';
import {
  FOOTER_BASELINE_PT,
  FOOTER_FONT_PT,
  FOOTER_PATTERN,
  PAGE_WIDTH_PT,
} from './page-geometry.ts';

/**
 * Reads the "p / n" footer of a rectified page: a small strip OCR'd as a single line restricted
 * to digits and the slash, which takes a fraction of a second and is far more reliable than
 * recognising the page from its text layout. Undefined when the footer is unreadable.
 */
export const readPageNumber = async (
  page: RectifiedPage,
): Promise<{ page: number; pageCount: number } | undefined> => {
  const pxPerPt = page.dpi / 72;
  const top = Math.max(0, Math.round((FOOTER_BASELINE_PT - 2 * FOOTER_FONT_PT) * pxPerPt));
  const bottom = Math.min(page.height, Math.round((FOOTER_BASELINE_PT + FOOTER_FONT_PT) * pxPerPt));
  const left = Math.round((PAGE_WIDTH_PT / 2 - 70) * pxPerPt);
  const right = Math.round((PAGE_WIDTH_PT / 2 + 70) * pxPerPt);
  const width = right - left;
  const height = bottom - top;
  const strip = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const w = page.whiteness[(top + y) * page.width + left + x] as number;
      strip[y * width + x] = Math.round(255 * Math.min(1, Math.max(0, (w - 0.3) / 0.6)));
    }
  }
  const png = await encodePng({ width, height, data: strip });
  const { stdout } = await runTool(
    TESSERACT,
    [
      'stdin',
      'stdout',
      '-l',
      'eng',
      '--dpi',
      String(page.dpi),
      '--psm',
      '7',
      '-c',
      'tessedit_char_whitelist=0123456789/ ',
    ],
    { stdin: png, env: { OMP_THREAD_LIMIT: '1' } },
  );
  const match = FOOTER_PATTERN.exec(stdout.toString('utf8').trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  const pageCount = Number(match[2]);
  if (number < 1 || number > pageCount) return undefined;
  return { page: number - 1, pageCount };
};
