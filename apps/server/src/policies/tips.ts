/**
 * Anyone may submit a tip and follow it up with its code, without an account. Officers and
 * investigators read and answer tips.
 */
export const tipPolicy = {
  submit: 'public',
  followUp: 'public',
  list: ['security_officer', 'investigator'],
  read: ['security_officer', 'investigator'],
  reply: ['security_officer', 'investigator'],
  update: ['security_officer', 'investigator'],
} as const;
