import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TipConversation } from './TipConversation.tsx';
import { TIP_STATUSES, type TipListItem, type TipOfficeView, type TipStatus } from './tip-types.ts';

/** The office's side of the tip line: every tip, its conversation, a reply box and its status. */
export function TipsInboxPage() {
  const { t, day } = useI18n();
  const tips = useApiGet<{ tips: TipListItem[] }>('/api/tips');
  const [open, setOpen] = useState<string | null>(null);
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
                  {t('tips.received', { day: day(tip.submittedOn) })}{' '}
                  <span className="badge">{t(`tip.status.${tip.status}`)}</span>
                </h2>
                <p className="hint">{t('tips.messages', { n: tip.messages })}</p>
                {open === tip.id ? (
                  <TipDetail id={tip.id} onChanged={tips.reload} />
                ) : (
                  <button type="button" className="secondary" onClick={() => setOpen(tip.id)}>
                    {t('tips.read')}
                  </button>
                )}
              </article>
            ))
          )
        }
      </AsyncView>
    </section>
  );
}

function TipDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const thread = useApiGet<TipOfficeView>(`/api/tips/${id}`);
  const [body, setBody] = useState('');
  const send = useApiAction(() =>
    api.post<TipOfficeView>(`/api/tips/${id}/messages`, { message: body.trim() }),
  );
  const setStatus = useApiAction((status: TipStatus) =>
    api.patch<TipOfficeView>(`/api/tips/${id}`, { status }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await send.run()) {
      setBody('');
      thread.reload();
      onChanged();
    }
  }
  return (
    <AsyncView value={thread} onRetry={thread.reload}>
      {(tip) => (
        <>
          <TipConversation messages={tip.messages} />
          <form onSubmit={(e) => void submit(e)} aria-busy={send.pending}>
            <Field label={t('tips.answer')}>
              <textarea
                name="answer"
                value={body}
                onChange={(e) => setBody(e.target.value)}
                required
                maxLength={20000}
              />
            </Field>
            <ErrorNotice error={send.error} />
            <button type="submit" disabled={send.pending || body.trim() === ''}>
              {send.pending ? t('common.working') : t('tips.sendAnswer')}
            </button>
          </form>
          <Field label={t('tips.status')}>
            <select
              value={tip.status}
              onChange={async (e) => {
                if (await setStatus.run(e.target.value as TipStatus)) {
                  thread.reload();
                  onChanged();
                }
              }}
            >
              {TIP_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`tip.status.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <ErrorNotice error={setStatus.error} />
        </>
      )}
    </AsyncView>
  );
}
