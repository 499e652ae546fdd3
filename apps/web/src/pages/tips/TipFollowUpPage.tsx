import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TipConversation } from './TipConversation.tsx';
import { normalizeTipCode, type TipThread } from './tip-types.ts';

/**
 * The tipster's way back: the code opens the conversation. The code travels in a POST body,
 * never in the URL, so it does not land in browser history or server logs.
 */
export function TipFollowUpPage() {
  const { t, day } = useI18n();
  const api = useApiClient();
  const [code, setCode] = useState('');
  const [thread, setThread] = useState<TipThread | null>(null);
  const [reply, setReply] = useState('');
  const open = useApiAction(() =>
    api.post<TipThread>('/api/tips/follow-up', { code: normalizeTipCode(code) }),
  );
  const send = useApiAction(() =>
    api.post<TipThread>('/api/tips/reply', { code: normalizeTipCode(code), message: reply.trim() }),
  );

  async function submitCode(event: FormEvent) {
    event.preventDefault();
    const found = await open.run();
    if (found) setThread(found);
  }
  async function submitReply(event: FormEvent) {
    event.preventDefault();
    const updated = await send.run();
    if (updated) {
      setThread(updated);
      setReply('');
    }
  }
  return (
    <section className="narrow">
      <PageHeading title={t('tip.followUpTitle')} />
      {!thread ? (
        <form onSubmit={(e) => void submitCode(e)} aria-busy={open.pending}>
          <Field label={t('tip.code')}>
            <input
              name="code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
              autoComplete="off"
              spellCheck={false}
            />
          </Field>
          <ErrorNotice error={open.error} />
          <button type="submit" disabled={open.pending || code.trim() === ''}>
            {open.pending ? t('common.working') : t('tip.open')}
          </button>
        </form>
      ) : (
        <>
          <p>
            {t('tip.statusLine', { day: day(thread.submittedOn) })}{' '}
            <span className="badge" data-testid="tip-status">
              {t(`tip.status.${thread.status}`)}
            </span>
          </p>
          <TipConversation messages={thread.messages} />
          <form onSubmit={(e) => void submitReply(e)} aria-busy={send.pending}>
            <Field label={t('tip.reply')}>
              <textarea
                name="reply"
                value={reply}
                onChange={(e) => setReply(e.target.value)}
                required
                maxLength={20000}
              />
            </Field>
            <ErrorNotice error={send.error} />
            <button type="submit" disabled={send.pending || reply.trim().length < 10}>
              {send.pending ? t('common.working') : t('tip.sendReply')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
