import { useState, type FormEvent } from 'react';
import type { RevealRequest } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { RevealList } from '../reveals/RevealList.tsx';

const PSEUDONYM = /^P-[A-Z2-9]{8}$/;
const MIN_REASON = 10;

/**
 * Step one of the two-person reveal: ask, with a reason, in the context of this case. A second
 * person decides on the reveals page; the identity then shows here to the two of them only.
 */
export function CaseReveals({
  caseId,
  pseudonyms,
  mayRequest,
}: {
  caseId: string;
  pseudonyms: string[];
  mayRequest: boolean;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const requests = useApiGet<{ requests: RevealRequest[] }>('/api/reveals');
  const [pseudonym, setPseudonym] = useState(pseudonyms[0] ?? '');
  const [reason, setReason] = useState('');
  const ask = useApiAction(() =>
    api.post<RevealRequest>('/api/reveals', {
      pseudonym: pseudonym.trim(),
      caseId,
      reason: reason.trim(),
    }),
  );
  const pseudonymBad = pseudonym !== '' && !PSEUDONYM.test(pseudonym.trim());
  const reasonShort = reason !== '' && reason.trim().length < MIN_REASON;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await ask.run()) {
      setReason('');
      requests.reload();
    }
  }
  return (
    <div className="panel">
      <h2>{t('reveals.forCase')}</h2>
      <p className="hint">{t('reveals.explain')}</p>
      <AsyncView value={requests} onRetry={requests.reload}>
        {(data) => (
          <RevealList
            requests={data.requests.filter((r) => r.caseId === caseId)}
            onChanged={requests.reload}
          />
        )}
      </AsyncView>
      {mayRequest && (
        <form onSubmit={(e) => void submit(e)} aria-busy={ask.pending}>
          <h3>{t('reveals.request')}</h3>
          <div className="form-grid">
            <Field
              label={t('reveals.pseudonym')}
              hint={t('reveals.pseudonymHint')}
              error={pseudonymBad ? t('reveals.pseudonymBad') : null}
            >
              <input
                value={pseudonym}
                onChange={(e) => setPseudonym(e.target.value.toUpperCase())}
                list="case-pseudonyms"
                required
              />
            </Field>
          </div>
          <datalist id="case-pseudonyms">
            {pseudonyms.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
          <Field
            label={t('reveals.reason')}
            hint={t('reveals.reasonHint')}
            error={reasonShort ? t('reveals.reasonShort', { n: MIN_REASON }) : null}
          >
            <textarea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              required
              minLength={MIN_REASON}
              maxLength={4000}
            />
          </Field>
          <ErrorNotice error={ask.error} />
          <button
            type="submit"
            disabled={
              ask.pending || pseudonymBad || reason.trim().length < MIN_REASON || pseudonym === ''
            }
          >
            {ask.pending ? t('common.working') : t('reveals.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
