/**
 * The little PDF syntax the print path writes (ISO 32000-1): numbers, strings, streams and the
 * cross-reference table. Vigil prints are simple — fonts, pages, one content stream per page —
 * so a few functions replace a general PDF library and let shared objects be serialised once.
 */
import { deflateSync } from 'node:zlib';

/** ".5", ".25", ".125" … for thousandths 0–999, trailing zeros dropped. */
const FRACTIONS = Array.from({ length: 1000 }, (_, f) =>
  f === 0 ? '' : `.${String(f).padStart(3, '0')}`.replace(/0+$/u, ''),
);

/**
 * A real number with at most three decimals (1/1000 pt, far below a printer's dot). Written by
 * hand because a copy has thousands of coordinates and the general number-to-string conversion
 * was a tenth of the time to print one.
 */
export const pdfNumber = (value: number): string => {
  let thousandths = Math.round(value * 1000);
  if (thousandths === 0) return '0';
  const negative = thousandths < 0;
  if (negative) thousandths = -thousandths;
  const whole = Math.floor(thousandths / 1000);
  const text = `${whole}${FRACTIONS[thousandths - whole * 1000]}`;
  return negative ? `-${text}` : text;
};

/** A text string: printable ASCII as a literal, anything else as UTF-16BE with a byte-order mark. */
export const pdfTextString = (text: string): string => {
  if (/^[\x20-\x7e]*$/u.test(text)) return `(${text.replace(/[\\()]/gu, '\\$&')})`;
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i += 1)
    hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
};

export const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** `n 0 obj <<dict /Length …>> stream … endstream endobj`, the data Flate-compressed. */
export const streamObject = (
  objectNumber: number,
  data: Uint8Array,
  options: { extraDict?: string; level?: number } = {},
): Buffer => {
  const compressed = deflateSync(data, { level: options.level ?? 6 });
  return Buffer.concat([
    latin1(
      `${objectNumber} 0 obj\n<< /Length ${compressed.length} /Filter /FlateDecode${options.extraDict ?? ''} >>\nstream\n`,
    ),
    compressed,
    latin1('\nendstream\nendobj\n'),
  ]);
};

export const dictObject = (objectNumber: number, body: string): Buffer =>
  latin1(`${objectNumber} 0 obj\n${body}\nendobj\n`);

/** The binary comment marks the file as binary for transfer tools (ISO 32000-1, 7.5.2). */
export const PDF_HEADER = Buffer.concat([
  latin1('%PDF-1.7\n%'),
  Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]),
  latin1('\n'),
]);

/**
 * Concatenates objects into a file and appends the cross-reference table and trailer.
 * `offsets[n]` is the byte offset of object n (index 0 unused); every number from 1 to the last
 * must be present.
 */
export const finishPdf = (
  parts: Buffer[],
  offsets: number[],
  trailer: { root: number; info: number },
): Buffer => {
  let length = 0;
  for (const part of parts) length += part.length;
  const rows = ['xref', `0 ${offsets.length}`, '0000000000 65535 f\r'];
  for (let n = 1; n < offsets.length; n += 1) {
    const offset = offsets[n];
    if (offset === undefined) throw new Error(`PDF object ${n} was never written`);
    rows.push(`${String(offset).padStart(10, '0')} 00000 n\r`);
  }
  const tail = `${rows.join('\n')}\ntrailer\n<< /Size ${offsets.length} /Root ${trailer.root} 0 R /Info ${trailer.info} 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, latin1(tail)]);
};
