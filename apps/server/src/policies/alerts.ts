/**
 * The alert queue holds pseudonyms, not names, so analysts can work it without learning who
 * is behind an alert. Officers watch it; administrators may run an import.
 */
export const alertPolicy = {
  list: ['analyst', 'investigator', 'security_officer'],
  read: ['analyst', 'investigator', 'security_officer'],
  triage: ['analyst', 'investigator'],
  import: ['analyst', 'administrator'],
} as const;
