import fs from 'node:fs';
import { inputError, notFoundError } from '@vigil/core';

export type LeakKind = 'text' | 'pdf' | 'image';

export interface LeakInput {
  name: string;
  kind: LeakKind;
  bytes: Uint8Array;
}

/** Read a leak file and tell text, PDF and image apart by content (leaks rarely keep their names). */
export function readLeakFile(file: string): LeakInput {
  if (!fs.existsSync(file))
    throw notFoundError('trace.leak_not_found', `leak file not found: ${file}`);
  const bytes = new Uint8Array(fs.readFileSync(file));
  return { name: file, kind: leakKind(bytes, file), bytes };
}

export function leakKind(bytes: Uint8Array, name: string): LeakKind {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return 'image';
  if (
    starts(0x47, 0x49, 0x46) ||
    starts(0x52, 0x49, 0x46, 0x46) ||
    starts(0x49, 0x49, 0x2a) ||
    starts(0x4d, 0x4d, 0x00, 0x2a)
  ) {
    throw inputError(
      'trace.unsupported_format',
      `${name}: unsupported image format; give PNG or JPEG`,
    );
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw inputError(
      'trace.unsupported_format',
      `${name}: unsupported format; give text (UTF-8), PDF, PNG or JPEG`,
    );
  }
  if (bytes.includes(0))
    throw inputError(
      'trace.unsupported_format',
      `${name}: binary file of unsupported format; give text (UTF-8), PDF, PNG or JPEG`,
    );
  return 'text';
}

export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\ufeff/, '');
}
