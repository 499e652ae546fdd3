import type { Role } from '../api/types.ts';
import type { MessageKey } from '../i18n/i18n.ts';

export interface NavItem {
  path: string;
  label: MessageKey;
  roles: readonly Role[] | 'all';
}

const OFFICE: readonly Role[] = ['security_officer', 'analyst', 'investigator'];

/**
 * The menu, by role. It mirrors the server's route policies (apps/server/src/policies), so a
 * reader is not offered pages the server would refuse; the server still decides.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/overview', label: 'nav.overview', roles: OFFICE },
  { path: '/alerts', label: 'nav.alerts', roles: OFFICE },
  { path: '/cases', label: 'nav.cases', roles: OFFICE },
  { path: '/reveals', label: 'nav.reveals', roles: OFFICE },
  { path: '/personnel', label: 'nav.personnel', roles: ['security_officer', 'investigator'] },
  { path: '/tips/inbox', label: 'nav.tipsInbox', roles: ['security_officer', 'investigator'] },
  {
    path: '/registry',
    label: 'nav.registry',
    roles: ['security_officer', 'investigator', 'administrator'],
  },
  { path: '/trace', label: 'nav.trace', roles: ['security_officer', 'investigator'] },
  { path: '/campaigns', label: 'nav.campaigns', roles: ['security_officer'] },
  { path: '/audit', label: 'nav.audit', roles: ['auditor', 'administrator'] },
  { path: '/my/reports', label: 'nav.myReports', roles: 'all' },
  { path: '/my/training', label: 'nav.myTraining', roles: 'all' },
];

export const navFor = (role: Role): NavItem[] =>
  NAV_ITEMS.filter((item) => item.roles === 'all' || item.roles.includes(role));

/** Where a role lands after sign-in. */
export function homeFor(role: Role): string {
  return navFor(role)[0]?.path ?? '/my/reports';
}
