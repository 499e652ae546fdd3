/**
 * The one error type every Vigil package throws on purpose. The CLI and the server each
 * translate it in exactly one place (exit code, HTTP status); anything else is a bug.
 */
export type ErrorCategory =
  'input' | 'not_found' | 'forbidden' | 'conflict' | 'unavailable' | 'internal';

export class VigilError extends Error {
  override readonly name = 'VigilError';
  constructor(
    /** Stable machine-readable code, e.g. `ingest.bad_header`. Never reworded once shipped. */
    readonly code: string,
    readonly category: ErrorCategory,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
    /** The lower-level failure, for logs: `message` is what a user sees, `cause` what an operator reads. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const inputError = (code: string, message: string, details?: Record<string, unknown>) =>
  new VigilError(code, 'input', message, details);

export const notFoundError = (code: string, message: string, details?: Record<string, unknown>) =>
  new VigilError(code, 'not_found', message, details);

export const isVigilError = (e: unknown): e is VigilError => e instanceof VigilError;
