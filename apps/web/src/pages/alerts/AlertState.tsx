import { Link } from 'react-router';
import type { Alert } from '../../api/types.ts';
import { useI18n } from '../../i18n/i18n.ts';

/** Where a triaged alert went: its case, or the reason it was dismissed. */
export function AlertState({ alert }: { alert: Alert }) {
  const { t } = useI18n();
  if (alert.status === 'escalated' && alert.caseId)
    return <Link to={`/cases/${alert.caseId}`}>{t('alerts.inCase')}</Link>;
  if (alert.status === 'dismissed')
    return <span>{t('alerts.dismissedBecause', { reason: alert.dismissReason ?? '' })}</span>;
  return (
    <span className={`badge badge-${alert.status}`}>{t(`alerts.status.${alert.status}`)}</span>
  );
}
