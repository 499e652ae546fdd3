import type { I18n, MessageKey } from '../i18n/i18n.ts';
import { ApiError } from './api-error.ts';

/**
 * Codes the interface explains in the reader's language: every one a page can meet in ordinary
 * use. A sentence says what happened and what to do next, without ids or field names.
 */
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
  'store.unavailable': 'error.unavailable',
  'reveal.same_person': 'error.revealSamePerson',
  'reveal.decided': 'error.alreadyDecided',
  'reveal.unknown_pseudonym': 'error.unknownPseudonym',
  'subject.not_found': 'error.unknownPseudonym',
  'alert.already_triaged': 'error.alreadyTriaged',
  'case.closed': 'error.caseClosed',
  'tip.unknown_code': 'error.tipUnknownCode',
  'account.not_found': 'error.unknownPerson',
  'registry.unknown_recipient': 'error.unknownPerson',
  'registry.no_need_to_know': 'error.noNeedToKnow',
  'registry.expired_grant': 'error.grantInPast',
  'registry.self_approval': 'error.selfApproval',
  'personnel.self_review': 'error.selfReview',
  'registry.decided': 'error.alreadyDecided',
  'registry.already_revoked': 'error.alreadyDecided',
  'registry.not_distributed': 'error.notDistributed',
  'registry.no_copy': 'error.noCopy',
  'registry.empty_leak': 'error.leakUnreadable',
  'trace.empty_leak': 'error.leakUnreadable',
  'trace.no_text': 'error.leakUnreadable',
  'trace.bad_image': 'error.leakFormat',
  'trace.unsupported_format': 'error.leakFormat',
  'personnel.debrief_done': 'error.alreadyDebriefed',
  'personnel.not_travelled': 'error.notTravelled',
  'campaign.no_mail': 'error.noMail',
  'campaign.not_a_simulation': 'error.notASimulation',
  internal: 'error.internal',
};

/** When a code is new to the interface, its HTTP status still says what kind of failure it is. */
const BY_STATUS: Record<number, MessageKey> = {
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  503: 'error.unavailable',
};

/**
 * A sentence a person can act on, in their language. Validation failures list each field the
 * server rejected. A 4xx code the interface does not know keeps the server's own sentence, which
 * names what to fix (in English: the Chinese text says so); 5xx details stay in the server log.
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
  const byStatus = BY_STATUS[error.status];
  if (byStatus) return i18n.t(byStatus);
  if (error.status >= 500) return i18n.t('error.internal');
  return i18n.t('error.server', { message: error.message });
}
