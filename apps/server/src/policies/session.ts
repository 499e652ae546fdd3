import { ROLES } from '../identity/roles.ts';

/** Anyone may try to sign in; any signed-in account may see itself and sign out. */
export const sessionPolicy = {
  signIn: 'public',
  me: ROLES,
  signOut: ROLES,
} as const;
