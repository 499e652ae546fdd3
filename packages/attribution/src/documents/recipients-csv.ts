import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { inputError, notFoundError } from '@vigil/core';

export interface Recipient {
  id: string;
  name: string;
  email: string;
  department: string;
}

const REQUIRED = ['id', 'name', 'email', 'department'] as const;

/** The id names the recipient's output files, so it must be a safe file name. */
const recipientSchema = z.object({
  id: z
    .string()
    .trim()
    .min(1, 'is empty')
    .max(64, 'is longer than 64 characters')
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'may contain only letters, digits, ".", "_" and "-" (it names the output files)',
    ),
  name: z.string().trim().min(1, 'is empty'),
  email: z.string().trim().pipe(z.email('is not a valid email address')),
  department: z.string().trim(),
});

/** Parse `id,name,email,department` CSV; every error names the file, the line and the field. */
export function parseRecipientsCsv(content: string, fileName: string): Recipient[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(content, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      bom: true,
      info: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    const e = error as { message?: string; lines?: number };
    throw inputError(
      'recipients.bad_csv',
      `${fileName}${e.lines ? ` line ${e.lines}` : ''}: ${e.message ?? 'not valid CSV'}`,
    );
  }
  if (records.length === 0)
    throw inputError(
      'recipients.empty',
      `${fileName}: no recipients (expected a header "id,name,email,department" and one line per recipient)`,
    );
  const header = Object.keys(records[0]!.record);
  const missing = REQUIRED.filter((f) => !header.includes(f));
  if (missing.length > 0) {
    throw inputError(
      'recipients.missing_column',
      `${fileName} line 1: missing column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `"${m}"`).join(', ')} (expected "id,name,email,department")`,
      { file: fileName, missing },
    );
  }
  const seen = new Map<string, number>();
  return records.map(({ record, info }) => {
    const parsed = recipientSchema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = String(issue.path[0] ?? 'record');
      throw inputError(
        'recipients.invalid_field',
        `${fileName} line ${info.lines}: field "${field}" ${issue.message} (value: ${JSON.stringify(record[field] ?? '')})`,
        { file: fileName, line: info.lines, field },
      );
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined)
      throw inputError(
        'recipients.duplicate_id',
        `${fileName} line ${info.lines}: field "id" repeats "${parsed.data.id}" from line ${first}`,
        { file: fileName, line: info.lines, field: 'id' },
      );
    seen.set(parsed.data.id, info.lines);
    return parsed.data;
  });
}

export function readRecipientsFile(file: string): Recipient[] {
  if (!fs.existsSync(file))
    throw notFoundError('recipients.not_found', `recipients file not found: ${file}`);
  return parseRecipientsCsv(fs.readFileSync(file, 'utf8'), path.basename(file));
}
