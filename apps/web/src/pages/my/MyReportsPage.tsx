import { useState } from 'react';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { DebriefForm } from './DebriefForm.tsx';
import { ReportForm } from './ReportForm.tsx';
import { REPORT_KINDS, type PersonnelReport, type ReportKind } from './report-kinds.ts';
import { ReportTable } from './ReportTable.tsx';

/** An employee's own reports: file a new one, and debrief trips once back. */
export function MyReportsPage() {
  const { t } = useI18n();
  const [kind, setKind] = useState<ReportKind>('travel');
  const [notice, setNotice] = useState<string | null>(null);
  const [debriefing, setDebriefing] = useState<PersonnelReport | null>(null);
  const mine = useApiGet<{ reports: PersonnelReport[] }>('/api/reports/mine');
  return (
    <section>
      <PageHeading title={t('my.reports.title')} />
      <div role="tablist" aria-label={t('my.reports.kinds')} className="actions" style={{ marginBottom: '0.75rem' }}>
        {REPORT_KINDS.map((k) => (
          <button key={k} type="button" role="tab" aria-selected={kind === k} className={kind === k ? '' : 'secondary'} onClick={() => setKind(k)}>
            {t(`report.kind.${k}`)}
          </button>
        ))}
      </div>
      <ReportForm
        key={kind}
        kind={kind}
        onFiled={() => {
          setNotice(t('report.filed'));
          mine.reload();
        }}
      />
      {notice && (
        <p role="status" className="notice notice-ok">
          {notice}
        </p>
      )}
      {debriefing && (
        <DebriefForm
          report={debriefing}
          onDone={() => {
            setDebriefing(null);
            setNotice(t('report.debriefed'));
            mine.reload();
          }}
        />
      )}
      <h2>{t('my.reports.filed')}</h2>
      <AsyncView value={mine} onRetry={mine.reload}>
        {({ reports }) => <ReportTable reports={reports} onDebrief={setDebriefing} />}
      </AsyncView>
    </section>
  );
}
