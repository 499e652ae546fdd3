import { useState, type FormEvent, type ReactElement } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import {
  FINANCIAL_CATEGORIES,
  emptyDraft,
  reportRequest,
  validateDraft,
  type DraftField,
  type DraftProblem,
  type FormKind,
  type PersonnelReport,
  type ReportDraft,
} from './report-kinds.ts';

const PROBLEM_KEYS: Record<DraftProblem, MessageKey> = {
  required: 'form.required',
  order: 'report.untilBeforeDate',
  amount: 'report.amountPositive',
  email: 'report.emailBad',
  short: 'report.tooShort',
};

const TITLES: Record<FormKind, MessageKey> = {
  travel: 'report.newTravel',
  contact: 'report.newContact',
  family: 'report.newFamily',
  financial: 'report.newFinancial',
};

/**
 * One form for the four report kinds; each shows only the fields its kind asks for. Errors
 * appear after the first submit, all at once, each beside its field.
 */
export function ReportForm({
  kind,
  onFiled,
}: {
  kind: FormKind;
  onFiled(report: PersonnelReport): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const [draft, setDraft] = useState<ReportDraft>(emptyDraft(kind));
  const [submitted, setSubmitted] = useState(false);
  const errors = validateDraft(draft);
  const request = reportRequest(draft);
  const file = useApiAction(() => api.post<PersonnelReport>(request.path, request.body));
  const set = (field: DraftField) => (e: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: e.target.value });
  const error = (field: DraftField) =>
    submitted && errors[field] ? t(PROBLEM_KEYS[errors[field]!]) : null;
  const field = (
    name: DraftField,
    label: MessageKey,
    control: ReactElement<Record<string, unknown>>,
    hint?: MessageKey,
  ) => (
    <Field label={t(label)} error={error(name)} {...(hint ? { hint: t(hint) } : {})}>
      {control}
    </Field>
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    const filed = await file.run();
    if (filed) {
      onFiled(filed);
      setSubmitted(false);
      setDraft(emptyDraft(kind));
    }
  }

  const text = (name: DraftField, extra: Record<string, unknown> = {}) => (
    <input name={name} value={draft[name]} onChange={set(name)} {...extra} />
  );
  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-busy={file.pending}
      data-testid={`report-form-${kind}`}
    >
      <h2>{t(TITLES[kind])}</h2>
      <div className="form-grid">
        {kind !== 'family' &&
          field(
            'date',
            kind === 'travel' ? 'report.departure' : 'report.date',
            text('date', { type: 'date', required: true }),
          )}
        {kind === 'travel' &&
          field('until', 'report.return', text('until', { type: 'date', required: true }))}
        {kind !== 'financial' &&
          field(
            'country',
            'report.country',
            text('country', { required: true, autoComplete: 'country-name' }),
          )}
        {kind === 'contact' &&
          field('counterparty', 'report.contactName', text('counterparty', { required: true }))}
        {kind === 'contact' && field('relationship', 'report.relationship', text('relationship'))}
        {kind === 'family' &&
          field('counterparty', 'report.relativeName', text('counterparty', { required: true }))}
        {kind === 'family' &&
          field('relationship', 'report.relationship', text('relationship', { required: true }))}
        {kind === 'family' &&
          field(
            'email',
            'report.relativeEmail',
            text('email', { type: 'email', required: true }),
            'report.relativeEmailHint',
          )}
        {kind === 'financial' &&
          field(
            'category',
            'report.category',
            <select name="category" value={draft.category} onChange={set('category')} required>
              <option value="">—</option>
              {FINANCIAL_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(`report.category.${c}`)}
                </option>
              ))}
            </select>,
          )}
        {kind === 'financial' &&
          field(
            'amount',
            'report.amount',
            text('amount', { type: 'number', min: '0', step: 'any', inputMode: 'decimal' }),
            'report.amountHint',
          )}
      </div>
      {kind === 'travel' && field('note', 'report.purpose', text('note', { required: true }))}
      {(kind === 'contact' || kind === 'financial') &&
        field(
          'note',
          'report.note',
          <textarea name="note" value={draft.note} onChange={set('note')} maxLength={8000} />,
          kind === 'contact' ? 'report.noteHint.contact' : 'report.noteHint.financial',
        )}
      {submitted && Object.keys(errors).length > 0 && (
        <p role="alert" className="field-error">
          {t('form.fixErrors')}
        </p>
      )}
      <ErrorNotice error={file.error} />
      <button type="submit" disabled={file.pending}>
        {file.pending ? t('common.working') : t('report.file')}
      </button>
    </form>
  );
}
