import { useState } from 'react';
import type { RevealRequest } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';

/**
 * Step two: a different person approves or refuses, with an optional comment for the record.
 * While the decision is on its way both buttons are disabled and the chosen one says what is
 * happening; once it is recorded they stay disabled until the list reloads, so a decision is
 * never sent twice (the second would only meet "already decided").
 */
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
  const [choice, setChoice] = useState<'approve' | 'refuse' | null>(null);
  const [decided, setDecided] = useState(false);
  const decide = useApiAction((approve: boolean) =>
    api.post<RevealRequest>(`/api/reveals/${request.id}/decision`, {
      approve,
      comment: comment.trim(),
    }),
  );
  const busy = decide.pending || decided;
  async function choose(approve: boolean) {
    if (busy) return;
    setChoice(approve ? 'approve' : 'refuse');
    const result = await decide.run(approve);
    if (result) {
      setDecided(true);
      onDecided();
    } else setChoice(null);
  }
  const label = (which: 'approve' | 'refuse') =>
    busy && choice === which
      ? t(which === 'approve' ? 'reveals.approving' : 'reveals.refusing')
      : t(which === 'approve' ? 'reveals.approve' : 'reveals.refuse');
  return (
    <div aria-busy={busy} data-testid="reveal-decision">
      <Field label={t('reveals.comment')}>
        <input
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={4000}
          readOnly={busy}
        />
      </Field>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void choose(true)}>
          {busy && choice === 'approve' && <span className="spinner" aria-hidden="true" />}
          {label('approve')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={() => void choose(false)}>
          {busy && choice === 'refuse' && <span className="spinner" aria-hidden="true" />}
          {label('refuse')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {busy && choice ? label(choice) : ''}
      </p>
      <ErrorNotice error={decide.error} />
    </div>
  );
}
