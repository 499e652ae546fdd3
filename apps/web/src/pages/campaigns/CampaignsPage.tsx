import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';

export interface CampaignSummary {
  id: string;
  name: string;
  subject: string;
  sentAt: string | null;
  targets: number;
  reported: number;
  engaged: number;
}

/**
 * Simulated-approach campaigns: how many staff reported the approach to the office (the goal)
 * and how many engaged with it (who then get training).
 */
export function CampaignsPage() {
  const { t, dateTime } = useI18n();
  const campaigns = useApiGet<{ campaigns: CampaignSummary[] }>('/api/campaigns');
  return (
    <section>
      <PageHeading title={t('campaigns.title')} />
      <AsyncView value={campaigns} onRetry={campaigns.reload}>
        {({ campaigns: list }) =>
          list.length === 0 ? (
            <p>{t('campaigns.none')}</p>
          ) : (
            <>
              <div className="chart panel" role="img" aria-label={t('campaigns.results')}>
                <ResponsiveContainer>
                  <BarChart data={list}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" />
                    <YAxis allowDecimals={false} />
                    <Tooltip />
                    <Legend />
                    <Bar
                      dataKey="reported"
                      name={t('campaigns.reported')}
                      fill="#17612f"
                      isAnimationActive={false}
                    />
                    <Bar
                      dataKey="engaged"
                      name={t('campaigns.engaged')}
                      fill="#a4161a"
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('campaigns.name')}</th>
                    <th scope="col">{t('campaigns.sent')}</th>
                    <th scope="col" className="num">
                      {t('campaigns.targets')}
                    </th>
                    <th scope="col" className="num">
                      {t('campaigns.reported')}
                    </th>
                    <th scope="col" className="num">
                      {t('campaigns.engaged')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((c) => (
                    <tr key={c.id}>
                      <td>{c.name}</td>
                      <td>{c.sentAt ? dateTime(c.sentAt) : t('campaigns.notSent')}</td>
                      <td className="num">{c.targets}</td>
                      <td className="num">{c.reported}</td>
                      <td className="num">{c.engaged}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )
        }
      </AsyncView>
    </section>
  );
}
