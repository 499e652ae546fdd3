import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TipConversation } from './TipConversation.tsx';
import type { TipThread } from './tip-types.ts';

/** The office's side of the tip line: every conversation, and a reply box under each. */
export function TipsInboxPage() {
  const { t, day } = useI18n();
  const tips = useApiGet<{ tips: Array<TipThread & { id: string }> }>('/api/tips');
  return (
    <section>
      <PageHeading title={t('tips.inbox')} />
      <AsyncView value={tips} onRetry={tips.reload}>
        {({ tips: list }) =>
          list.length === 0 ? (
            <p>{t('tips.none')}</p>
          ) : (
            list.map((tip) => (
              <article key={tip.id} className="panel" data-testid="tip-thread">
                <h2>
                  {t('tips.received', { day: day(tip.createdOn) })} <span className="badge">{tip.status}</span>
                </h2>
                <TipConversation messages={tip.messages} />
                <TipReply tipId={tip.id} onSent={tips.reload} />
              </article>
            ))
          )
        }
      </AsyncView>
    </section>
  );
}

function TipReply({ tipId, onSent }: { tipId: string; onSent(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [body, setBody] = useState('');
  const send = useApiAction(() => api.post(`/api/tips/${tipId}/messages`, { body: body.trim() }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await send.run()) {
      setBody('');
      onSent();
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={send.pending}>
      <Field label={t('tips.answer')}>
        <textarea value={body} onChange={(e) => setBody(e.target.value)} required maxLength={20000} />
      </Field>
      <ErrorNotice error={send.error} />
      <button type="submit" disabled={send.pending || body.trim() === ''}>
        {send.pending ? t('common.working') : t('tips.sendAnswer')}
      </button>
    </form>
  );
}
