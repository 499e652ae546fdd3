import { useState } from 'react';
import type { RevealRequest } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

/** Step two: a different person approves or refuses, with an optional comment for the record. */
export function RevealDecision({
  request,
  onDecided,
}: {
  request: RevealRequest;
  onDecided(): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const [comment, setComment] = useState('');
  const decide = useApiAction((approve: boolean) =>
    api.post<RevealRequest>(`/api/reveals/${request.id}/decision`, {
      approve,
      comment: comment.trim(),
    }),
  );
  async function choose(approve: boolean) {
    if (await decide.run(approve)) onDecided();
  }
  return (
    <div>
      <Field label={t('reveals.comment')}>
        <input value={comment} onChange={(e) => setComment(e.target.value)} maxLength={4000} />
      </Field>
      <div className="actions">
        <button type="button" disabled={decide.pending} onClick={() => void choose(true)}>
          {t('reveals.approve')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={decide.pending}
          onClick={() => void choose(false)}
        >
          {t('reveals.refuse')}
        </button>
      </div>
      <ErrorNotice error={decide.error} />
    </div>
  );
}
