import { Link } from 'react-router';
import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import type { PersonnelReport } from '../my/report-kinds.ts';

/** Overdue travel debriefs and training, as counts with a link to the list behind each. */
export function OverdueCards() {
  const { t, number } = useI18n();
  const account = useAccount();
  // Only officers may list overdue debriefs; for others the card would only say "not allowed".
  const debriefs = useApiGet<{ reports: PersonnelReport[] }>(
    account.role === 'security_officer' ? '/api/personnel/overdue-debriefs' : null,
  );
  const training = useApiGet<{ assignments: unknown[] }>(
    account.role === 'security_officer' ? '/api/training/overdue' : null,
  );
  return (
    <div className="cards">
      {account.role === 'security_officer' && (
        <div className="card">
          <AsyncView value={debriefs}>
            {(d) => (
              <div className="value" data-testid="overdue-debriefs">
                {number(d.reports.length)}
              </div>
            )}
          </AsyncView>
          <div className="label">
            <Link to="/personnel">{t('overview.overdueDebriefs')}</Link>
          </div>
        </div>
      )}
      {account.role === 'security_officer' && (
        <div className="card">
          <AsyncView value={training}>
            {(d) => <div className="value">{number(d.assignments.length)}</div>}
          </AsyncView>
          <div className="label">{t('overview.overdueTraining')}</div>
        </div>
      )}
    </div>
  );
}
