import { useState, type FormEvent } from 'react';
import type { Alert, CaseSummary } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

/** Adds the alert to a case already under way (closed cases take nothing new). */
export function AddToCaseForm({
  alert,
  onAdded,
  onCancel,
}: {
  alert: Alert;
  onAdded(a: Alert): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const cases = useApiGet<{ cases: CaseSummary[] }>('/api/cases?limit=200');
  const [caseId, setCaseId] = useState('');
  const add = useApiAction(() => api.post<Alert>(`/api/alerts/${alert.id}/case`, { caseId }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const updated = await add.run();
    if (updated) onAdded(updated);
  }
  return (
    <form className="inline" onSubmit={(e) => void submit(e)} aria-busy={add.pending}>
      <AsyncView value={cases} onRetry={cases.reload}>
        {({ cases: list }) => (
          <Field label={t('alerts.whichCase')}>
            <select value={caseId} onChange={(e) => setCaseId(e.target.value)} required>
              <option value="">—</option>
              {list
                .filter((c) => c.status !== 'closed')
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title}
                  </option>
                ))}
            </select>
          </Field>
        )}
      </AsyncView>
      <button type="submit" disabled={add.pending || caseId === ''}>
        {add.pending ? t('common.working') : t('alerts.add')}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <ErrorNotice error={add.error} />
    </form>
  );
}
