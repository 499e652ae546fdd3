/** Cases are the investigators' and analysts' work; officers may follow them. */
export const casePolicy = {
  list: ['analyst', 'investigator', 'security_officer'],
  read: ['analyst', 'investigator', 'security_officer'],
  create: ['analyst', 'investigator'],
  update: ['investigator'],
  addEvidence: ['analyst', 'investigator'],
  addNote: ['analyst', 'investigator'],
} as const;
