import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { TipSubmitted } from './tip-types.ts';

const MIN_TIP = 10;

/**
 * The anonymous tip line, open without an account. Nothing identifying is asked for; the reader
 * gets a code that is the only way back to the conversation.
 */
export function TipPage() {
  const { t } = useI18n();
  const api = useApiClient();
  const [message, setMessage] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const [filed, setFiled] = useState<TipSubmitted | null>(null);
  const send = useApiAction(() => api.post<TipSubmitted>('/api/tips', { message: message.trim() }));
  const short = message.trim().length < MIN_TIP;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (short) return;
    const result = await send.run();
    if (result) setFiled(result);
  }
  if (filed) {
    return (
      <section className="narrow">
        <PageHeading title={t('tip.thanks')} />
        {/* The server's note says the same in English; the reader gets it in their language. */}
        <p>{t('tip.keepCode')}</p>
        <p className="code-box" data-testid="tip-code">
          {filed.followUpCode}
        </p>
        <p>
          <Link to="/tip/follow-up">{t('tip.followUpLink')}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <PageHeading title={t('tip.title')} />
      <p>{t('tip.intro')}</p>
      <form onSubmit={(e) => void submit(e)} noValidate aria-busy={send.pending}>
        <Field
          label={t('tip.message')}
          hint={t('tip.messageHint')}
          error={submitted && short ? t('tip.tooShort', { n: MIN_TIP }) : null}
        >
          <textarea
            name="message"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            required
            minLength={MIN_TIP}
            maxLength={20000}
            rows={8}
          />
        </Field>
        <ErrorNotice error={send.error} />
        <button type="submit" disabled={send.pending}>
          {send.pending ? t('common.working') : t('tip.send')}
        </button>
      </form>
      <p className="aside">
        {t('tip.haveCode')} <Link to="/tip/follow-up">{t('tip.followUpLink')}</Link>
      </p>
    </section>
  );
}
