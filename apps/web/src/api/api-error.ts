/**
 * One field the server rejected, as `details.problems` of a `request.invalid` 400 carries it
 * (apps/server/src/http/validation-problem.ts). `kind` (with `limit` or `values`) is what the
 * interface translates; `message` is the server's English sentence, kept as a detail. A server
 * older than `kind` sends only field and message.
 */
export interface ValidationProblem {
  field: string;
  message: string;
  kind?: string;
  limit?: number;
  inclusive?: boolean;
  values?: string[];
}

/**
 * An API failure as the pages see it. The server answers every error as
 * `{ error: { code, message, details? } }` (apps/server/src/http/http-errors.ts); a network
 * failure has status 0 and code `network`. Pages never show `message` as the sentence a reader
 * reads: they translate the code, the problems or the status (see describeApiError).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ReadonlyArray<ValidationProblem> = [],
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
  const problems = Array.isArray(raw) ? raw.flatMap(problemFrom) : [];
  return new ApiError(status, code, message, problems);
}

/** Keeps the fields of one problem that have the expected type, and drops anything else. */
function problemFrom(raw: unknown): ValidationProblem[] {
  const p = raw as Record<string, unknown> | null;
  if (typeof p?.field !== 'string' || typeof p.message !== 'string') return [];
  return [
    {
      field: p.field,
      message: p.message,
      ...(typeof p.kind === 'string' ? { kind: p.kind } : {}),
      ...(typeof p.limit === 'number' ? { limit: p.limit } : {}),
      ...(typeof p.inclusive === 'boolean' ? { inclusive: p.inclusive } : {}),
      ...(Array.isArray(p.values)
        ? { values: p.values.filter((v): v is string => typeof v === 'string') }
        : {}),
    },
  ];
}
