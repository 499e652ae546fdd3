import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { Alert } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { AddToCaseForm } from './AddToCaseForm.tsx';
import { AlertState } from './AlertState.tsx';

/**
 * One-click triage: "Open case" escalates at once with a title naming the pseudonym and day;
 * "Dismiss" asks only for the reason the server requires.
 */
export function AlertTriage({ alert, onChanged }: { alert: Alert; onChanged(): void }) {
  const { t, day } = useI18n();
  const api = useApiClient();
  const [current, setCurrent] = useState(alert);
  const [dismissing, setDismissing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [reason, setReason] = useState('');
  const escalate = useApiAction(() =>
    api.post<Alert>(`/api/alerts/${alert.id}/case`, {
      title: t('alerts.caseTitle', { pseudonym: alert.pseudonym, day: day(alert.day) }),
    }),
  );
  const dismiss = useApiAction((why: string) =>
    api.post<Alert>(`/api/alerts/${alert.id}/dismiss`, { reason: why }),
  );

  if (current.status !== 'open') {
    return (
      <span role="status">
        <AlertState alert={current} />
        {current.status === 'escalated' && current.caseId && (
          <>
            {' '}
            <Link to={`/cases/${current.caseId}`}>{t('alerts.openTheCase')}</Link>
          </>
        )}
      </span>
    );
  }

  async function submitDismiss(event: FormEvent) {
    event.preventDefault();
    const updated = await dismiss.run(reason.trim());
    if (updated) {
      setCurrent(updated);
      onChanged();
    }
  }

  return (
    <div>
      {adding ? (
        <AddToCaseForm
          alert={alert}
          onCancel={() => setAdding(false)}
          onAdded={(updated) => {
            setCurrent(updated);
            setAdding(false);
          }}
        />
      ) : !dismissing ? (
        <div className="actions">
          <button
            type="button"
            disabled={escalate.pending}
            onClick={async () => {
              const updated = await escalate.run();
              if (updated) setCurrent(updated);
            }}
          >
            {escalate.pending ? t('common.working') : t('alerts.openCase')}
          </button>
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {t('alerts.addToCase')}
          </button>
          <button type="button" className="secondary" onClick={() => setDismissing(true)}>
            {t('alerts.dismiss')}
          </button>
        </div>
      ) : (
        <form className="inline" onSubmit={(e) => void submitDismiss(e)}>
          <Field
            label={t('alerts.dismissReason')}
            error={
              reason.length > 0 && reason.trim().length < 3 ? t('alerts.dismissReasonShort') : null
            }
          >
            <input
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              minLength={3}
              autoFocus
            />
          </Field>
          <button type="submit" disabled={dismiss.pending || reason.trim().length < 3}>
            {dismiss.pending ? t('common.working') : t('alerts.confirmDismiss')}
          </button>
          <button type="button" className="secondary" onClick={() => setDismissing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      )}
      <ErrorNotice error={escalate.error ?? dismiss.error} />
    </div>
  );
}
