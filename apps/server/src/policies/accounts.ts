/** Only administrators manage accounts; auditors may list them to make sense of the audit log. */
export const accountPolicy = {
  list: ['administrator', 'auditor'],
  create: ['administrator'],
  unlock: ['administrator'],
} as const;
