import { createReadStream } from 'node:fs';
import { parse } from 'csv-parse';
import type { z } from 'zod';
import { inputError } from '@vigil/core';

export interface QuarantinedRow {
  file: string;
  line: number;
  reason: string;
  raw: string;
}

export interface ValidatedRows<T> {
  rows: Array<{ line: number; value: T }>;
  rejected: QuarantinedRow[];
}

/**
 * Reads a small context CSV (documents, personnel, LDAP, psychometric) with a real CSV parser
 * and validates each record with zod. The header must be one of `headers`; a record with the
 * wrong field count or an invalid field is kept aside with its line and reason, never dropped.
 */
export async function readValidatedCsv<S extends z.ZodTypeAny>(
  file: string,
  headers: ReadonlyArray<readonly string[]>,
  schema: S,
): Promise<ValidatedRows<z.infer<S>> & { header: string[] }> {
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
    }),
  );
  let header: string[] | undefined;
  const rows: Array<{ line: number; value: z.infer<S> }> = [];
  const rejected: QuarantinedRow[] = [];
  for await (const { record, info, raw } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
    raw: string;
  }>) {
    const line = info.lines;
    if (!header) {
      header = record.map((c) => c.trim().toLowerCase());
      const h = header;
      if (
        !headers.some(
          (expected) => expected.length === h.length && expected.every((c, i) => c === h[i]),
        )
      ) {
        throw inputError(
          'ingest.bad_header',
          `${file}, line ${line}: unrecognized header "${header.join(',')}"; expected ${headers.map((h) => h.join(',')).join(' or ')}`,
          { file, line },
        );
      }
      continue;
    }
    if (record.length !== header.length) {
      rejected.push({
        file,
        line,
        raw: raw.trimEnd(),
        reason: `wrong field count (expected ${header.length}, found ${record.length})`,
      });
      continue;
    }
    const object = Object.fromEntries(header.map((c, i) => [c, record[i]!.trim()]));
    const parsed = schema.safeParse(object);
    if (!parsed.success) {
      const reason = parsed.error.issues
        .map((issue) => `field ${issue.path.join('.') || '?'}: ${issue.message}`)
        .join('; ');
      rejected.push({ file, line, raw: raw.trimEnd(), reason });
      continue;
    }
    rows.push({ line, value: parsed.data });
  }
  if (!header)
    throw inputError('ingest.empty_file', `${file}: the file is empty (no header line)`, { file });
  return { rows, rejected, header };
}
