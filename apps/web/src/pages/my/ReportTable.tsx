import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.ts';
import type { PersonnelReport } from './report-kinds.ts';

/** Reports as a table; `action` adds a last column (debrief for employees, review for officers). */
export function ReportTable({
  reports,
  showFiler,
  action,
}: {
  reports: PersonnelReport[];
  showFiler?: boolean;
  action?: (r: PersonnelReport) => ReactNode;
}) {
  const { t, day } = useI18n();
  if (reports.length === 0) return <p>{t('report.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          {showFiler && <th scope="col">{t('report.filedBy')}</th>}
          <th scope="col">{t('report.kind')}</th>
          <th scope="col">{t('report.when')}</th>
          <th scope="col">{t('report.where')}</th>
          <th scope="col">{t('report.note')}</th>
          <th scope="col">{t('report.status')}</th>
          {action && <th scope="col">{t('alerts.action')}</th>}
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-testid="report-row" data-report-id={r.id}>
            {showFiler && <td>{r.accountId}</td>}
            <td>{t(`report.kind.${r.kind}`)}</td>
            <td>
              {day(r.date)}
              {r.until ? ` – ${day(r.until)}` : ''}
            </td>
            <td>{[r.country, r.counterparty].filter(Boolean).join(' · ')}</td>
            <td>
              {r.note}
              {r.debrief && <DebriefAnswers debrief={r.debrief} />}
              {r.reviewNote && (
                <p className="hint">{t('report.reviewed', { note: r.reviewNote })}</p>
              )}
            </td>
            <td>
              <ReportStatus report={r} />
            </td>
            {action && <td>{action(r)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReportStatus({ report }: { report: PersonnelReport }) {
  const { t, day } = useI18n();
  if (report.kind !== 'foreign_travel')
    return <span className="badge">{t('report.status.filed')}</span>;
  if (report.debriefedAt)
    return <span className="badge badge-ok">{t('report.status.debriefed')}</span>;
  if (report.debriefOverdue)
    return (
      <span className="badge badge-bad">
        {t('report.status.overdue', { day: day(report.debriefDueOn ?? report.date) })}
      </span>
    );
  return (
    <span className="badge badge-pending">
      {t('report.status.registered', { day: day(report.debriefDueOn ?? report.date) })}
    </span>
  );
}

function DebriefAnswers({ debrief }: { debrief: Record<string, unknown> }) {
  const { t } = useI18n();
  const answered = Object.entries(debrief).filter(
    ([, v]) => typeof v === 'string' && v.trim() !== '',
  );
  return (
    <div data-testid="debrief-text">
      <strong>{t('report.debrief')}:</strong>{' '}
      {answered.length === 0
        ? t('report.debriefNothing')
        : answered.map(([k, v]) => `${k}: ${String(v)}`).join(' · ')}
    </div>
  );
}
