import { useState, type FormEvent } from 'react';
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  type CaseDetail,
  type CaseOutcome,
  type CaseStatus,
  type CaseSummary,
} from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

/** Closing needs an outcome (the server refuses otherwise), so the form asks for one first. */
export function CaseStatusForm({ current, onSaved }: { current: CaseDetail; onSaved(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [status, setStatus] = useState<CaseStatus>(current.status);
  const [outcome, setOutcome] = useState<CaseOutcome | ''>(current.outcome ?? '');
  const save = useApiAction(() =>
    api.patch<CaseSummary>(`/api/cases/${current.id}`, {
      status,
      outcome: outcome === '' ? null : outcome,
    }),
  );
  const needsOutcome = status === 'closed' && outcome === '';
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run()) onSaved();
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={save.pending}>
      <h2>{t('cases.changeStatus')}</h2>
      <div className="form-grid">
        <Field label={t('cases.status')}>
          <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus)}>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`case.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('cases.outcome')} error={needsOutcome ? t('cases.outcomeNeeded') : null}>
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as CaseOutcome | '')}>
            <option value="">—</option>
            {CASE_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`case.outcome.${o}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorNotice error={save.error} />
      <button type="submit" disabled={save.pending || needsOutcome}>
        {save.pending ? t('common.working') : t('common.save')}
      </button>
    </form>
  );
}
