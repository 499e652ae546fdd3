import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DPI } from './page-geometry.ts';
import { PDFTOPPM, runTool } from './external-tool.ts';
import { assertPdf } from './pdf-text.ts';

/** Grey-scale PNG of every page (poppler's pdftoppm, anti-aliased like a print seen by a camera). */
export const rasterizePdf = async (
  pdf: Uint8Array,
  opts: { dpi?: number } = {},
): Promise<Uint8Array[]> => {
  assertPdf(pdf);
  const dpi = opts.dpi ?? DEFAULT_DPI;
  const dir = await mkdtemp(join(tmpdir(), 'vigil-raster-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, pdf);
    await runTool(PDFTOPPM, ['-r', String(dpi), '-gray', '-png', input, join(dir, 'page')]);
    const pages = (await readdir(dir)).filter(
      (name) => name.startsWith('page') && name.endsWith('.png'),
    );
    // pdftoppm pads page numbers to a common width, so lexical order is page order.
    pages.sort();
    return Promise.all(pages.map(async (name) => new Uint8Array(await readFile(join(dir, name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
