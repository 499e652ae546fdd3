import { useState } from 'react';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CampaignResultsPanel } from './CampaignResultsPanel.tsx';
import type { Campaign } from './campaign-types.ts';
import { NewCampaignForm } from './NewCampaignForm.tsx';
import { TrainingAdmin } from './TrainingAdmin.tsx';

/**
 * Simulated-approach campaigns: create one, send it, then see who reported the approach to the
 * office (the goal) and who engaged with it (they get training).
 */
export function CampaignsPage() {
  const { t } = useI18n();
  const list = useApiGet<{ campaigns: Campaign[] }>('/api/campaigns');
  const [opened, setOpened] = useState<string[]>([]);
  const [lookup, setLookup] = useState('');
  const open = (id: string) => setOpened((ids) => (ids.includes(id) ? ids : [id, ...ids]));
  return (
    <section>
      <PageHeading title={t('campaigns.title')} />
      <TrainingAdmin />
      <h2>{t('campaigns.approaches')}</h2>
      <NewCampaignForm onCreated={(c) => open(c.id)} />
      <h2>{t('campaigns.list')}</h2>
      <AsyncView value={list} onRetry={list.reload}>
        {({ campaigns }) =>
          campaigns.length === 0 ? (
            <p>{t('campaigns.none')}</p>
          ) : (
            <ul>
              {campaigns.map((c) => (
                <li key={c.id}>
                  <button type="button" className="secondary" onClick={() => open(c.id)}>
                    {c.name}
                  </button>
                </li>
              ))}
            </ul>
          )
        }
      </AsyncView>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (lookup.trim()) open(lookup.trim());
        }}
      >
        <Field label={t('campaigns.byId')}>
          <input value={lookup} onChange={(e) => setLookup(e.target.value)} />
        </Field>
        <button type="submit" className="secondary">
          {t('campaigns.show')}
        </button>
      </form>
      {opened.map((id) => (
        <CampaignResultsPanel key={id} id={id} />
      ))}
    </section>
  );
}
