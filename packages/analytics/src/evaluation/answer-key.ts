import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { inputError, LOG_KINDS } from '@vigil/core';

export interface Incident {
  dataset: string;
  scenario: string;
  user: string;
  start: Date;
  end: Date;
  /** Every (user, YYYY-MM-DD) on which one of the incident's events was logged. */
  days: Array<{ user: string; day: string }>;
  /** The incident's events by log type and id, the key of an event within one dataset. */
  events: Array<{ kind: string; id: string }>;
}

const CERT_DATE = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/;
export function parseCertDate(text: string): Date | null {
  const m = CERT_DATE.exec(text.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(+m[3]!, +m[1]! - 1, +m[2]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(d.getTime()) ? null : d;
}
const certDate = z.string().transform((s, ctx) => {
  const d = parseCertDate(s);
  if (!d) ctx.addIssue({ code: 'custom', message: `expected MM/DD/YYYY HH:MM:SS, got "${s}"` });
  return d ?? new Date(0);
});
const insiderRow = z.object({
  dataset: z.string(),
  scenario: z.string().min(1),
  details: z.string().min(1),
  user: z.string().min(1),
  start: certDate,
  end: certDate,
});
const LOG_TYPES = new Set<string>(LOG_KINDS);

function findFiles(dir: string, found = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) findFiles(full, found);
    else found.set(entry, full);
  }
  return found;
}

/**
 * Reads the CERT answer-key layout: `insiders.csv` plus one details file per incident (found
 * anywhere below the folder by name) listing its malicious events, each row a log type then
 * that event's fields as in the log, so the date is the third value and the user the fourth.
 */
export function readAnswerKey(dir: string, dataset?: string): Incident[] {
  const indexFile = path.join(dir, 'insiders.csv');
  if (!existsSync(indexFile)) {
    throw inputError(
      'evaluate.no_answer_key',
      `${dir} has no insiders.csv: expected the CERT answer-key layout`,
    );
  }
  const files = findFiles(dir);
  const records = parse(readFileSync(indexFile), {
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    skip_empty_lines: true,
    relax_column_count: true,
    bom: true,
    info: true,
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  const incidents: Incident[] = [];
  for (const { record, info } of records) {
    const parsed = insiderRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw inputError(
        'evaluate.bad_answer_key',
        `${indexFile}, line ${info.lines}: field ${issue.path.join('.')}: ${issue.message}`,
      );
    }
    const row = parsed.data;
    if (dataset && row.dataset !== dataset) continue;
    const detailsFile = files.get(row.details) ?? files.get(path.basename(row.details));
    if (!detailsFile) continue; // incidents of other releases share one insiders.csv in CERT
    const days = new Map<string, { user: string; day: string }>();
    const events: Array<{ kind: string; id: string }> = [];
    const rows = parse(readFileSync(detailsFile), {
      relax_column_count: true,
      skip_empty_lines: true,
      relax_quotes: true,
    }) as string[][];
    rows.forEach((fields, index) => {
      if (!LOG_TYPES.has((fields[0] ?? '').trim())) {
        throw inputError(
          'evaluate.bad_answer_key',
          `${detailsFile}, line ${index + 1}: field 1: unknown log type "${fields[0]}"`,
        );
      }
      const when = parseCertDate(fields[2] ?? '');
      if (!when)
        throw inputError(
          'evaluate.bad_answer_key',
          `${detailsFile}, line ${index + 1}: field date: "${fields[2]}" is not MM/DD/YYYY HH:MM:SS`,
        );
      const day = when.toISOString().slice(0, 10);
      events.push({ kind: fields[0]!.trim(), id: (fields[1] ?? '').trim() });
      for (const user of new Set([row.user, (fields[3] ?? '').trim()])) {
        if (user) days.set(`${user}|${day}`, { user, day });
      }
    });
    incidents.push({
      dataset: row.dataset,
      scenario: row.scenario,
      user: row.user,
      start: row.start,
      end: row.end,
      days: [...days.values()],
      events,
    });
  }
  return incidents;
}
