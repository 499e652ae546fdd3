import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { parseList, type Distribution, type RegistryDocument } from './registry-types.ts';

/** Distributes a document: every recipient gets a differently marked copy the trace can name. */
export function DistributeForm({ document }: { document: RegistryDocument }) {
  const { t, number } = useI18n();
  const api = useApiClient();
  const [recipients, setRecipients] = useState('');
  const [done, setDone] = useState<Distribution | null>(null);
  const send = useApiAction(() =>
    api.post<Distribution>(`/api/registry/documents/${document.id}/distributions`, {
      accountIds: parseList(recipients),
    }),
  );
  const list = parseList(recipients);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const d = await send.run();
    if (d) {
      setDone(d);
      setRecipients('');
    }
  }
  return (
    <form data-testid="distribute-form" onSubmit={(e) => void submit(e)} aria-busy={send.pending}>
      <Field label={t('registry.recipients')} hint={t('registry.recipientsHint')}>
        <textarea
          name="recipients"
          value={recipients}
          onChange={(e) => setRecipients(e.target.value)}
          rows={2}
        />
      </Field>
      <ErrorNotice error={send.error} />
      <button type="submit" disabled={send.pending || list.length === 0}>
        {send.pending ? t('registry.marking') : t('registry.distribute', { n: list.length })}
      </button>
      {done && (
        <p role="status" className="notice notice-ok">
          {t('registry.distributed', {
            n: number(done.recipients.length),
            sites: number(done.textSites),
          })}
        </p>
      )}
    </form>
  );
}
