import { query } from '../api/api-client.ts';
import type { Person } from '../api/types.ts';

/** How many identifiers one request carries: the URL stays far below any server's header limit. */
export const LOOKUP_CHUNK = 100;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Account ids as the server makes them (apps/server/src/identity/accounts.ts). */
const ACCOUNT_ID = /^acct-[0-9a-f-]{8,}$/i;
const isIdentifier = (token: string) => EMAIL.test(token) || ACCOUNT_ID.test(token);

/**
 * The identifiers in pasted text, or null when it reads as an ordinary search. A list is either
 * all account ids and e-mail addresses (separated by anything: a mail's "To" line, a column from
 * a spreadsheet), or two or more entries split by commas, semicolons, tabs or line breaks. A
 * name with a space ("Jordan Doe") stays a search.
 */
export function pastedIdentifiers(text: string): string[] | null {
  // "Jordan Doe <jdoe@agency.test>", as mail clients copy an address, is the address alone.
  const addresses = text.replace(/[^,;\n<>]*<([^<>\s]+@[^<>\s]+)>/g, ' $1 ');
  const tokens = [
    ...new Set(
      addresses
        .split(/[\s,;]+/)
        .map((t) => t.replace(/^[<("']+|[>)"']+$/g, ''))
        .filter((t) => t !== ''),
    ),
  ];
  if (tokens.length === 0) return null;
  if (tokens.every(isIdentifier)) return tokens;
  if (tokens.length >= 2 && /[,;\t\n]/.test(text.trim())) return tokens;
  return null;
}

export interface Resolved {
  people: Person[];
  notFound: string[];
}

/** Resolves identifiers through `GET /api/people?ids=`, in chunks, each person once. */
export async function resolvePeople(
  get: <T>(path: string) => Promise<T>,
  identifiers: readonly string[],
): Promise<Resolved> {
  const people: Person[] = [];
  const notFound: string[] = [];
  for (let from = 0; from < identifiers.length; from += LOOKUP_CHUNK) {
    const ids = identifiers.slice(from, from + LOOKUP_CHUNK).join(',');
    const answer = await get<{ people: Person[]; notFound?: string[] }>(
      `/api/people${query({ ids })}`,
    );
    for (const p of answer.people) if (!people.some((q) => q.id === p.id)) people.push(p);
    notFound.push(...(answer.notFound ?? []));
  }
  return { people, notFound };
}
