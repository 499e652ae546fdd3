import { useParams } from 'react-router';
import type { CaseDetail } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CaseEvidence } from './CaseEvidence.tsx';
import { CaseNotes } from './CaseNotes.tsx';
import { CaseReveals } from './CaseReveals.tsx';
import { CaseStatusForm } from './CaseStatusForm.tsx';

/** Pseudonyms the evidence names (alerts record "alert on P-… for …"): candidates for a reveal. */
export const pseudonymsIn = (c: CaseDetail): string[] => [
  ...new Set(c.evidence.flatMap((e) => `${e.ref} ${e.note}`.match(/P-[A-Z2-9]{8}/g) ?? [])),
];

export function CaseDetailPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useI18n();
  const account = useAccount();
  const detail = useApiGet<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
  const mayWork = account.role === 'analyst' || account.role === 'investigator';
  return (
    <AsyncView value={detail} onRetry={detail.reload}>
      {(c) => (
        <section>
          <PageHeading title={c.title} />
          <dl className="facts panel">
            <dt>{t('cases.status')}</dt>
            <dd>
              <span className={`badge badge-${c.status}`} data-testid="case-status">
                {t(`case.status.${c.status}`)}
              </span>
            </dd>
            <dt>{t('cases.outcome')}</dt>
            <dd>{c.outcome ? t(`case.outcome.${c.outcome}`) : '—'}</dd>
            <dt>{t('cases.opened')}</dt>
            <dd>{dateTime(c.createdAt)}</dd>
            <dt>{t('cases.updated')}</dt>
            <dd>{dateTime(c.updatedAt)}</dd>
          </dl>
          {account.role === 'investigator' && (
            <CaseStatusForm current={c} onSaved={detail.reload} />
          )}
          <CaseEvidence
            current={c}
            mayAdd={mayWork && c.status !== 'closed'}
            onAdded={detail.reload}
          />
          <CaseNotes
            current={c}
            mayAdd={mayWork && c.status !== 'closed'}
            onAdded={detail.reload}
          />
          <CaseReveals caseId={c.id} pseudonyms={pseudonymsIn(c)} mayRequest={mayWork} />
        </section>
      )}
    </AsyncView>
  );
}
