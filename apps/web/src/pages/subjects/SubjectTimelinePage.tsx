import { useParams } from 'react-router';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Alert, AlertPage } from '../../api/types.ts';
import { allLoaded, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { alertsByDay } from '../overview/alert-series.ts';
import { recordSpan, timelineSeries, type SubjectTimeline } from './subject-timeline.ts';

const ANOMALOUS = '#a4161a';
const ORDINARY = '#8a96a6';
const RECORD = '#0b4f9c';

/**
 * One pseudonymous subject over time: activity by day with the anomalous days highlighted and
 * their reasons listed, and personnel-security records (travel, contacts, finances) as spans on
 * the same day axis, so a spike beside a trip abroad reads at a glance.
 */
export function SubjectTimelinePage() {
  const { pseudonym = '' } = useParams();
  const { t } = useI18n();
  const p = encodeURIComponent(pseudonym);
  const timeline = useApiGet<SubjectTimeline>(`/api/subjects/${p}/timeline`);
  const pages = [
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=open&limit=500`),
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=escalated&limit=500`),
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=dismissed&limit=500`),
  ];
  const alerts = allLoaded(pages);
  return (
    <section>
      <PageHeading title={t('subject.title', { pseudonym })} />
      <div className="panel">
        <h2>{t('subject.activity')}</h2>
        <AsyncView value={timeline} onRetry={timeline.reload}>
          {(data) => <TimelineChart timeline={data} />}
        </AsyncView>
      </div>
      <div className="panel">
        <h2>{t('subject.alerts')}</h2>
        <AsyncView value={alerts} onRetry={() => pages.forEach((page) => page.reload())}>
          {(loaded) => <AlertDays alerts={loaded.flatMap((page) => page.alerts)} />}
        </AsyncView>
      </div>
    </section>
  );
}

function TimelineChart({ timeline }: { timeline: SubjectTimeline }) {
  const { t, day, number } = useI18n();
  const series = timelineSeries(timeline);
  if (series.length === 0) return <p>{t('subject.noActivity')}</p>;
  const data = series.map((d) => ({ ...d, label: day(d.day) }));
  const anomalous = timeline.days.filter((d) => d.anomalous);
  return (
    <>
      <div
        className="chart"
        role="img"
        aria-label={t('subject.chartSummary', {
          from: day(series[0]!.day),
          to: day(series[series.length - 1]!.day),
          anomalous: anomalous.length,
          records: timeline.records.length,
        })}
        data-testid="subject-chart"
        style={{ height: 300 }}
      >
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 20, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={24} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            {timeline.records.map((r) => {
              const span = recordSpan(r, series);
              if (!span) return null;
              const label = { value: t(`report.kind.${r.kind}`), position: 'insideTop' as const };
              // A one-day record (a contact, a disclosure) is a line; a trip is a shaded span.
              return span.from === span.to ? (
                <ReferenceLine
                  key={r.id}
                  x={day(span.from)}
                  stroke={RECORD}
                  strokeDasharray="4 3"
                  label={label}
                />
              ) : (
                <ReferenceArea
                  key={r.id}
                  x1={day(span.from)}
                  x2={day(span.to)}
                  fill={RECORD}
                  fillOpacity={0.12}
                  label={label}
                />
              );
            })}
            {/* An anomalous day without logged activity (a report about a trip) has no bar to colour. */}
            {anomalous
              .filter((d) => d.events === 0)
              .map((d) => (
                <ReferenceLine
                  key={`quiet-${d.day}`}
                  x={day(d.day)}
                  stroke={ANOMALOUS}
                  strokeWidth={3}
                />
              ))}
            <Bar dataKey="events" name={t('subject.events')} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.day} fill={d.anomalous ? ANOMALOUS : ORDINARY} />
              ))}
            </Bar>
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">{t('subject.legend')}</p>
      <h3>{t('subject.anomalousDays')}</h3>
      {anomalous.length === 0 ? (
        <p>{t('subject.noAnomalousDays')}</p>
      ) : (
        <ul className="anomalous-days">
          {anomalous.map((d) => (
            <li key={d.day} data-testid="anomalous-day" data-day={d.day}>
              <strong>{day(d.day)}</strong> ·{' '}
              {t('subject.dayFacts', { score: number(d.score, 2), events: d.events })}
              <ul className="reasons">
                {d.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('subject.records')}</h3>
      {timeline.records.length === 0 ? (
        <p>{t('subject.noRecords')}</p>
      ) : (
        <ul className="timeline-records">
          {timeline.records.map((r) => (
            <li key={r.id} data-testid="timeline-record">
              <strong>{t(`report.kind.${r.kind}`)}</strong>: {day(r.date)}
              {r.until && r.until !== r.date ? ` – ${day(r.until)}` : ''} · {r.country ?? r.summary}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The alerts on this subject, whatever their triage: when and why they scored. */
function AlertDays({ alerts }: { alerts: Alert[] }) {
  const { t, day, number } = useI18n();
  if (alerts.length === 0) return <p>{t('subject.noAlerts')}</p>;
  const sorted = [...alerts].sort((a, b) => a.day.localeCompare(b.day));
  const series = alertsByDay(alerts).map((p) => ({
    label: day(p.day),
    score: Math.round(p.topScore * 100) / 100,
  }));
  return (
    <>
      <div className="chart" role="img" aria-label={t('subject.alerts')} style={{ height: 200 }}>
        <ResponsiveContainer>
          <ComposedChart data={series} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={24} />
            <YAxis />
            <Tooltip />
            <Bar
              dataKey="score"
              name={t('alerts.score')}
              fill={ANOMALOUS}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('alerts.day')}</th>
            <th scope="col" className="num">
              {t('alerts.score')}
            </th>
            <th scope="col">{t('alerts.reasons')}</th>
            <th scope="col">{t('reveals.status')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id}>
              <td>{day(a.day)}</td>
              <td className="num">{number(a.score, 2)}</td>
              <td>
                <ul className="reasons">
                  {a.reasons.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </td>
              <td>{t(`alerts.status.${a.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
