import { Link } from 'react-router';
import type { RevealRequest } from '../../api/types.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { RevealDecision } from './RevealDecision.tsx';
import { RevealedIdentity } from './RevealedIdentity.tsx';

const DECIDERS = new Set(['security_officer', 'investigator']);

export function RevealList({
  requests,
  onChanged,
}: {
  requests: RevealRequest[];
  onChanged(): void;
}) {
  const { t, dateTime } = useI18n();
  const account = useAccount();
  if (requests.length === 0) return <p>{t('reveals.none')}</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('reveals.pseudonym')}</th>
          <th scope="col">{t('reveals.reason')}</th>
          <th scope="col">{t('reveals.asked')}</th>
          <th scope="col">{t('reveals.status')}</th>
          <th scope="col">{t('alerts.action')}</th>
        </tr>
      </thead>
      <tbody>
        {requests.map((r) => {
          const mine = r.requestedBy === account.id;
          const party = mine || r.decidedBy === account.id;
          return (
            <tr key={r.id} data-testid="reveal-row">
              <td className="pseudonym">
                {r.pseudonym}
                {r.caseId && (
                  <>
                    <br />
                    <Link to={`/cases/${r.caseId}`}>{t('reveals.case')}</Link>
                  </>
                )}
              </td>
              <td>{r.reason}</td>
              <td>{dateTime(r.createdAt)}</td>
              <td>
                <span className={`badge badge-${r.status}`} data-testid="reveal-status">
                  {t(`reveal.status.${r.status}`)}
                </span>
              </td>
              <td>
                {r.status === 'pending' && DECIDERS.has(account.role) && !mine && (
                  <RevealDecision request={r} onDecided={onChanged} />
                )}
                {r.status === 'pending' && mine && (
                  <span className="hint">{t('reveals.waitingForSecond')}</span>
                )}
                {r.status === 'approved' && party && <RevealedIdentity requestId={r.id} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
