import { useState, type FormEvent } from 'react';
import type { CaseDetail, CaseNote } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

export function CaseNotes({
  current,
  mayAdd,
  onAdded,
}: {
  current: CaseDetail;
  mayAdd: boolean;
  onAdded(): void;
}) {
  const { t, dateTime } = useI18n();
  const api = useApiClient();
  const [body, setBody] = useState('');
  const add = useApiAction(() =>
    api.post<CaseNote>(`/api/cases/${current.id}/notes`, { body: body.trim() }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await add.run()) {
      setBody('');
      onAdded();
    }
  }
  return (
    <div className="panel">
      <h2>{t('cases.notes')}</h2>
      {current.notes.length === 0 ? (
        <p>{t('cases.noNotes')}</p>
      ) : (
        <ul className="messages">
          {current.notes.map((n) => (
            <li key={n.id} data-testid="note">
              <p>{n.body}</p>
              <p className="hint">{dateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      {mayAdd && (
        <form onSubmit={(e) => void submit(e)} aria-busy={add.pending}>
          <Field label={t('cases.newNote')}>
            <textarea
              value={body}
              onChange={(e) => setBody(e.target.value)}
              required
              maxLength={20000}
            />
          </Field>
          <ErrorNotice error={add.error} />
          <button type="submit" disabled={add.pending || body.trim() === ''}>
            {add.pending ? t('common.working') : t('cases.addNote')}
          </button>
        </form>
      )}
    </div>
  );
}
