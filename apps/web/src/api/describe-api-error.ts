import type { I18n, MessageKey } from '../i18n/i18n.ts';
import { ApiError } from './api-error.ts';

/** Codes the interface explains in the reader's language; others keep the server's own sentence. */
const KNOWN: Record<string, MessageKey> = {
  network: 'error.network',
  'auth.unauthenticated': 'error.unauthenticated',
  'auth.bad_credentials': 'error.badCredentials',
  'auth.locked': 'error.locked',
  'auth.rate_limited': 'error.rateLimited',
  'auth.forbidden': 'error.forbidden',
  'auth.csrf': 'error.csrf',
  'route.not_found': 'error.notAvailable',
  'request.too_large': 'error.tooLarge',
  'reveal.same_person': 'error.revealSamePerson',
  'alert.already_triaged': 'error.alreadyTriaged',
  internal: 'error.internal',
};

/**
 * A sentence a person can act on. Validation failures list each field the server rejected;
 * unknown codes fall back to the server's message, which names what to fix (in English).
 */
export function describeApiError(error: unknown, i18n: Pick<I18n, 't'>): string {
  if (!(error instanceof ApiError))
    return i18n.t('error.unexpected', {
      message: error instanceof Error ? error.message : String(error),
    });
  const key = KNOWN[error.code];
  if (key) return i18n.t(key);
  if (error.code === 'request.invalid' && error.problems.length > 0) {
    return i18n.t('error.invalid', {
      problems: error.problems.map((p) => `${p.field || '—'}: ${p.message}`).join('; '),
    });
  }
  if (error.status >= 500) return i18n.t('error.internal');
  return error.message;
}
