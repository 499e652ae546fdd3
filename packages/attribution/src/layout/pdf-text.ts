import { inputError } from '@vigil/core';
import { FOOTER_PATTERN } from './page-geometry.ts';
import { PDFTOTEXT, runTool } from './external-tool.ts';

const PDF_MAGIC = '%PDF-';

export const assertPdf = (pdf: Uint8Array): void => {
  if (Buffer.from(pdf.subarray(0, 1024)).toString('latin1').indexOf(PDF_MAGIC) < 0) {
    throw inputError(
      'layout.not_pdf',
      'The file is not a PDF (no %PDF- header in its first kilobyte).',
    );
  }
};

/** Word shift and CJK tracking make pdftotext see spaces between Chinese characters; drop them. */
const CJK_SPACE =
  /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/gu;

/**
 * Plain text of a PDF, pages joined with blank lines (poppler's pdftotext). Layout mode keeps the
 * blank slot between paragraphs of a Vigil print as a blank line; lines within a paragraph are
 * joined again (with a space, or without one between Chinese characters).
 */
export const extractPdfText = async (pdf: Uint8Array): Promise<string> => {
  assertPdf(pdf);
  const { stdout } = await runTool(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', '-', '-'], {
    stdin: pdf,
  }).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'layout.tool_failed') {
      throw inputError('layout.bad_pdf', `The PDF could not be read: ${error.message}`);
    }
    throw error;
  });
  // pdftotext ends every page with a form feed; a page break is a paragraph break.
  return (
    stdout
      .toString('utf8')
      .replace(/\r\n?/gu, '\n')
      .split('\f')
      .flatMap((page) => page.split(/\n{2,}/u))
      .map((paragraph) =>
        paragraph
          .replace(/[ \t]*\n[ \t]*/gu, ' ')
          .replace(/[ \t]+/gu, ' ')
          .replace(CJK_SPACE, '$1')
          .trim(),
      )
      // Page footers ("2 / 5") are furniture of the print, not text of the document.
      .filter((paragraph) => paragraph !== '' && !FOOTER_PATTERN.test(paragraph))
      .join('\n\n')
  );
};
