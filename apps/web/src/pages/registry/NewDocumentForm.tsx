import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import {
  CLASSIFICATIONS,
  parseList,
  type Classification,
  type RegistryDocument,
} from './registry-types.ts';

/** Registers a document; its text is what distributions mark, copy by copy. */
export function NewDocumentForm({ onCreated }: { onCreated(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [title, setTitle] = useState('');
  const [classification, setClassification] = useState<Classification>('SECRET');
  const [compartments, setCompartments] = useState('');
  const [body, setBody] = useState('');
  const account = useAccount();
  const [owner, setOwner] = useState(account.username);
  const create = useApiAction(() =>
    api.post<RegistryDocument>('/api/registry/documents', {
      title: title.trim(),
      classification,
      compartments: parseList(compartments.toUpperCase()),
      owner: owner.trim(),
      body,
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await create.run()) {
      setTitle('');
      setBody('');
      setCompartments('');
      onCreated();
    }
  }
  return (
    <details className="panel">
      <summary>{t('registry.new')}</summary>
      <form onSubmit={(e) => void submit(e)} aria-busy={create.pending}>
        <div className="form-grid">
          <Field label={t('registry.docTitle')}>
            <input
              name="title"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              required
              minLength={3}
            />
          </Field>
          <Field label={t('registry.classification')}>
            <select
              value={classification}
              onChange={(e) => setClassification(e.target.value as Classification)}
            >
              {CLASSIFICATIONS.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          <Field label={t('registry.compartments')} hint={t('registry.listHint')}>
            <input value={compartments} onChange={(e) => setCompartments(e.target.value)} />
          </Field>
          <Field label={t('registry.owner')}>
            <input value={owner} onChange={(e) => setOwner(e.target.value)} required />
          </Field>
        </div>
        <Field label={t('registry.body')} hint={t('registry.bodyHint')}>
          <textarea
            name="body"
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            minLength={20}
            rows={8}
          />
        </Field>
        <ErrorNotice error={create.error} />
        <button
          type="submit"
          disabled={create.pending || title.trim().length < 3 || body.trim().length < 20}
        >
          {create.pending ? t('common.working') : t('registry.create')}
        </button>
      </form>
    </details>
  );
}
