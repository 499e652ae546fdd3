import { ApiError } from '../api/api-error.ts';
import { describeApiError } from '../api/describe-api-error.ts';
import { useI18n } from '../i18n/i18n.ts';

/**
 * An API failure in words. A route the server does not have yet is not an error the reader
 * caused: it reads as "not available yet" rather than as a failure.
 */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const i18n = useI18n();
  if (error === null || error === undefined) return null;
  const missing = error instanceof ApiError && error.isMissingFeature;
  return (
    <div
      role="alert"
      className={missing ? 'notice notice-info' : 'notice notice-error'}
      data-testid={missing ? 'not-available' : 'api-error'}
    >
      <p>{describeApiError(error, i18n)}</p>
      {onRetry && !missing && (
        <button type="button" className="secondary" onClick={onRetry}>
          {i18n.t('common.retry')}
        </button>
      )}
    </div>
  );
}
