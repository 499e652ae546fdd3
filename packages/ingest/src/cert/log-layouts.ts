import { inputError, type LogKind } from '@vigil/core';

/**
 * The CERT Insider Threat Test Dataset headers, per log file and release. Releases differ only
 * by added columns (r5.x/r6.x add `activity`, removable-media flags and `file_tree`), so the
 * header alone tells which layout a file follows.
 */
export interface LogLayout {
  kind: LogKind;
  release: 'r4.2' | 'r6.2';
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

export function detectLogLayout(kind: LogKind, file: string, headerLine: string): LogLayout {
  const header = parseHeader(headerLine);
  const layout = LOG_LAYOUTS.find(
    (l) =>
      l.kind === kind &&
      l.columns.length === header.length &&
      l.columns.every((c, i) => c === header[i]),
  );
  if (!layout) {
    const expected = LOG_LAYOUTS.filter((l) => l.kind === kind)
      .map((l) => `${l.release}: ${l.columns.join(',')}`)
      .join(' | ');
    throw inputError(
      'ingest.bad_header',
      `${file}, line 1: unrecognized ${kind} header "${header.join(',')}"; expected one of ${expected}`,
      { file, line: 1 },
    );
  }
  return layout;
}
