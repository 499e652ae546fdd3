import { useI18n } from '../../i18n/i18n.ts';
import type { TipMessage } from './tip-types.ts';

export function TipConversation({ messages }: { messages: TipMessage[] }) {
  const { t, day } = useI18n();
  return (
    <ul className="messages" aria-label={t('tip.conversation')}>
      {messages.map((m, i) => (
        <li key={i} data-testid={`tip-message-${m.author}`}>
          <p className="hint">
            {t(m.author === 'office' ? 'tip.fromOffice' : 'tip.fromTipster')} · {day(m.on)}
          </p>
          <p>{m.body}</p>
        </li>
      ))}
    </ul>
  );
}
