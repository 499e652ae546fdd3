import { useState } from 'react';
import { query } from '../../api/api-client.ts';
import type { RevealRequest, RevealStatus } from '../../api/types.ts';
import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { Field } from '../../ui/Field.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { RevealList } from './RevealList.tsx';

export function RevealsPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState<RevealStatus | ''>('pending');
  const requests = useApiGet<{ requests: RevealRequest[] }>(`/api/reveals${query({ status })}`);
  return (
    <section>
      <PageHeading title={t('reveals.title')} />
      <p className="hint">{t('reveals.explain')}</p>
      <Field label={t('reveals.status')}>
        <select value={status} onChange={(e) => setStatus(e.target.value as RevealStatus | '')}>
          <option value="pending">{t('reveal.status.pending')}</option>
          <option value="approved">{t('reveal.status.approved')}</option>
          <option value="refused">{t('reveal.status.refused')}</option>
          <option value="">{t('cases.all')}</option>
        </select>
      </Field>
      <AsyncView value={requests} onRetry={requests.reload}>
        {(data) => <RevealList requests={data.requests} onChanged={requests.reload} />}
      </AsyncView>
    </section>
  );
}
