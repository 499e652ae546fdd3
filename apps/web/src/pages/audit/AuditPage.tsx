import { useState } from 'react';
import { query } from '../../api/api-client.ts';
import type { AuditPage as AuditEntries, AuditVerification } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

/** The hash-chained audit log: verify the chain, then read it page by page. */
export function AuditPage() {
  const { t } = useI18n();
  const account = useAccount();
  return (
    <section>
      <PageHeading title={t('audit.title')} />
      <AuditVerify />
      {account.role === 'auditor' && <AuditLog />}
    </section>
  );
}

function AuditVerify() {
  const { t, number } = useI18n();
  const api = useApiClient();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const verify = useApiAction(() => api.get<AuditVerification>('/api/audit/verify'));
  return (
    <div className="panel">
      <h2>{t('audit.verify')}</h2>
      <p className="hint">{t('audit.verifyHint')}</p>
      <button
        type="button"
        disabled={verify.pending}
        onClick={async () => {
          const r = await verify.run();
          if (r) setResult(r);
        }}
      >
        {verify.pending ? t('audit.verifying') : t('audit.verifyNow')}
      </button>
      <ErrorNotice error={verify.error} />
      {result && (
        <div
          role="status"
          className={result.ok ? 'notice notice-ok' : 'notice notice-error'}
          data-testid="audit-verification"
        >
          <p>
            {result.ok
              ? t('audit.intact', { n: result.entries })
              : t('audit.broken', {
                  seq: result.firstBreak?.seq ?? 0,
                  problem: result.firstBreak?.message ?? '',
                })}
          </p>
          <p className="hint">
            {t('audit.head')} <code>{result.head.slice(0, 16)}…</code> · {number(result.entries)}
          </p>
        </div>
      )}
    </div>
  );
}

function AuditLog() {
  const { t, dateTime } = useI18n();
  const [afterSeq, setAfterSeq] = useState(0);
  const [history, setHistory] = useState<number[]>([]);
  const [actor, setActor] = useState('');
  const [action, setAction] = useState('');
  const page = useApiGet<AuditEntries>(
    `/api/audit${query({ afterSeq, limit: 50, actor: actor.trim(), action: action.trim() })}`,
  );
  return (
    <div className="panel">
      <h2>{t('audit.entries')}</h2>
      <div className="form-grid">
        <Field label={t('audit.actor')}>
          <input
            value={actor}
            onChange={(e) => (setActor(e.target.value), setAfterSeq(0), setHistory([]))}
          />
        </Field>
        <Field label={t('audit.action')} hint={t('audit.actionHint')}>
          <input
            value={action}
            onChange={(e) => (setAction(e.target.value), setAfterSeq(0), setHistory([]))}
          />
        </Field>
      </div>
      <AsyncView value={page} onRetry={page.reload}>
        {(data) => (
          <>
            <table>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    #
                  </th>
                  <th scope="col">{t('audit.at')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.action')}</th>
                  <th scope="col">{t('audit.target')}</th>
                  <th scope="col">{t('audit.details')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entries.map((e) => (
                  <tr key={e.seq} data-testid="audit-row">
                    <td className="num">{e.seq}</td>
                    <td>{dateTime(e.at)}</td>
                    <td>{e.actor}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>{e.target}</td>
                    <td>
                      <code>{JSON.stringify(e.details)}</code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="actions">
              <button
                type="button"
                className="secondary"
                disabled={history.length === 0}
                onClick={() => (
                  setAfterSeq(history[history.length - 1] ?? 0),
                  setHistory(history.slice(0, -1))
                )}
              >
                {t('common.previous')}
              </button>
              <button
                type="button"
                className="secondary"
                disabled={data.nextAfterSeq === null}
                onClick={() => (
                  setHistory([...history, afterSeq]),
                  setAfterSeq(data.nextAfterSeq ?? 0)
                )}
              >
                {t('common.next')}
              </button>
            </div>
          </>
        )}
      </AsyncView>
    </div>
  );
}
