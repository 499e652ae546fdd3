import type { Actor } from '../identity/roles.ts';

/**
 * Revealing who is behind a pseudonym is a two-person act: one asks with a reason, a different
 * person with authority decides. Only the two of them may then read the identity.
 */
export const revealPolicy = {
  request: ['analyst', 'investigator'],
  list: ['analyst', 'investigator', 'security_officer'],
  decide: ['security_officer', 'investigator'],
  read: ['analyst', 'investigator', 'security_officer'],
} as const;

export const mayDecideReveal = (actor: Actor, request: { requested_by: string }) =>
  actor.id !== request.requested_by;

export const maySeeRevealedIdentity = (
  actor: Actor,
  request: { requested_by: string; decided_by: string | null; status: string },
) =>
  request.status === 'approved' &&
  (actor.id === request.requested_by || actor.id === request.decided_by);
