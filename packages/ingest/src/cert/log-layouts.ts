import { inputError, type LogKind } from '@vigil/core';

/**
 * The CERT Insider Threat Test Dataset headers, per log file and release. Releases differ only
 * by added columns (r5.x/r6.x add `activity`, removable-media flags and `file_tree`), so the
 * header alone tells which layout a file follows.
 */
export interface LogLayout {
  kind: LogKind;
  /** The release whose header this is, or `other` for another combination of known columns. */
  release: 'r4.2' | 'r6.2' | 'other';
  /** The file's columns in the file's order. */
  columns: readonly string[];
}

export const LOG_LAYOUTS: readonly LogLayout[] = [
  { kind: 'logon', release: 'r4.2', columns: ['id', 'date', 'user', 'pc', 'activity'] },
  { kind: 'device', release: 'r4.2', columns: ['id', 'date', 'user', 'pc', 'activity'] },
  {
    kind: 'device',
    release: 'r6.2',
    columns: ['id', 'date', 'user', 'pc', 'file_tree', 'activity'],
  },
  { kind: 'file', release: 'r4.2', columns: ['id', 'date', 'user', 'pc', 'filename', 'content'] },
  {
    kind: 'file',
    release: 'r6.2',
    columns: [
      'id',
      'date',
      'user',
      'pc',
      'filename',
      'activity',
      'to_removable_media',
      'from_removable_media',
      'content',
    ],
  },
  {
    kind: 'email',
    release: 'r4.2',
    columns: [
      'id',
      'date',
      'user',
      'pc',
      'to',
      'cc',
      'bcc',
      'from',
      'size',
      'attachments',
      'content',
    ],
  },
  {
    kind: 'email',
    release: 'r6.2',
    columns: [
      'id',
      'date',
      'user',
      'pc',
      'to',
      'cc',
      'bcc',
      'from',
      'activity',
      'size',
      'attachments',
      'content',
    ],
  },
  { kind: 'http', release: 'r4.2', columns: ['id', 'date', 'user', 'pc', 'url', 'content'] },
  {
    kind: 'http',
    release: 'r6.2',
    columns: ['id', 'date', 'user', 'pc', 'url', 'activity', 'content'],
  },
];

/** Allowed values of `activity`, enforced while parsing so a bad value is quarantined by line. */
export const ACTIVITY_VALUES: Record<LogKind, readonly string[]> = {
  logon: ['Logon', 'Logoff'],
  device: ['Connect', 'Disconnect'],
  file: ['File Open', 'File Write', 'File Copy', 'File Delete'],
  email: ['Send', 'View'],
  http: ['WWW Visit', 'WWW Download', 'WWW Upload'],
};

export function parseHeader(line: string): string[] {
  return line
    .replace(/^\uFEFF/, '')
    .trim()
    .split(',')
    .map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .toLowerCase(),
    );
}

/** Columns every log of a kind must have: what an event of that kind is. */
const REQUIRED_COLUMNS: Record<LogKind, readonly string[]> = {
  logon: ['id', 'date', 'user', 'pc', 'activity'],
  device: ['id', 'date', 'user', 'pc', 'activity'],
  file: ['id', 'date', 'user', 'pc', 'filename'],
  email: ['id', 'date', 'user', 'pc', 'to', 'cc', 'bcc', 'from'],
  http: ['id', 'date', 'user', 'pc', 'url'],
};

/**
 * The layout of a log file from its header. The releases' own headers are recognized as such;
 * any other header is accepted when it names the kind's required columns, in any order, so
 * intermediate releases (r5.x, r6.1) and exports that reorder or add columns load too. Columns
 * Vigil does not know are read and left out of the store.
 */
export function detectLogLayout(kind: LogKind, file: string, headerLine: string): LogLayout {
  const header = parseHeader(headerLine);
  const known = LOG_LAYOUTS.find(
    (l) =>
      l.kind === kind &&
      l.columns.length === header.length &&
      l.columns.every((c, i) => c === header[i]),
  );
  if (known) return known;
  const missing = REQUIRED_COLUMNS[kind].filter((c) => !header.includes(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  if (missing.length > 0 || repeated.length > 0 || header.includes('')) {
    const expected = LOG_LAYOUTS.filter((l) => l.kind === kind)
      .map((l) => `${l.release}: ${l.columns.join(',')}`)
      .join(' | ');
    const problem =
      missing.length > 0
        ? `missing ${missing.join(', ')}`
        : repeated.length > 0
          ? `repeated ${[...new Set(repeated)].join(', ')}`
          : 'an empty column name';
    throw inputError(
      'ingest.bad_header',
      `${file}, line 1: unrecognized ${kind} header "${header.join(',')}" (${problem}); expected the columns of one of ${expected}, in any order`,
      { file, line: 1 },
    );
  }
  return { kind, release: 'other', columns: header };
}
