import { useParams } from 'react-router';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Alert, AlertPage } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { alertsByDay } from '../overview/alert-series.ts';
import type { SubjectTimeline } from './subject-timeline.ts';

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
  const alerts = [
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=open&limit=500`),
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=escalated&limit=500`),
    useApiGet<AlertPage>(`/api/alerts?pseudonym=${p}&status=dismissed&limit=500`),
  ];
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
        <AsyncView value={alerts[0]!} onRetry={alerts[0]!.reload}>
          {(open) => (
            <AlertDays
              alerts={[
                ...open.alerts,
                ...alerts.slice(1).flatMap((a) => (a.state === 'ready' ? a.data.alerts : [])),
              ]}
            />
          )}
        </AsyncView>
      </div>
    </section>
  );
}

function TimelineChart({ timeline }: { timeline: SubjectTimeline }) {
  const { t, day, number } = useI18n();
  const data = timeline.days.map((d) => ({ ...d, label: day(d.day) }));
  return (
    <>
      <div className="chart" role="img" aria-label={t('subject.activity')} style={{ height: 300 }}>
        <ResponsiveContainer>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" minTickGap={24} />
            <YAxis />
            <Tooltip />
            {timeline.records.map((r) => (
              <ReferenceArea
                key={r.id}
                x1={day(r.date)}
                x2={day(r.until ?? r.date)}
                fill="#0b4f9c"
                fillOpacity={0.12}
                label={t(`report.kind.${r.kind}`)}
              />
            ))}
            <Bar dataKey="events" name={t('subject.events')} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.day} fill={d.anomalous ? '#a4161a' : '#8a96a6'} />
              ))}
            </Bar>
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="hint">{t('subject.legend')}</p>
      <h3>{t('subject.anomalousDays')}</h3>
      <ul>
        {timeline.days
          .filter((d) => d.anomalous)
          .map((d) => (
            <li key={d.day}>
              <strong>{day(d.day)}</strong> ({t('alerts.score')} {number(d.score, 2)}):{' '}
              {d.reasons.join('; ')}
            </li>
          ))}
      </ul>
      <h3>{t('subject.records')}</h3>
      {timeline.records.length === 0 ? (
        <p>{t('subject.noRecords')}</p>
      ) : (
        <ul>
          {timeline.records.map((r) => (
            <li key={r.id}>
              {t(`report.kind.${r.kind}`)}: {day(r.date)}
              {r.until ? ` – ${day(r.until)}` : ''} · {r.summary}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Without the timeline route, the alert days alone still show when and why this subject scored. */
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
              fill="#a4161a"
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
            <th scope="col">{t('alerts.status')}</th>
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
