import { ROLES } from '../identity/roles.ts';

/** Everyone takes training; security officers assign it, track it and run simulated approaches. */
export const trainingPolicy = {
  listModules: ROLES,
  assign: ['security_officer'],
  listAssignments: ROLES,
  complete: ROLES,
  overdue: ['security_officer'],
} as const;

export const campaignPolicy = {
  create: ['security_officer'],
  send: ['security_officer'],
  results: ['security_officer'],
  assignTraining: ['security_officer'],
  report: ROLES,
  engage: 'public',
} as const;
