import { useState, type FormEvent } from 'react';
import type { Person } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PeoplePicker } from '../../ui/PeoplePicker.tsx';
import type { Distribution, RegistryDocument } from './registry-types.ts';

/** Distributes a document: every recipient gets a differently marked copy the trace can name. */
export function DistributeForm({ document }: { document: RegistryDocument }) {
  const { t, number } = useI18n();
  const api = useApiClient();
  const [recipients, setRecipients] = useState<Person[]>([]);
  const [done, setDone] = useState<Distribution | null>(null);
  const send = useApiAction(() =>
    api.post<Distribution>(`/api/registry/documents/${document.id}/distributions`, {
      accountIds: recipients.map((p) => p.id),
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const d = await send.run();
    if (d) {
      setDone(d);
      setRecipients([]);
    }
  }
  return (
    <form data-testid="distribute-form" onSubmit={(e) => void submit(e)} aria-busy={send.pending}>
      <Field label={t('registry.recipients')} hint={t('registry.recipientsHint')}>
        <PeoplePicker value={recipients} onChange={setRecipients} multiple />
      </Field>
      <ErrorNotice error={send.error} />
      <button type="submit" disabled={send.pending || recipients.length === 0}>
        {send.pending ? t('registry.marking') : t('registry.distribute', { n: recipients.length })}
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
