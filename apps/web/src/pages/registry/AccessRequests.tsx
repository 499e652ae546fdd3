import { useState } from 'react';
import type { Loadable } from '../../api/use-api.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { dayAfter, type AccessRequest } from './registry-types.ts';

export function AccessRequests({
  requests,
  onChanged,
}: {
  requests: Loadable<{ requests: AccessRequest[] }>;
  onChanged(): void;
}) {
  const { t, dateTime } = useI18n();
  const account = useAccount();
  return (
    <AsyncView value={requests} onRetry={onChanged}>
      {({ requests: list }) =>
        list.length === 0 ? (
          <p>{t('registry.noRequests')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('registry.document')}</th>
                <th scope="col">{t('registry.requester')}</th>
                <th scope="col">{t('reveals.reason')}</th>
                <th scope="col">{t('reveals.asked')}</th>
                <th scope="col">{t('reveals.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => (
                <tr key={r.id}>
                  <td>{r.documentId}</td>
                  <td>{r.accountId}</td>
                  <td>{r.reason}</td>
                  <td>{dateTime(r.createdAt)}</td>
                  <td>
                    {r.status === 'pending' && account.role === 'security_officer' ? (
                      <RequestDecision request={r} onDecided={onChanged} />
                    ) : (
                      t(`reveal.status.${r.status}`)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      }
    </AsyncView>
  );
}

function RequestDecision({ request, onDecided }: { request: AccessRequest; onDecided(): void }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [expiresOn, setExpiresOn] = useState(dayAfter(90));
  const decide = useApiAction((approve: boolean) =>
    api.post(
      `/api/registry/requests/${request.id}/decision`,
      approve ? { approve, expiresOn } : { approve },
    ),
  );
  return (
    <div>
      <label>
        {t('registry.expiresOn')}{' '}
        <input type="date" value={expiresOn} onChange={(e) => setExpiresOn(e.target.value)} />
      </label>
      <div className="actions">
        <button
          type="button"
          disabled={decide.pending}
          onClick={async () => (await decide.run(true)) && onDecided()}
        >
          {t('reveals.approve')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={decide.pending}
          onClick={async () => (await decide.run(false)) && onDecided()}
        >
          {t('reveals.refuse')}
        </button>
      </div>
      <ErrorNotice error={decide.error} />
    </div>
  );
}
