import { useState } from 'react';
import { Link } from 'react-router';
import { query } from '../../api/api-client.ts';
import type { Alert, AlertPage, AlertStatus } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AlertState } from './AlertState.tsx';
import { AlertTriage } from './AlertTriage.tsx';

const PAGE_SIZE = 25;
const TRIAGE_ROLES = new Set(['analyst', 'investigator']);

/** The queue: highest score first, people by pseudonym, each score with the reasons behind it. */
export function AlertsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<AlertStatus>('open');
  const [offset, setOffset] = useState(0);
  const page = useApiGet<AlertPage>(`/api/alerts${query({ status, limit: PAGE_SIZE, offset })}`);
  return (
    <section>
      <PageHeading title={t('alerts.title')} />
      <div className="actions">
        <Field label={t('alerts.status')}>
          <select
            value={status}
            onChange={(e) => {
              setStatus(e.target.value as AlertStatus);
              setOffset(0);
            }}
          >
            <option value="open">{t('alerts.status.open')}</option>
            <option value="escalated">{t('alerts.status.escalated')}</option>
            <option value="dismissed">{t('alerts.status.dismissed')}</option>
          </select>
        </Field>
      </div>
      <AsyncView value={page} onRetry={page.reload}>
        {(data) => (
          <AlertTable data={data} offset={offset} onPage={setOffset} onChanged={page.reload} />
        )}
      </AsyncView>
    </section>
  );
}

function AlertTable({
  data,
  offset,
  onPage,
  onChanged,
}: {
  data: AlertPage;
  offset: number;
  onPage(o: number): void;
  onChanged(): void;
}) {
  const { t, day, number } = useI18n();
  const account = useAccount();
  const mayTriage = TRIAGE_ROLES.has(account.role);
  if (data.alerts.length === 0) return <p>{t('alerts.empty')}</p>;
  return (
    <>
      <p>
        {t('alerts.count', {
          from: offset + 1,
          to: offset + data.alerts.length,
          total: data.total,
        })}
      </p>
      <table>
        <caption className="sr-only">{t('alerts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('alerts.pseudonym')}</th>
            <th scope="col">{t('alerts.day')}</th>
            <th scope="col" className="num">
              {t('alerts.score')}
            </th>
            <th scope="col">{t('alerts.reasons')}</th>
            <th scope="col">{t('alerts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {data.alerts.map((alert: Alert) => (
            <tr key={alert.id} data-testid="alert-row" data-alert-id={alert.id}>
              <td>
                <Link className="pseudonym" to={`/subjects/${alert.pseudonym}`}>
                  {alert.pseudonym}
                </Link>
              </td>
              <td>{day(alert.day)}</td>
              <td className="num">{number(alert.score, 2)}</td>
              <td>
                <ul className="reasons">
                  {alert.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              <td>
                {mayTriage ? (
                  <AlertTriage alert={alert} onChanged={onChanged} />
                ) : (
                  <AlertState alert={alert} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={offset === 0}
          onClick={() => onPage(Math.max(0, offset - PAGE_SIZE))}
        >
          {t('common.previous')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={offset + data.alerts.length >= data.total}
          onClick={() => onPage(offset + PAGE_SIZE)}
        >
          {t('common.next')}
        </button>
      </div>
    </>
  );
}
