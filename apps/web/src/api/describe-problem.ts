import type { I18n, MessageKey } from '../i18n/i18n.ts';
import type { ValidationProblem } from './api-error.ts';
import { FIELD_LABELS } from './field-labels.ts';

/** One rejected field in words: the sentence, and the server's English text when it adds something. */
export interface ProblemDescription {
  text: string;
  detail: string | null;
}

/** Kinds whose sentence says all there is; the rest keep the server's sentence as a detail. */
const BY_KIND: Record<string, MessageKey> = {
  required: 'problem.required',
  too_short: 'problem.tooShort',
  too_long: 'problem.tooLong',
  too_few: 'problem.tooFew',
  too_many: 'problem.tooMany',
  too_small: 'problem.tooSmall',
  too_large: 'problem.tooLarge',
  invalid_date: 'problem.invalidDate',
  invalid_email: 'problem.invalidEmail',
  invalid_choice: 'problem.invalidChoice',
  wrong_type: 'problem.wrongType',
};
const EXCLUSIVE: Record<string, MessageKey> = {
  too_small: 'problem.tooSmallExclusive',
  too_large: 'problem.tooLargeExclusive',
};
const NEEDS_LIMIT = new Set([
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'too_small',
  'too_large',
]);

/** `accountIds.3` reads "People, item 4"; an empty path is the request as a whole. */
export function fieldLabel(field: string, i18n: Pick<I18n, 't'>): string {
  if (field === '') return i18n.t('field.request');
  const [head, ...rest] = field.split('.');
  let label = FIELD_LABELS[head!] ? i18n.t(FIELD_LABELS[head!]!) : head!;
  for (const part of rest) {
    if (/^\d+$/.test(part)) label = i18n.t('problem.item', { field: label, n: Number(part) + 1 });
    else label = FIELD_LABELS[part] ? i18n.t(FIELD_LABELS[part]!) : `${label}.${part}`;
  }
  return label;
}

export function describeProblem(
  problem: ValidationProblem,
  i18n: Pick<I18n, 't'>,
): ProblemDescription {
  const field = fieldLabel(problem.field, i18n);
  const kind = problem.kind ?? '';
  const key =
    NEEDS_LIMIT.has(kind) && problem.limit === undefined
      ? undefined
      : ((problem.inclusive === false ? EXCLUSIVE[kind] : undefined) ?? BY_KIND[kind]);
  if (key) return { text: i18n.t(key, { field, n: problem.limit ?? 0 }), detail: null };
  // A format, a rule of the server's own or a kind this interface does not know yet: say which
  // field, and let the server's sentence (in English) say what it expects.
  return {
    text: i18n.t(kind === 'invalid_format' ? 'problem.invalidFormat' : 'problem.invalid', {
      field,
    }),
    detail: problem.message,
  };
}

/** One sentence per field and kind: zod may report two checks of one date, the reader needs one. */
export function describeProblems(
  problems: readonly ValidationProblem[],
  i18n: Pick<I18n, 't'>,
): ProblemDescription[] {
  const seen = new Set<string>();
  const out: ProblemDescription[] = [];
  for (const p of problems) {
    const d = describeProblem(p, i18n);
    const key = `${d.text}\n${d.detail ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}
