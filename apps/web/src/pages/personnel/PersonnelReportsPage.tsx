import { useState } from 'react';
import { query } from '../../api/api-client.ts';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { REPORT_KINDS, type PersonnelReport, type ReportKind } from '../my/report-kinds.ts';
import { ReportTable } from '../my/ReportTable.tsx';
import { ReviewForm } from './ReviewForm.tsx';

/** The security office's view of what staff filed: trips and debriefs, contacts, relatives, finances. */
export function PersonnelReportsPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<ReportKind | ''>('');
  const reports = useApiGet<{ reports: PersonnelReport[] }>(
    `/api/personnel/reports${query({ kind })}`,
  );
  const overdue = useApiGet<{ reports: PersonnelReport[] }>('/api/personnel/overdue-debriefs');
  return (
    <section>
      <PageHeading title={t('personnel.title')} />
      <div className="panel">
        <h2>{t('overview.overdueDebriefs')}</h2>
        <AsyncView value={overdue} onRetry={overdue.reload}>
          {(data) => <ReportTable reports={data.reports} showFiler />}
        </AsyncView>
      </div>
      <h2>{t('personnel.all')}</h2>
      <Field label={t('report.kind')}>
        <select value={kind} onChange={(e) => setKind(e.target.value as ReportKind | '')}>
          <option value="">{t('cases.all')}</option>
          {REPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`report.kind.${k as ReportKind}`)}
            </option>
          ))}
        </select>
      </Field>
      <AsyncView value={reports} onRetry={reports.reload}>
        {(data) => (
          <ReportTable
            reports={data.reports}
            showFiler
            action={(r) =>
              r.reviewNote ? null : <ReviewForm report={r} onReviewed={reports.reload} />
            }
          />
        )}
      </AsyncView>
    </section>
  );
}
