import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { campaignToken } from './campaign-token.ts';

/**
 * Reporting a suspicious message is what the office wants staff to do; when the message was one
 * of its simulated approaches, the server counts the report and says so.
 */
export function ReportSuspiciousMessage() {
  const { t } = useI18n();
  const api = useApiClient();
  const [pasted, setPasted] = useState('');
  const [answered, setAnswered] = useState(false);
  const report = useApiAction(() =>
    api.post<{ reported: boolean; message: string }>('/api/campaigns/report', {
      token: campaignToken(pasted),
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await report.run();
    if (r) {
      setAnswered(true);
      setPasted('');
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={report.pending}>
      <h2>{t('suspicious.title')}</h2>
      <Field label={t('suspicious.link')} hint={t('suspicious.hint')}>
        <input
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          required
          spellCheck={false}
        />
      </Field>
      <ErrorNotice error={report.error} />
      <button type="submit" disabled={report.pending || pasted.trim() === ''}>
        {report.pending ? t('common.working') : t('suspicious.report')}
      </button>
      {answered && (
        <p role="status" className="notice notice-ok">
          {t('suspicious.thanks')}
        </p>
      )}
    </form>
  );
}
