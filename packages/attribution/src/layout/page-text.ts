import type { Lang } from './lang.ts';
import { cachedLayout } from './pdf-renderer.ts';

/** The text printed on one page of a rendering, line by line: ground truth for OCR. */
export const printedPageText = (text: string, lang: Lang, page: number): string =>
  cachedLayout(text, lang)
    .lines.filter((line) => line.page === page)
    .map((line) =>
      line.atoms.map((atom, i) => (i > 0 && atom.spaceBefore ? ' ' : '') + atom.text).join(''),
    )
    .join('\n');
