import { useState } from 'react';
import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CourseName } from './CourseName.tsx';
import { CourseView } from './CourseView.tsx';
import { ReportSuspiciousMessage } from './ReportSuspiciousMessage.tsx';
import type { TrainingAssignment, TrainingModuleSummary } from './training-types.ts';

/** Assigned courses with overall progress; overdue ones are marked in words, not colour alone. */
export function MyTrainingPage() {
  const { t, day, number } = useI18n();
  const account = useAccount();
  const assignments = useApiGet<{ assignments: TrainingAssignment[] }>(
    `/api/training/assignments?accountId=${encodeURIComponent(account.id)}`,
  );
  const modules = useApiGet<{ modules: TrainingModuleSummary[] }>('/api/training/modules');
  const [taking, setTaking] = useState<TrainingAssignment | null>(null);
  if (taking) {
    return (
      <CourseView
        assignment={taking}
        onClose={() => {
          setTaking(null);
          assignments.reload();
        }}
      />
    );
  }
  return (
    <section>
      <PageHeading title={t('training.title')} />
      <AsyncView value={assignments} onRetry={assignments.reload}>
        {({ assignments: all }) => {
          const list = all.filter((a) => a.accountId === account.id);
          const done = list.filter((a) => a.completedAt).length;
          return (
            <>
              <div className="panel">
                <label htmlFor="training-progress">
                  {t('training.progress', { done, total: list.length })}
                </label>
                <progress
                  id="training-progress"
                  max={Math.max(1, list.length)}
                  value={done}
                  style={{ width: '100%' }}
                />
              </div>
              {modules.state === 'error' && list.length > 0 && (
                <ErrorNotice
                  error={modules.error}
                  onRetry={modules.reload}
                  title={t('training.titlesFailed')}
                />
              )}
              {list.length === 0 ? (
                <p>{t('training.none')}</p>
              ) : (
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('training.course')}</th>
                      <th scope="col">{t('training.due')}</th>
                      <th scope="col">{t('training.state')}</th>
                      <th scope="col">{t('alerts.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((a) => (
                      <tr key={a.id} data-testid="training-row">
                        <td>
                          <CourseName catalog={modules} moduleId={a.moduleId} />
                        </td>
                        <td>{day(a.dueOn)}</td>
                        <td>
                          {a.completedAt ? (
                            <span className="badge badge-ok">
                              {t('training.completed', {
                                score: a.score === null ? '—' : number(a.score * 100, 0),
                              })}
                            </span>
                          ) : a.overdue ? (
                            <span className="badge badge-bad">{t('training.overdue')}</span>
                          ) : (
                            <span className="badge badge-pending">{t('training.todo')}</span>
                          )}
                        </td>
                        <td>
                          {!a.completedAt && (
                            <button type="button" onClick={() => setTaking(a)}>
                              {t('training.take')}
                            </button>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </AsyncView>
      <ReportSuspiciousMessage />
    </section>
  );
}
