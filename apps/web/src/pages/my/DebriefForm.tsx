import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import type { PersonnelReport } from './report-kinds.ts';

/** After a trip: what happened, whom the traveller met, anything unusual (approaches, searches). */
export function DebriefForm({ report, onDone }: { report: PersonnelReport; onDone(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [debrief, setDebrief] = useState('');
  const [approached, setApproached] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const save = useApiAction(() => api.post<PersonnelReport>(`/api/reports/${report.id}/debrief`, { debrief: debrief.trim(), approached }));
  const empty = debrief.trim().length === 0;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (empty) return;
    if (await save.run()) onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-busy={save.pending} data-testid="debrief-form">
      <h3>{t('report.debriefTitle', { country: report.country })}</h3>
      <Field label={t('report.debrief')} hint={t('report.debriefHint')} error={submitted && empty ? t('form.required') : null}>
        <textarea name="debrief" value={debrief} onChange={(e) => setDebrief(e.target.value)} required maxLength={20000} />
      </Field>
      <div className="field">
        <label>
          <input type="checkbox" checked={approached} onChange={(e) => setApproached(e.target.checked)} /> {t('report.approached')}
        </label>
      </div>
      <ErrorNotice error={save.error} />
      <button type="submit" disabled={save.pending}>
        {save.pending ? t('common.working') : t('report.submitDebrief')}
      </button>
    </form>
  );
}
