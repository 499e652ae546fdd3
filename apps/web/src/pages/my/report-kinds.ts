/**
 * Personnel-security reports as apps/server/src/routes/personnel answers them. An employee files
 * four kinds through four forms; the server stores each under the analytics' personnel kind.
 */
export const FORM_KINDS = ['travel', 'contact', 'family', 'financial'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const STORED_KIND: Record<FormKind, string> = {
  travel: 'foreign_travel',
  contact: 'foreign_contact',
  family: 'family_member',
  financial: 'financial_distress',
};
export const REPORT_KINDS = Object.values(STORED_KIND);
export type ReportKind =
  'foreign_travel' | 'foreign_contact' | 'family_member' | 'financial_distress';

export const FINANCIAL_CATEGORIES = [
  'debt',
  'gambling',
  'garnishment',
  'bankruptcy',
  'sudden_wealth',
] as const;
export type FinancialCategory = (typeof FINANCIAL_CATEGORIES)[number];

export interface PersonnelReport {
  id: string;
  accountId: string;
  kind: ReportKind;
  status: string;
  date: string;
  until: string | null;
  country: string;
  counterparty: string;
  note: string;
  details: Record<string, unknown>;
  briefingAcknowledgedAt: string | null;
  debrief: Record<string, string> | null;
  debriefedAt: string | null;
  debriefDueOn: string | null;
  debriefOverdue: boolean;
  reviewedBy: string | null;
  reviewNote: string | null;
  filedAt: string;
}

/** Every field any of the forms has; each kind reads the ones it needs. */
export interface ReportDraft {
  kind: FormKind;
  date: string;
  until: string;
  country: string;
  counterparty: string;
  relationship: string;
  email: string;
  category: FinancialCategory | '';
  amount: string;
  note: string;
}

export const emptyDraft = (kind: FormKind): ReportDraft => ({
  kind,
  date: '',
  until: '',
  country: '',
  counterparty: '',
  relationship: '',
  email: '',
  category: '',
  amount: '',
  note: '',
});

export type DraftField =
  | 'date'
  | 'until'
  | 'country'
  | 'counterparty'
  | 'relationship'
  | 'email'
  | 'category'
  | 'amount'
  | 'note';
export type DraftProblem = 'required' | 'order' | 'amount' | 'email' | 'short';
export type DraftErrors = Partial<Record<DraftField, DraftProblem>>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks a draft before it leaves the browser, so every problem shows at once beside its field.
 * The rules follow the server's schemas (apps/server/src/routes/personnel/schema.ts), which stay
 * the authority.
 */
export function validateDraft(d: ReportDraft): DraftErrors {
  const e: DraftErrors = {};
  const needs = (field: DraftField, ok: boolean, problem: DraftProblem = 'required') => {
    if (!ok && !e[field]) e[field] = problem;
  };
  if (d.kind !== 'family') needs('date', DAY.test(d.date));
  if (d.kind !== 'financial') needs('country', d.country.trim().length >= 2);
  switch (d.kind) {
    case 'travel':
      needs('until', DAY.test(d.until));
      if (DAY.test(d.date) && DAY.test(d.until)) needs('until', d.until >= d.date, 'order');
      needs('note', d.note.trim().length >= 3, d.note.trim() === '' ? 'required' : 'short');
      break;
    case 'contact':
      needs('counterparty', d.counterparty.trim().length >= 2);
      break;
    case 'family':
      needs('counterparty', d.counterparty.trim().length >= 2);
      needs('relationship', d.relationship.trim().length >= 2);
      needs('email', EMAIL.test(d.email.trim()), d.email.trim() === '' ? 'required' : 'email');
      break;
    case 'financial':
      needs('category', d.category !== '');
      if (d.amount.trim() !== '')
        needs('amount', Number.isFinite(Number(d.amount)) && Number(d.amount) >= 0, 'amount');
      break;
  }
  return e;
}

/** The route and body that file a valid draft. */
export function reportRequest(d: ReportDraft): { path: string; body: Record<string, unknown> } {
  const trim = (s: string) => s.trim();
  switch (d.kind) {
    case 'travel':
      return {
        path: '/api/personnel/travel',
        body: {
          country: trim(d.country),
          departOn: d.date,
          returnOn: d.until,
          purpose: trim(d.note),
        },
      };
    case 'contact':
      return {
        path: '/api/personnel/contacts',
        body: {
          date: d.date,
          country: trim(d.country),
          counterparty: trim(d.counterparty),
          relationship: trim(d.relationship),
          note: trim(d.note),
        },
      };
    case 'family':
      return {
        path: '/api/personnel/family',
        body: {
          country: trim(d.country),
          relativeName: trim(d.counterparty),
          relativeEmail: trim(d.email),
          relationship: trim(d.relationship),
        },
      };
    case 'financial':
      return {
        path: '/api/personnel/financial',
        body: {
          date: d.date,
          category: d.category,
          ...(d.amount.trim() !== '' ? { amount: Number(d.amount) } : {}),
          note: trim(d.note),
        },
      };
  }
}
