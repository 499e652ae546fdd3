import fs from 'node:fs';
import path from 'node:path';
import { inputError, notFoundError } from '@vigil/core';
import { detectLanguage, type Lang } from './language.ts';

export interface SourceDocument {
  name: string;
  text: string;
  lang: Lang;
  title: string;
  format: 'markdown' | 'text';
}

const FORMATS: Record<string, SourceDocument['format']> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
};

/** Read a Markdown or plain-text document (UTF-8) to be marked. */
export function readSourceDocument(file: string): SourceDocument {
  if (!fs.existsSync(file))
    throw notFoundError('mark.document_not_found', `document not found: ${file}`);
  const format = FORMATS[path.extname(file).toLowerCase()];
  if (!format)
    throw inputError(
      'mark.unsupported_format',
      `${file}: unsupported document format "${path.extname(file) || '(none)'}"; give Markdown (.md) or plain text (.txt)`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true })
      .decode(fs.readFileSync(file))
      .replace(/\r\n?/g, '\n')
      .replace(/^\ufeff/, '');
  } catch {
    throw inputError('mark.bad_encoding', `${file}: not valid UTF-8 text`);
  }
  if (text.trim().length === 0)
    throw inputError('mark.empty_document', `${file}: the document is empty`);
  return {
    name: path.basename(file),
    text,
    lang: detectLanguage(text),
    title: titleOf(text, file),
    format,
  };
}

function titleOf(text: string, file: string): string {
  const heading = text.match(/^#\s+(.+)$/m);
  if (heading) return heading[1]!.trim();
  const firstLine = text
    .split('\n')
    .find((l) => l.trim().length > 0)!
    .trim();
  return firstLine.length <= 80 ? firstLine : path.basename(file, path.extname(file));
}
