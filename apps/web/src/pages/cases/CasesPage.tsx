import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { query } from '../../api/api-client.ts';
import { CASE_STATUSES, type CaseStatus, type CaseSummary } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

export function CasesPage() {
  const { t, dateTime } = useI18n();
  const account = useAccount();
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const cases = useApiGet<{ cases: CaseSummary[] }>(`/api/cases${query({ status, limit: 200 })}`);
  return (
    <section>
      <PageHeading title={t('cases.title')} />
      {(account.role === 'analyst' || account.role === 'investigator') && <NewCaseForm />}
      <Field label={t('cases.filter')}>
        <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
          <option value="">{t('cases.all')}</option>
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`case.status.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <AsyncView value={cases} onRetry={cases.reload}>
        {({ cases: list }) =>
          list.length === 0 ? (
            <p>{t('cases.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('cases.caseTitle')}</th>
                  <th scope="col">{t('cases.status')}</th>
                  <th scope="col">{t('cases.outcome')}</th>
                  <th scope="col">{t('cases.updated')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/cases/${c.id}`}>{c.title}</Link>
                    </td>
                    <td>
                      <span className={`badge badge-${c.status}`}>
                        {t(`case.status.${c.status}`)}
                      </span>
                    </td>
                    <td>{c.outcome ? t(`case.outcome.${c.outcome}`) : '—'}</td>
                    <td>{dateTime(c.updatedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}

function NewCaseForm() {
  const { t } = useI18n();
  const api = useApiClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const create = useApiAction((value: string) =>
    api.post<CaseSummary>('/api/cases', { title: value }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const created = await create.run(title.trim());
    if (created) navigate(`/cases/${created.id}`);
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={create.pending}>
      <h2>{t('cases.new')}</h2>
      <Field label={t('cases.caseTitle')} hint={t('cases.titleHint')}>
        <input
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          minLength={3}
          maxLength={300}
        />
      </Field>
      <ErrorNotice error={create.error} />
      <button type="submit" disabled={create.pending || title.trim().length < 3}>
        {create.pending ? t('common.working') : t('cases.create')}
      </button>
    </form>
  );
}
