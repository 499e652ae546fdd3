import { useApiGet } from '../../api/use-api.ts';
import { useAccount } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AccessRequests } from './AccessRequests.tsx';
import { DistributeForm } from './DistributeForm.tsx';
import { GrantForm } from './GrantForm.tsx';
import { NewDocumentForm } from './NewDocumentForm.tsx';
import type { AccessRequest, RegistryDocument } from './registry-types.ts';

/** The classified registry: documents, need-to-know grants, access requests, marked distributions. */
export function RegistryPage() {
  const { t, dateTime } = useI18n();
  const account = useAccount();
  const keeper = account.role === 'security_officer';
  const documents = useApiGet<{ documents: RegistryDocument[] }>('/api/registry/documents');
  const requests = useApiGet<{ requests: AccessRequest[] }>('/api/registry/requests');
  return (
    <section>
      <PageHeading title={t('registry.title')} />
      {keeper && <NewDocumentForm onCreated={documents.reload} />}
      <h2>{t('registry.documents')}</h2>
      <AsyncView value={documents} onRetry={documents.reload}>
        {({ documents: list }) =>
          list.length === 0 ? (
            <p>{t('registry.none')}</p>
          ) : (
            list.map((d) => (
              <article
                key={d.id}
                className="panel"
                data-testid="registry-document"
                data-document-id={d.id}
              >
                <h3>
                  {d.title} <span className="badge">{d.classification}</span>
                </h3>
                <p className="hint">
                  {d.compartments.length > 0
                    ? `${t('registry.compartments')}: ${d.compartments.join(', ')} · `
                    : ''}
                  {t('registry.owner')}: {d.owner} · {dateTime(d.createdAt)} · <code>{d.id}</code>
                </p>
                {keeper && (
                  <details>
                    <summary>{t('registry.grantAndDistribute')}</summary>
                    <GrantForm document={d} onGranted={requests.reload} />
                    <DistributeForm document={d} />
                  </details>
                )}
              </article>
            ))
          )
        }
      </AsyncView>
      <h2>{t('registry.accessRequests')}</h2>
      <AccessRequests requests={requests} onChanged={requests.reload} />
    </section>
  );
}
