/**
 * An API failure as the pages see it. The server answers every error as
 * `{ error: { code, message, details? } }` (apps/server/src/http/http-errors.ts); a network
 * failure has status 0 and code `network`. Pages never show `message` raw when the code is one
 * the interface knows: they translate it (see describeApiError).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ReadonlyArray<{ field: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The server has no such route yet: the feature is not available on this server. */
  get isMissingFeature(): boolean {
    return this.status === 404 && this.code === 'route.not_found';
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; details?: { problems?: unknown } };
}

/** Builds an ApiError from a non-2xx response body, whatever shape it arrived in. */
export function apiErrorFrom(status: number, body: unknown): ApiError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http.${status}`;
  const message =
    typeof error?.message === 'string' ? error.message : `the server answered ${status}`;
  const raw = error?.details?.problems;
  const problems = Array.isArray(raw)
    ? raw.filter(
        (p): p is { field: string; message: string } =>
          typeof p?.field === 'string' && typeof p?.message === 'string',
      )
    : [];
  return new ApiError(status, code, message, problems);
}
