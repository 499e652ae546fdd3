import { useI18n } from '../../i18n/i18n.ts';
import type { TraceResult } from './trace-result.ts';

export function TraceResultView({ result }: { result: TraceResult }) {
  const { t, number } = useI18n();
  const accused = result.verdict === 'accused';
  return (
    <div className="panel" data-testid="trace-result">
      <h2>{result.title}</h2>
      <p className={accused ? 'notice notice-warn' : 'notice notice-info'} role="status">
        {accused ? t('trace.accused', { n: result.accused.length }) : t('trace.insufficient')}
      </p>
      {result.accused.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('trace.recipient')}</th>
              <th scope="col">{t('trace.department')}</th>
              <th scope="col" className="num">
                {t('trace.score')}
              </th>
              <th scope="col" className="num">
                {t('trace.threshold')}
              </th>
              <th scope="col" className="num">
                {t('trace.matching')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.accused.map((a) => (
              <tr key={a.id} data-testid="accused">
                <td>
                  <strong>{a.name}</strong> <span className="hint">{a.email}</span>
                </td>
                <td>{a.department}</td>
                <td className="num">{number(a.score, 1)}</td>
                <td className="num">{number(a.threshold, 1)}</td>
                <td className="num">{number(a.matchingSites)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="facts" style={{ marginTop: '0.75rem' }}>
        <dt>{t('trace.leakKind')}</dt>
        <dd>{result.leakKind}</dd>
        <dt>{t('trace.sites')}</dt>
        <dd>{t('trace.sitesValue', { covered: result.sitesRead.covered, total: result.sitesRead.total, text: result.sitesRead.text, layout: result.sitesRead.layout })}</dd>
        <dt>{t('trace.bound')}</dt>
        <dd>{result.falseAccusationBound.toExponential(0)}</dd>
        {result.ocrConfidence !== undefined && (
          <>
            <dt>{t('trace.ocr')}</dt>
            <dd>{number(result.ocrConfidence, 0)} %</dd>
          </>
        )}
      </dl>
      <p className="hint">{result.message}</p>
      {result.evidence.length > 0 && (
        <details>
          <summary>{t('trace.evidence', { n: result.evidence.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('trace.site')}</th>
                <th scope="col">{t('trace.original')}</th>
                <th scope="col">{t('trace.read')}</th>
              </tr>
            </thead>
            <tbody>
              {result.evidence.slice(0, 200).map((e) => (
                <tr key={e.site}>
                  <td>
                    {e.site} <span className="hint">{e.family}</span>
                  </td>
                  <td>{e.original}</td>
                  <td>{e.read}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
