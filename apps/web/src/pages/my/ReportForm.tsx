import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { validateDraft, type PersonnelReport, type ReportDraft, type ReportKind } from './report-kinds.ts';

const ERROR_KEYS: Record<'required' | 'order' | 'past' | 'amount', MessageKey> = {
  required: 'form.required',
  order: 'report.untilBeforeDate',
  past: 'form.required',
  amount: 'report.amountPositive',
};

const TITLES: Record<ReportKind, MessageKey> = { travel: 'report.newTravel', contact: 'report.newContact', financial: 'report.newFinancial' };

/**
 * One form for the three report kinds; each shows only the fields its kind asks for. Errors
 * appear after the first submit, all at once, each beside its field.
 */
export function ReportForm({ kind, onFiled }: { kind: ReportKind; onFiled(report: PersonnelReport): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [date, setDate] = useState('');
  const [until, setUntil] = useState('');
  const [country, setCountry] = useState('');
  const [counterparty, setCounterparty] = useState('');
  const [note, setNote] = useState('');
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const draft: ReportDraft = {
    kind,
    date,
    ...(kind === 'travel' ? { until } : {}),
    country: country.trim(),
    counterparty: counterparty.trim(),
    note: note.trim(),
    details: kind === 'financial' ? { amount: amount === '' ? null : Number(amount) } : kind === 'travel' ? { purpose: purpose.trim() } : {},
  };
  const errors = validateDraft(draft);
  const show = (field: keyof typeof errors) => (submitted && errors[field] ? t(ERROR_KEYS[errors[field]!]) : null);
  const file = useApiAction(() => api.post<PersonnelReport>('/api/reports', draft));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0) return;
    const filed = await file.run();
    if (filed) {
      onFiled(filed);
      setSubmitted(false);
      for (const reset of [setDate, setUntil, setCountry, setCounterparty, setNote, setAmount, setPurpose]) reset('');
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={file.pending} data-testid={`report-form-${kind}`}>
      <h2>{t(TITLES[kind])}</h2>
      <div className="form-grid">
        <Field label={t(kind === 'travel' ? 'report.departure' : 'report.date')} error={show('date')}>
          <input type="date" name="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </Field>
        {kind === 'travel' && (
          <Field label={t('report.return')} error={show('until')}>
            <input type="date" name="until" value={until} onChange={(e) => setUntil(e.target.value)} required />
          </Field>
        )}
        {kind !== 'financial' && (
          <Field label={t('report.country')} error={show('country')}>
            <input name="country" value={country} onChange={(e) => setCountry(e.target.value)} required autoComplete="country-name" />
          </Field>
        )}
        {kind !== 'travel' && (
          <Field label={t(kind === 'contact' ? 'report.contactName' : 'report.institution')} error={show('counterparty')}>
            <input name="counterparty" value={counterparty} onChange={(e) => setCounterparty(e.target.value)} required />
          </Field>
        )}
        {kind === 'financial' && (
          <Field label={t('report.amount')} hint={t('report.amountHint')} error={show('amount')}>
            <input name="amount" type="number" min="0" step="any" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} required />
          </Field>
        )}
        {kind === 'travel' && (
          <Field label={t('report.purpose')}>
            <input name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} />
          </Field>
        )}
      </div>
      <Field label={t('report.note')} hint={t(`report.noteHint.${kind}`)}>
        <textarea name="note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} />
      </Field>
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
