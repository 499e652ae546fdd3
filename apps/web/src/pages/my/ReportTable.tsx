import { useI18n } from '../../i18n/i18n.ts';
import type { PersonnelReport } from './report-kinds.ts';

/** Reports as a table; with `onDebrief`, trips awaiting a debrief get a button to write it. */
export function ReportTable({ reports, onDebrief, showFiler }: { reports: PersonnelReport[]; onDebrief?: (r: PersonnelReport) => void; showFiler?: boolean }) {
  const { t, day, dateTime } = useI18n();
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
          <th scope="col">{t('report.debrief')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-testid="report-row">
            {showFiler && <td>{r.filedBy ?? '—'}</td>}
            <td>{t(`report.kind.${r.kind}`)}</td>
            <td>
              {day(r.date)}
              {r.until ? ` – ${day(r.until)}` : ''}
            </td>
            <td>{[r.country, r.counterparty].filter(Boolean).join(' · ')}</td>
            <td>{r.note}</td>
            <td>
              {r.kind !== 'travel' ? (
                '—'
              ) : r.debrief ? (
                <>
                  <span data-testid="debrief-text">{r.debrief}</span>
                  {r.debriefedAt && <span className="hint"> ({dateTime(r.debriefedAt)})</span>}
                </>
              ) : onDebrief ? (
                <button type="button" className="secondary" onClick={() => onDebrief(r)}>
                  {t('report.writeDebrief')}
                </button>
              ) : (
                <span className="badge badge-pending">{t('report.debriefPending')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
