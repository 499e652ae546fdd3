import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { TrainingAssignment, TrainingCompletion, TrainingModule } from './training-types.ts';

/** A course: its lessons to read, then the quiz; the server scores the answers. */
export function CourseView({
  assignment,
  onClose,
}: {
  assignment: TrainingAssignment;
  onClose(): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const module = useApiGet<TrainingModule>(
    `/api/training/modules/${encodeURIComponent(assignment.moduleId)}`,
  );
  const [answers, setAnswers] = useState<Record<number, number>>({});
  const [result, setResult] = useState<TrainingCompletion | null>(null);
  const complete = useApiAction((list: number[]) =>
    api.post<TrainingCompletion>(`/api/training/assignments/${assignment.id}/complete`, {
      answers: list,
    }),
  );
  return (
    <AsyncView value={module} onRetry={module.reload}>
      {(m) => {
        const allAnswered = m.quiz.every((_, i) => answers[i] !== undefined);
        async function submit(event: FormEvent) {
          event.preventDefault();
          const r = await complete.run(m.quiz.map((_, i) => answers[i] ?? 0));
          if (r) setResult(r);
        }
        return (
          <section>
            <PageHeading title={m.title} />
            {m.lessons.map((l) => (
              <div key={l.title} className="panel">
                <h2>{l.title}</h2>
                <p style={{ whiteSpace: 'pre-wrap' }}>{l.text}</p>
              </div>
            ))}
            {result ? (
              <div
                role="status"
                className={result.passed ? 'notice notice-ok' : 'notice notice-warn'}
              >
                <p>
                  {t(result.passed ? 'training.passed' : 'training.failed', {
                    correct: result.correct,
                    questions: result.questions,
                  })}
                </p>
                <button type="button" onClick={onClose}>
                  {t('training.back')}
                </button>
              </div>
            ) : (
              <form onSubmit={(e) => void submit(e)} aria-busy={complete.pending}>
                <h2>{t('training.quiz')}</h2>
                {m.quiz.map((q, i) => (
                  <fieldset key={q.question} className="field">
                    <legend>{q.question}</legend>
                    {q.options.map((o, j) => (
                      <label key={o}>
                        <input
                          type="radio"
                          name={`q${i}`}
                          checked={answers[i] === j}
                          onChange={() => setAnswers({ ...answers, [i]: j })}
                        />{' '}
                        {o}
                      </label>
                    ))}
                  </fieldset>
                ))}
                <ErrorNotice error={complete.error} />
                <div className="actions">
                  <button type="submit" disabled={complete.pending || !allAnswered}>
                    {complete.pending ? t('common.working') : t('training.submitQuiz')}
                  </button>
                  <button type="button" className="secondary" onClick={onClose}>
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            )}
          </section>
        );
      }}
    </AsyncView>
  );
}
