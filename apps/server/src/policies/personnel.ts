import type { Actor } from '../identity/roles.ts';
import { ROLES } from '../identity/roles.ts';

/**
 * Every account files its own reports (reporting duties apply to all cleared staff); security
 * officers review everyone's. Analysts see personnel context only through the analytics, as
 * pseudonymous features, never the reports themselves.
 */
export const personnelPolicy = {
  file: ROLES,
  listOwn: ROLES,
  read: ROLES,
  review: ['security_officer'],
  overdue: ['security_officer'],
  export: ['security_officer', 'administrator'],
} as const;

export const mayReadReport = (actor: Actor, report: { account_id: string }) =>
  actor.role === 'security_officer' || report.account_id === actor.id;
export const mayAmendReport = (actor: Actor, report: { account_id: string }) =>
  report.account_id === actor.id;
