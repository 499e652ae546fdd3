import { ApiError } from '../api/api-error.ts';
import { describeApiError } from '../api/describe-api-error.ts';
import { useI18n } from '../i18n/i18n.ts';

/**
 * An API failure in words: what happened in the reader's language, each field the server
 * rejected, and the server's own English text, when it adds something, only as a detail (marked
 * as English for screen readers). A route the server does not have yet is not an error the
 * reader caused: it reads as "not available yet" rather than as a failure.
 */
export function ErrorNotice({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  /** What could not be done, when the page around does not already say it. */
  title?: string;
}) {
  const i18n = useI18n();
  if (error === null || error === undefined) return null;
  const missing = error instanceof ApiError && error.isMissingFeature;
  const { summary, problems, detail } = describeApiError(error, i18n);
  return (
    <div
      role="alert"
      className={missing ? 'notice notice-info' : 'notice notice-error'}
      data-testid={missing ? 'not-available' : 'api-error'}
    >
      {title && (
        <p>
          <strong>{title}</strong>
        </p>
      )}
      <p>{summary}</p>
      {problems.length > 0 && (
        <ul className="problems" data-testid="api-error-problems">
          {problems.map((p) => (
            <li key={`${p.text}\n${p.detail ?? ''}`}>
              {p.text}
              {p.detail && (
                <>
                  {' '}
                  <span className="hint" lang="en">
                    ({p.detail})
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {detail && (
        <p className="hint error-detail" data-testid="api-error-detail">
          {i18n.t('error.serverDetail')} <span lang="en">{detail}</span>
        </p>
      )}
      {onRetry && !missing && (
        <button type="button" className="secondary" onClick={onRetry}>
          {i18n.t('common.retry')}
        </button>
      )}
    </div>
  );
}
