import { useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { DistributeForm } from './DistributeForm.tsx';
import { NewDocumentForm } from './NewDocumentForm.tsx';
import type { AccessRequest, RegistryDocument } from './registry-types.ts';

/** The classified registry: documents, who asked for access, and marked distributions. */
export function RegistryPage() {
  const { t, dateTime } = useI18n();
  const documents = useApiGet<{ documents: RegistryDocument[] }>('/api/registry/documents');
  const requests = useApiGet<{ requests: AccessRequest[] }>('/api/registry/access-requests');
  return (
    <section>
      <PageHeading title={t('registry.title')} />
      <NewDocumentForm onCreated={documents.reload} />
      <h2>{t('registry.documents')}</h2>
      <AsyncView value={documents} onRetry={documents.reload}>
        {({ documents: list }) =>
          list.length === 0 ? (
            <p>{t('registry.none')}</p>
          ) : (
            list.map((d) => (
              <article key={d.id} className="panel" data-testid="registry-document">
                <h3>
                  {d.title} <span className="badge">{d.classification}</span>
                </h3>
                <p className="hint">
                  {d.compartments.length > 0 ? `${t('registry.compartments')}: ${d.compartments.join(', ')} · ` : ''}
                  {dateTime(d.createdAt)}
                </p>
                <DistributeForm document={d} />
              </article>
            ))
          )
        }
      </AsyncView>
      <h2>{t('registry.accessRequests')}</h2>
      <AsyncView value={requests} onRetry={requests.reload}>
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
                  <th scope="col">{t('reveals.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((r) => (
                  <tr key={r.id}>
                    <td>{r.documentId}</td>
                    <td>{r.accountId}</td>
                    <td>{r.reason}</td>
                    <td>{r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </AsyncView>
    </section>
  );
}
