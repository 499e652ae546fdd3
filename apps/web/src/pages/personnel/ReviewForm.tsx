import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import type { PersonnelReport } from '../my/report-kinds.ts';

/** An officer's review note on a report: it closes the loop with the person who filed it. */
export function ReviewForm({
  report,
  onReviewed,
}: {
  report: PersonnelReport;
  onReviewed(): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const [note, setNote] = useState('');
  const review = useApiAction(() =>
    api.post(`/api/personnel/reports/${report.id}/review`, { note: note.trim() }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await review.run()) onReviewed();
  }
  return (
    <form className="inline" onSubmit={(e) => void submit(e)} aria-busy={review.pending}>
      <label>
        <span className="sr-only">{t('personnel.reviewNote')}</span>
        <input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('personnel.reviewNote')}
          required
        />
      </label>
      <button type="submit" className="secondary" disabled={review.pending || note.trim() === ''}>
        {t('personnel.review')}
      </button>
      <ErrorNotice error={review.error} />
    </form>
  );
}
