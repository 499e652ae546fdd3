import { useState, type DragEvent } from 'react';
import { useApiAction, useApiClient, useApiGet } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { AsyncView } from '../../ui/AsyncView.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Field } from '../../ui/Field.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import type { RegistryDocument } from '../registry/registry-types.ts';
import { TraceResultView } from './TraceResultView.tsx';
import { bytesToBase64, type TraceResult } from './trace-result.ts';

/** The API takes leak uploads as base64 JSON under 25 MB (apps/server/src/http/request-pipeline.ts); base64 adds a third. */
const MAX_BYTES = 18 * 1024 * 1024;

/**
 * "Who did this come from?" Pick the document, drop the leaked file (text, PDF) or a photo of a
 * page; the server reads the marks and names the recipient whose copy it is, with the evidence.
 */
export function TraceLeakPage() {
  const { t } = useI18n();
  const api = useApiClient();
  const documents = useApiGet<{ documents: RegistryDocument[] }>('/api/registry/documents');
  const [documentId, setDocumentId] = useState('');
  const [over, setOver] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [result, setResult] = useState<TraceResult | null>(null);
  const trace = useApiAction(async (file: File) => {
    const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return api.post<TraceResult>(
      `/api/registry/documents/${encodeURIComponent(documentId)}/trace`,
      { filename: file.name, contentBase64 },
    );
  });

  async function take(file: File | undefined) {
    if (!file || documentId === '') return;
    setResult(null);
    setFileName(file.name);
    setTooBig(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) return;
    const r = await trace.run(file);
    if (r) setResult(r);
  }
  function drop(event: DragEvent) {
    event.preventDefault();
    setOver(false);
    void take(event.dataTransfer.files[0]);
  }
  return (
    <section>
      <PageHeading title={t('trace.title')} />
      <p>{t('trace.intro')}</p>
      <AsyncView value={documents} onRetry={documents.reload}>
        {({ documents: list }) => (
          <Field label={t('trace.document')}>
            <select
              name="document"
              value={documentId}
              onChange={(e) => setDocumentId(e.target.value)}
            >
              <option value="">—</option>
              {list.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title} ({d.classification})
                </option>
              ))}
            </select>
          </Field>
        )}
      </AsyncView>
      <div
        className={over ? 'dropzone active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        aria-disabled={documentId === ''}
      >
        <p>{documentId === '' ? t('trace.pickDocument') : t('trace.drop')}</p>
        <label className="button" htmlFor="leak-file">
          {t('trace.choose')}
        </label>
        <input
          id="leak-file"
          className="sr-only"
          type="file"
          accept=".txt,.md,.pdf,image/*"
          disabled={documentId === ''}
          onChange={(e) => void take(e.target.files?.[0])}
          data-testid="leak-file"
        />
        {fileName && <p className="hint">{fileName}</p>}
      </div>
      {tooBig && (
        <p role="alert" className="notice notice-error">
          {t('trace.tooBig', { mb: MAX_BYTES / 1024 / 1024 })}
        </p>
      )}
      {trace.pending && <Loading label={t('trace.reading')} />}
      <ErrorNotice error={trace.error} />
      {result && <TraceResultView result={result} />}
    </section>
  );
}
