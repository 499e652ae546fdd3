import { useI18n } from '../../i18n/i18n.ts';
import type { TipMessage } from './tip-types.ts';

export function TipConversation({ messages }: { messages: TipMessage[] }) {
  const { t, dateTime } = useI18n();
  return (
    <ul className="messages" aria-label={t('tip.conversation')}>
      {messages.map((m) => (
        <li key={m.id} data-testid={`tip-message-${m.author}`}>
          <p className="hint">
            {t(m.author === 'office' ? 'tip.fromOffice' : 'tip.fromTipster')} · {dateTime(m.createdOn)}
          </p>
          <p>{m.body}</p>
        </li>
      ))}
    </ul>
  );
}
