/**
 * Auditors read and export the audit log; administrators may verify its chain. No role may edit
 * it: there is no route that could, by construction.
 */
export const auditPolicy = {
  list: ['auditor'],
  export: ['auditor'],
  verify: ['auditor', 'administrator'],
} as const;
