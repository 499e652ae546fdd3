import { useState, type FormEvent } from 'react';
import type { Person } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PeoplePicker } from '../../ui/PeoplePicker.tsx';
import { CourseName } from '../my/CourseName.tsx';
import type { TrainingAssignment, TrainingModuleSummary } from '../my/training-types.ts';
import { dayAfter } from '../registry/registry-types.ts';

/** The officer's side of training: assign a course to people by a date, and who is overdue. */
export function TrainingAdmin() {
  const { t, day } = useI18n();
  const api = useApiClient();
  const modules = useApiGet<{ modules: TrainingModuleSummary[] }>('/api/training/modules');
  const overdue = useApiGet<{ assignments: TrainingAssignment[] }>('/api/training/overdue');
  const [moduleId, setModuleId] = useState('');
  const [people, setPeople] = useState<Person[]>([]);
  const [dueOn, setDueOn] = useState(dayAfter(30));
  const [assigned, setAssigned] = useState<number | null>(null);
  const assign = useApiAction(() =>
    api.post<{ assignments: TrainingAssignment[] }>('/api/training/assignments', {
      moduleId,
      accountIds: people.map((p) => p.id),
      dueOn,
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await assign.run();
    if (r) {
      setAssigned(r.assignments.length);
      setPeople([]);
      overdue.reload();
    }
  }
  return (
    <div className="panel">
      <h2>{t('trainingAdmin.title')}</h2>
      <form onSubmit={(e) => void submit(e)} aria-busy={assign.pending}>
        <div className="form-grid">
          <Field label={t('training.course')}>
            <select value={moduleId} onChange={(e) => setModuleId(e.target.value)} required>
              <option value="">—</option>
              {modules.state === 'ready' &&
                modules.data.modules.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
            </select>
          </Field>
          <Field label={t('training.due')}>
            <input type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required />
          </Field>
        </div>
        <Field label={t('trainingAdmin.accounts')} hint={t('people.searchHint')}>
          <PeoplePicker value={people} onChange={setPeople} multiple />
        </Field>
        {modules.state === 'loading' && <Loading />}
        {modules.state === 'error' && (
          <ErrorNotice
            error={modules.error}
            onRetry={modules.reload}
            title={t('training.titlesFailed')}
          />
        )}
        <ErrorNotice error={assign.error} />
        <button type="submit" disabled={assign.pending || moduleId === '' || people.length === 0}>
          {assign.pending ? t('common.working') : t('trainingAdmin.assign')}
        </button>
        {assigned !== null && (
          <p role="status" className="notice notice-ok">
            {t('trainingAdmin.assigned', { n: assigned })}
          </p>
        )}
      </form>
      <h3>{t('overview.overdueTraining')}</h3>
      <AsyncView value={overdue} onRetry={overdue.reload}>
        {({ assignments }) =>
          assignments.length === 0 ? (
            <p>{t('trainingAdmin.noneOverdue')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('trainingAdmin.account')}</th>
                  <th scope="col">{t('training.course')}</th>
                  <th scope="col">{t('training.due')}</th>
                </tr>
              </thead>
              <tbody>
                {assignments.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.accountName ?? ''} <code>{a.accountId}</code>
                    </td>
                    <td>
                      <CourseName catalog={modules} moduleId={a.moduleId} />
                    </td>
                    <td>{day(a.dueOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </div>
  );
}
