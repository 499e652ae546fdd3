import { useState, type FormEvent } from 'react';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import type { TrainingModuleSummary } from '../my/training-types.ts';
import type { Campaign } from './campaign-types.ts';

/** The message must carry {{link}}: the server puts each person's tracked link there. */
export function NewCampaignForm({ onCreated }: { onCreated(c: Campaign): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const modules = useApiGet<{ modules: TrainingModuleSummary[] }>('/api/training/modules');
  const [name, setName] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [moduleId, setModuleId] = useState('');
  const create = useApiAction(() =>
    api.post<Campaign>('/api/campaigns', {
      name: name.trim(),
      subject: subject.trim(),
      body,
      ...(moduleId ? { moduleId } : {}),
    }),
  );
  const missingLink = body !== '' && !body.includes('{{link}}');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const c = await create.run();
    if (c) {
      onCreated(c);
      setName('');
      setSubject('');
      setBody('');
    }
  }
  return (
    <details className="panel">
      <summary>{t('campaigns.new')}</summary>
      <form onSubmit={(e) => void submit(e)} aria-busy={create.pending}>
        <div className="form-grid">
          <Field label={t('campaigns.name')}>
            <input value={name} onChange={(e) => setName(e.target.value)} required minLength={3} />
          </Field>
          <Field label={t('campaigns.subject')}>
            <input
              value={subject}
              onChange={(e) => setSubject(e.target.value)}
              required
              minLength={3}
            />
          </Field>
          <Field label={t('campaigns.module')} hint={t('campaigns.moduleHint')}>
            <select value={moduleId} onChange={(e) => setModuleId(e.target.value)}>
              <option value="">—</option>
              {modules.state === 'ready' &&
                modules.data.modules.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                  </option>
                ))}
            </select>
          </Field>
        </div>
        <Field
          label={t('campaigns.body')}
          hint={t('campaigns.bodyHint')}
          error={missingLink ? t('campaigns.needsLink') : null}
        >
          <textarea
            value={body}
            onChange={(e) => setBody(e.target.value)}
            required
            minLength={20}
            rows={6}
          />
        </Field>
        {modules.state === 'loading' && <Loading />}
        {modules.state === 'error' && (
          <ErrorNotice error={modules.error} onRetry={modules.reload} />
        )}
        <ErrorNotice error={create.error} />
        <button
          type="submit"
          disabled={
            create.pending ||
            missingLink ||
            body.length < 20 ||
            name.trim().length < 3 ||
            subject.trim().length < 3
          }
        >
          {create.pending ? t('common.working') : t('campaigns.create')}
        </button>
      </form>
    </details>
  );
}
