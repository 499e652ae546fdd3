import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

export interface TrainingAssignment {
  id: string;
  moduleId: string;
  title: string;
  topic: string;
  dueOn: string;
  completedAt: string | null;
  score: number | null;
}

/** Assigned courses with overall progress; overdue ones are marked in words, not colour alone. */
export function MyTrainingPage() {
  const { t, day, number } = useI18n();
  const assignments = useApiGet<{ assignments: TrainingAssignment[] }>('/api/training/mine');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section>
      <PageHeading title={t('training.title')} />
      <AsyncView value={assignments} onRetry={assignments.reload}>
        {({ assignments: list }) => {
          const done = list.filter((a) => a.completedAt).length;
          return (
            <>
              <div className="panel">
                <label htmlFor="training-progress">{t('training.progress', { done, total: list.length })}</label>
                <progress id="training-progress" max={Math.max(1, list.length)} value={done} style={{ width: '100%' }} />
              </div>
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
                      <tr key={a.id}>
                        <td>{a.title}</td>
                        <td>{day(a.dueOn)}</td>
                        <td>
                          {a.completedAt ? (
                            <span className="badge badge-ok">{t('training.completed', { score: a.score === null ? '—' : number(a.score * 100, 0) })}</span>
                          ) : a.dueOn < today ? (
                            <span className="badge badge-bad">{t('training.overdue')}</span>
                          ) : (
                            <span className="badge badge-pending">{t('training.todo')}</span>
                          )}
                        </td>
                        <td>{!a.completedAt && <CompleteButton assignment={a} onDone={assignments.reload} />}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          );
        }}
      </AsyncView>
    </section>
  );
}

function CompleteButton({ assignment, onDone }: { assignment: TrainingAssignment; onDone(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const complete = useApiAction(() => api.post(`/api/training/assignments/${assignment.id}/complete`, {}));
  return (
    <>
      <button
        type="button"
        disabled={complete.pending}
        onClick={async () => {
          if (await complete.run()) onDone();
        }}
      >
        {complete.pending ? t('common.working') : t('training.markDone')}
      </button>
      <ErrorNotice error={complete.error} />
    </>
  );
}
