/** The personnel-security reports an employee files (travel, foreign contacts, finances). */
export const REPORT_KINDS = ['travel', 'contact', 'financial'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface PersonnelReport {
  id: string;
  kind: ReportKind;
  status: string;
  date: string;
  until: string | null;
  country: string;
  counterparty: string;
  note: string;
  details: Record<string, unknown>;
  debrief: string | null;
  debriefedAt: string | null;
  debriefDueOn?: string | null;
  reviewNote: string | null;
  filedAt: string;
  filedBy?: string;
}

export interface ReportDraft {
  kind: ReportKind;
  date: string;
  until?: string;
  country: string;
  counterparty: string;
  note: string;
  details: Record<string, unknown>;
}

export type FieldErrors<K extends string> = Partial<Record<K, 'required' | 'order' | 'past' | 'amount'>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a draft before it leaves the browser, so the reader sees every problem at once beside
 * its field; the server validates again (it is the authority).
 */
export function validateDraft(draft: ReportDraft): FieldErrors<'date' | 'until' | 'country' | 'counterparty' | 'amount'> {
  const errors: FieldErrors<'date' | 'until' | 'country' | 'counterparty' | 'amount'> = {};
  if (!DAY.test(draft.date)) errors.date = 'required';
  if (draft.kind === 'travel') {
    if (!draft.until || !DAY.test(draft.until)) errors.until = 'required';
    else if (DAY.test(draft.date) && draft.until < draft.date) errors.until = 'order';
  }
  if (draft.kind !== 'financial' && draft.country.trim() === '') errors.country = 'required';
  if (draft.kind !== 'travel' && draft.counterparty.trim() === '') errors.counterparty = 'required';
  if (draft.kind === 'financial') {
    const amount = Number(draft.details.amount);
    if (!Number.isFinite(amount) || amount <= 0) errors.amount = 'amount';
  }
  return errors;
}
