import { useState, type DragEvent } from 'react';
import { useApiAction, useApiClient } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { TraceResultView } from './TraceResultView.tsx';
import { bytesToBase64, type TraceResult } from './trace-result.ts';

/** The API takes leak uploads as base64 JSON up to 25 MB (apps/server/src/http/request-pipeline.ts). */
const MAX_BYTES = 18 * 1024 * 1024;

/**
 * "Who did this come from?" Drop a leaked file (text, PDF) or a photo of a page; the server
 * reads its marks and names the recipient whose copy it is, with the evidence.
 */
export function TraceLeakPage() {
  const { t } = useI18n();
  const api = useApiClient();
  const [over, setOver] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tooBig, setTooBig] = useState(false);
  const [result, setResult] = useState<TraceResult | null>(null);
  const trace = useApiAction(async (file: File) => {
    const content = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    return api.post<TraceResult>('/api/trace', { fileName: file.name, mediaType: file.type || 'application/octet-stream', contentBase64: content });
  });

  async function take(file: File | undefined) {
    if (!file) return;
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
      <div
        className={over ? 'dropzone active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t('trace.drop')}</p>
        <label className="button" htmlFor="leak-file">
          {t('trace.choose')}
        </label>
        <input id="leak-file" className="sr-only" type="file" accept=".txt,.md,.pdf,image/*" onChange={(e) => void take(e.target.files?.[0])} data-testid="leak-file" />
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
