import type { AppStore } from '@vigil/store';

export interface FoundAccount {
  id: string;
  display_name: string;
  person_id: string | null;
}

/**
 * Accounts named exactly by id, username or e-mail address (e-mail ignoring case, as mail
 * does), in the order they were listed, each once; and the identifiers that matched nobody.
 */
export async function lookupPeople(
  store: AppStore,
  identifiers: readonly string[],
): Promise<{ accounts: FoundAccount[]; notFound: string[] }> {
  if (identifiers.length === 0) return { accounts: [], notFound: [] };
  const lowered = identifiers.map((i) => i.toLowerCase());
  const rows = await store.db
    .selectFrom('accounts')
    .select(['id', 'username', 'email', 'display_name', 'person_id'])
    .where((eb) =>
      eb.or([
        eb('id', 'in', [...identifiers]),
        eb('username', 'in', [...identifiers]),
        eb(eb.fn('lower', ['email']), 'in', lowered),
      ]),
    )
    .execute();
  const accounts: FoundAccount[] = [];
  const notFound: string[] = [];
  for (const [k, identifier] of identifiers.entries()) {
    const row = rows.find(
      (r) =>
        r.id === identifier || r.username === identifier || r.email?.toLowerCase() === lowered[k],
    );
    if (!row) notFound.push(identifier);
    else if (!accounts.some((a) => a.id === row.id))
      accounts.push({ id: row.id, display_name: row.display_name, person_id: row.person_id });
  }
  return { accounts, notFound };
}
