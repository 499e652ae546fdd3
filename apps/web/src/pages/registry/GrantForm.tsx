import { useState, type FormEvent } from 'react';
import type { Person } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PeoplePicker } from '../../ui/PeoplePicker.tsx';
import { dayAfter, type Grant, type RegistryDocument } from './registry-types.ts';

/** Need-to-know: a recipient must hold an unexpired grant before a copy can go to them. */
export function GrantForm({
  document,
  onGranted,
}: {
  document: RegistryDocument;
  onGranted(): void;
}) {
  const { t } = useI18n();
  const api = useApiClient();
  const [person, setPerson] = useState<Person | null>(null);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(dayAfter(90));
  const [granted, setGranted] = useState<Person | null>(null);
  const grant = useApiAction((to: Person) =>
    api.post<Grant>(`/api/registry/documents/${document.id}/grants`, {
      accountId: to.id,
      reason: reason.trim(),
      expiresOn,
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!person) return;
    const g = await grant.run(person);
    if (g) {
      setGranted(person);
      setPerson(null);
      onGranted();
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={grant.pending} data-testid="grant-form">
      <h4>{t('registry.grant')}</h4>
      <div className="form-grid">
        <Field label={t('registry.person')} hint={t('people.searchHint')}>
          <PeoplePicker value={person ? [person] : []} onChange={(p) => setPerson(p[0] ?? null)} />
        </Field>
        <Field label={t('registry.expiresOn')}>
          <input
            name="expiresOn"
            type="date"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
            required
          />
        </Field>
      </div>
      <Field label={t('registry.needToKnow')} hint={t('registry.needToKnowHint')}>
        <input
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={10}
        />
      </Field>
      <ErrorNotice error={grant.error} />
      <button
        type="submit"
        disabled={grant.pending || person === null || reason.trim().length < 10}
      >
        {grant.pending ? t('common.working') : t('registry.grantSubmit')}
      </button>
      {granted && (
        <p role="status" className="notice notice-ok">
          {t('registry.granted', { name: granted.displayName })}
        </p>
      )}
    </form>
  );
}
