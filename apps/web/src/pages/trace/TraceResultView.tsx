import { useI18n } from '../../i18n/i18n.ts';
import type { TraceResult } from './trace-result.ts';

/** The verdict first, then each accused recipient with the evidence against the threshold. */
export function TraceResultView({ result }: { result: TraceResult }) {
  const { t, number } = useI18n();
  const accused = result.verdict === 'accused';
  return (
    <div className="panel" data-testid="trace-result">
      <p className={accused ? 'notice notice-warn' : 'notice notice-info'} role="status">
        {accused ? t('trace.accused', { n: result.accused.length }) : t('trace.insufficient')}
      </p>
      {result.accused.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('trace.recipient')}</th>
              <th scope="col">{t('trace.accountId')}</th>
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
              <tr key={a.accountId} data-testid="accused">
                <td>
                  <strong>{a.username ?? '—'}</strong>
                </td>
                <td>
                  <code>{a.accountId}</code>
                </td>
                <td className="num">{number(a.score, 1)}</td>
                <td className="num">{number(a.threshold, 1)}</td>
                <td className="num">{number(a.matchingSites)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="hint">{result.message}</p>
    </div>
  );
}
