import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n, type MessageKey } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import type { PersonnelReport } from './report-kinds.ts';

const QUESTIONS = [
  ['contacts', 'report.debrief.contacts'],
  ['approaches', 'report.debrief.approaches'],
  ['gifts', 'report.debrief.gifts'],
  ['requestsForInformation', 'report.debrief.requests'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;

type Answers = Record<(typeof QUESTIONS)[number][0], string>;

/**
 * After a trip, the four questions a debrief asks (contacts, approaches, gifts, requests for
 * information). "Nothing to report" is an answer too, so all may stay empty.
 */
export function DebriefForm({
  report,
  onDone,
  onCancel,
}: {
  report: PersonnelReport;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, day } = useI18n();
  const api = useApiClient();
  const [answers, setAnswers] = useState<Answers>({
    contacts: '',
    approaches: '',
    gifts: '',
    requestsForInformation: '',
  });
  const save = useApiAction(() =>
    api.post<PersonnelReport>(`/api/personnel/travel/${report.id}/debrief`, answers),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await save.run()) onDone();
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={save.pending} data-testid="debrief-form">
      <h2>
        {t('report.debriefTitle', {
          country: report.country,
          from: day(report.date),
          to: day(report.until ?? report.date),
        })}
      </h2>
      <p className="hint">{t('report.debriefHint')}</p>
      {QUESTIONS.map(([name, label]) => (
        <Field key={name} label={t(label)}>
          <textarea
            name={name}
            value={answers[name]}
            onChange={(e) => setAnswers({ ...answers, [name]: e.target.value })}
            maxLength={8000}
            rows={2}
          />
        </Field>
      ))}
      <ErrorNotice error={save.error} />
      <div className="actions">
        <button type="submit" disabled={save.pending}>
          {save.pending ? t('common.working') : t('report.submitDebrief')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
