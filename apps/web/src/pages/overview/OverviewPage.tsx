import { Link } from 'react-router';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AlertPage, CaseSummary } from '../../api/types.ts';
import { CASE_STATUSES } from '../../api/types.ts';
import { allLoaded, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { alertsByDay, latestDay } from './alert-series.ts';
import { OverdueCards } from './OverdueCards.tsx';

/** The security office at a glance: the queue today, risk over time, cases, what is overdue. */
export function OverviewPage() {
  const { t } = useI18n();
  // Every alert, whatever its triage, counts toward the day's risk: the charts wait for all three.
  const pages = [
    useApiGet<AlertPage>('/api/alerts?status=open&limit=500'),
    useApiGet<AlertPage>('/api/alerts?status=escalated&limit=500'),
    useApiGet<AlertPage>('/api/alerts?status=dismissed&limit=500'),
  ];
  const alerts = allLoaded(pages);
  const cases = useApiGet<{ cases: CaseSummary[] }>('/api/cases?limit=500');
  return (
    <section>
      <PageHeading title={t('overview.title')} />
      <AsyncView value={alerts} onRetry={() => pages.forEach((p) => p.reload())}>
        {([openPage, ...others]) => (
          <AlertPanels openPage={openPage!} others={others.flatMap((p) => p.alerts)} />
        )}
      </AsyncView>
      <div className="chart-grid">
        <div className="panel">
          <h2>{t('overview.cases')}</h2>
          <AsyncView value={cases} onRetry={cases.reload}>
            {({ cases: list }) => <CaseChart cases={list} />}
          </AsyncView>
        </div>
        <OverdueCards />
      </div>
    </section>
  );
}

function AlertPanels({ openPage, others }: { openPage: AlertPage; others: AlertPage['alerts'] }) {
  const { t, day, number } = useI18n();
  const series = alertsByDay([...openPage.alerts, ...others]);
  const latest = latestDay(series);
  const openToday = latest ? openPage.alerts.filter((a) => a.day === latest.day).length : 0;
  const data = series.map((p) => ({
    ...p,
    label: day(p.day),
    risk: Math.round(p.risk * 100) / 100,
  }));
  return (
    <>
      <div className="cards">
        <div className="card">
          <div className="value" data-testid="open-alerts">
            {number(openPage.total)}
          </div>
          <div className="label">
            <Link to="/alerts">{t('overview.openAlerts')}</Link>
          </div>
        </div>
        <div className="card">
          <div className="value">{number(openToday)}</div>
          <div className="label">
            {latest ? t('overview.latestDay', { day: day(latest.day) }) : t('overview.noAlerts')}
          </div>
        </div>
      </div>
      <div className="chart-grid">
        <div className="panel">
          <h2 id="risk-title">{t('overview.risk')}</h2>
          <p className="hint">{t('overview.riskHint')}</p>
          {data.length === 0 ? (
            <p>{t('overview.noAlerts')}</p>
          ) : (
            <div className="chart" role="img" aria-labelledby="risk-title">
              <ResponsiveContainer>
                <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" minTickGap={24} />
                  <YAxis tickFormatter={(v: number) => number(v)} />
                  <Tooltip formatter={(v) => number(Number(v), 2)} />
                  <Line
                    type="linear"
                    dataKey="risk"
                    name={t('overview.riskSeries')}
                    stroke="#0b4f9c"
                    strokeWidth={2}
                    dot={false}
                    isAnimationActive={false}
                  />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
        </div>
        <div className="panel">
          <h2 id="alerts-title">{t('overview.alertsPerDay')}</h2>
          {data.length > 0 && (
            <div className="chart" role="img" aria-labelledby="alerts-title">
              <ResponsiveContainer>
                <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="label" minTickGap={24} />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Bar
                    dataKey="alerts"
                    name={t('overview.alertsSeries')}
                    fill="#b35c00"
                    isAnimationActive={false}
                  />
                </BarChart>
              </ResponsiveContainer>
            </div>
          )}
        </div>
      </div>
    </>
  );
}

function CaseChart({ cases }: { cases: CaseSummary[] }) {
  const { t } = useI18n();
  const data = CASE_STATUSES.map((s) => ({
    status: t(`case.status.${s}`),
    count: cases.filter((c) => c.status === s).length,
  }));
  return (
    <>
      <p data-testid="case-counts">{data.map((d) => `${d.status}: ${d.count}`).join(' · ')}</p>
      <div className="chart" role="img" aria-label={t('overview.cases')} style={{ height: 180 }}>
        <ResponsiveContainer>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 16, bottom: 8, left: 24 }}
          >
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="status" width={110} />
            <Tooltip />
            <Bar
              dataKey="count"
              name={t('overview.caseSeries')}
              fill="#17612f"
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </>
  );
}
