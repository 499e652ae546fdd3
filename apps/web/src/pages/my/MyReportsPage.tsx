import { useState } from 'react';
import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { DebriefForm } from './DebriefForm.tsx';
import { ReportForm } from './ReportForm.tsx';
import { FORM_KINDS, type FormKind, type PersonnelReport } from './report-kinds.ts';
import { ReportTable } from './ReportTable.tsx';

/** An employee's own reports: file a new one, and debrief trips once back. */
export function MyReportsPage() {
  const { t } = useI18n();
  const account = useAccount();
  const [kind, setKind] = useState<FormKind>('travel');
  const [notice, setNotice] = useState<string | null>(null);
  const [debriefing, setDebriefing] = useState<PersonnelReport | null>(null);
  const mine = useApiGet<{ reports: PersonnelReport[] }>(
    `/api/personnel/reports?accountId=${encodeURIComponent(account.id)}`,
  );
  return (
    <section>
      <PageHeading title={t('my.reports.title')} />
      {notice && (
        <p role="status" className="notice notice-ok">
          {notice}
        </p>
      )}
      {debriefing ? (
        <DebriefForm
          report={debriefing}
          onCancel={() => setDebriefing(null)}
          onDone={() => {
            setDebriefing(null);
            setNotice(t('report.debriefed'));
            mine.reload();
          }}
        />
      ) : (
        <>
          <div
            role="group"
            aria-label={t('my.reports.kinds')}
            className="actions"
            style={{ marginBottom: '0.75rem' }}
          >
            {FORM_KINDS.map((k) => (
              <button
                key={k}
                type="button"
                aria-pressed={kind === k}
                className={kind === k ? '' : 'secondary'}
                onClick={() => setKind(k)}
              >
                {t(`report.form.${k}`)}
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
        </>
      )}
      <h2>{t('my.reports.filed')}</h2>
      <AsyncView value={mine} onRetry={mine.reload}>
        {({ reports }) => (
          <ReportTable
            reports={reports.filter((r) => r.accountId === account.id)}
            action={(r) =>
              r.kind === 'foreign_travel' && !r.debriefedAt ? (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => (setNotice(null), setDebriefing(r))}
                >
                  {t('report.writeDebrief')}
                </button>
              ) : null
            }
          />
        )}
      </AsyncView>
    </section>
  );
}
