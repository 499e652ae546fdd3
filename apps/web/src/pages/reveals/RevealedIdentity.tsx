import { useState } from 'react';
import type { RevealRequest } from '../../api/types.ts';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';

/** The identity is fetched only on request: every look is written to the audit log by the server. */
export function RevealedIdentity({ requestId }: { requestId: string }) {
  const { t } = useI18n();
  const api = useApiClient();
  const [identity, setIdentity] = useState<RevealRequest['identity']>(null);
  const load = useApiAction(() => api.get<RevealRequest>(`/api/reveals/${requestId}`));
  if (identity) {
    return (
      <p data-testid="revealed-identity">
        <strong>{identity.name ?? t('reveals.noName')}</strong> ({identity.personId})
      </p>
    );
  }
  return (
    <div>
      <button
        type="button"
        className="secondary"
        disabled={load.pending}
        onClick={async () => {
          const r = await load.run();
          if (r?.identity) setIdentity(r.identity);
        }}
      >
        {load.pending ? t('common.working') : t('reveals.show')}
      </button>
      <p className="hint">{t('reveals.showIsAudited')}</p>
      <ErrorNotice error={load.error} />
    </div>
  );
}
