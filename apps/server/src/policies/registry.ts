import { ROLES, type Actor } from '../identity/roles.ts';

/**
 * Need to know: a clearance-holding role is not enough to read a document; an unexpired grant
 * for that document is. Security officers keep the registry (documents, grants, requests,
 * distributions) but read contents only under a grant like anyone else. Investigators and
 * officers trace leaks.
 */
export const registryPolicy = {
  create: ['security_officer'],
  list: ROLES,
  read: ROLES,
  grant: ['security_officer'],
  request: ROLES,
  listRequests: ROLES,
  decide: ['security_officer'],
  distribute: ['security_officer'],
  trace: ['security_officer', 'investigator'],
  accessLog: ['security_officer', 'investigator', 'auditor'],
} as const;

export const keepsRegistry = (actor: Actor) => actor.role === 'security_officer';
