import type { I18n, MessageKey } from '../i18n/i18n.ts';
import { ApiError } from './api-error.ts';
import { describeProblems, type ProblemDescription } from './describe-problem.ts';

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
  400: 'error.badRequest',
  401: 'error.unauthenticated',
  403: 'error.forbidden',
  404: 'error.notFound',
  409: 'error.conflict',
  413: 'error.tooLarge',
  422: 'error.badRequest',
  429: 'error.tooManyRequests',
  503: 'error.unavailable',
};

/**
 * An API failure as a reader is told it: a sentence in their language, the fields the server
 * rejected (one sentence each), and, for a failure the interface has no words of its own for,
 * the server's English text as a secondary detail.
 */
export interface ApiErrorDescription {
  summary: string;
  problems: ProblemDescription[];
  /** The server's own sentence (in English); null when the summary says it all. */
  detail: string | null;
}

/**
 * Known codes have their own sentence. Validation failures list each rejected field, translated
 * from the problem's kind. Any other code falls back on what its HTTP status means, and keeps the
 * server's sentence as a detail for a 4xx (it names what to fix); 5xx details stay in the log.
 */
export function describeApiError(error: unknown, i18n: Pick<I18n, 't'>): ApiErrorDescription {
  if (!(error instanceof ApiError))
    return {
      summary: i18n.t('error.unexpected'),
      problems: [],
      detail: error instanceof Error ? error.message : String(error),
    };
  const key = KNOWN[error.code];
  if (key) return { summary: i18n.t(key), problems: [], detail: null };
  if (error.code === 'request.invalid' && error.problems.length > 0)
    return {
      summary: i18n.t('error.invalid'),
      problems: describeProblems(error.problems, i18n),
      detail: null,
    };
  if (error.status >= 500)
    return {
      summary: i18n.t(BY_STATUS[error.status] ?? 'error.internal'),
      problems: [],
      detail: null,
    };
  return {
    summary: i18n.t(BY_STATUS[error.status] ?? 'error.badRequest'),
    problems: [],
    detail: error.message,
  };
}
