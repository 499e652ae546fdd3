import { useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Person } from '../../api/types.ts';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { PeoplePicker } from '../../ui/PeoplePicker.tsx';
import type { CampaignResults, SendResult } from './campaign-types.ts';

export function CampaignResultsPanel({ id }: { id: string }) {
  const { t, dateTime } = useI18n();
  const results = useApiGet<CampaignResults>(`/api/campaigns/${encodeURIComponent(id)}/results`);
  return (
    <article className="panel" data-testid="campaign-results">
      <AsyncView value={results} onRetry={results.reload}>
        {({ campaign, summary }) => {
          const data = [
            { label: t('campaigns.sentCount'), n: summary.sent },
            { label: t('campaigns.reported'), n: summary.reported },
            { label: t('campaigns.engaged'), n: summary.engaged },
            { label: t('campaigns.engagedWithoutReport'), n: summary.engagedWithoutReport },
          ];
          return (
            <>
              <h3>{campaign.name}</h3>
              <p className="hint">
                {campaign.subject} ·{' '}
                {campaign.sentAt ? dateTime(campaign.sentAt) : t('campaigns.notSent')} ·{' '}
                <code>{campaign.id}</code>
              </p>
              <p>{data.map((d) => `${d.label}: ${d.n}`).join(' · ')}</p>
              <div
                className="chart"
                role="img"
                aria-label={t('campaigns.results')}
                style={{ height: 180 }}
              >
                <ResponsiveContainer>
                  <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="label" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Bar
                      dataKey="n"
                      name={t('campaigns.people')}
                      fill="#0b4f9c"
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              {!campaign.sentAt && <SendForm id={campaign.id} onSent={results.reload} />}
            </>
          );
        }}
      </AsyncView>
    </article>
  );
}

function SendForm({ id, onSent }: { id: string; onSent(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [recipients, setRecipients] = useState<Person[]>([]);
  const [result, setResult] = useState<SendResult | null>(null);
  const send = useApiAction(() =>
    api.post<SendResult>(`/api/campaigns/${id}/send`, {
      accountIds: recipients.map((p) => p.id),
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = await send.run();
    if (r) {
      setResult(r);
      onSent();
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} aria-busy={send.pending}>
      <Field label={t('campaigns.targetsField')} hint={t('people.searchHint')}>
        <PeoplePicker value={recipients} onChange={setRecipients} multiple />
      </Field>
      <ErrorNotice error={send.error} />
      <button type="submit" disabled={send.pending || recipients.length === 0}>
        {send.pending ? t('common.working') : t('campaigns.send')}
      </button>
      {result && (
        <p role="status" className="notice notice-ok">
          {t('campaigns.sentResult', { n: result.sent, skipped: result.skipped.length })}
        </p>
      )}
    </form>
  );
}
