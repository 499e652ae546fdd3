import type { AccountTable } from '@vigil/store';

/**
 * What the directory shows of a person: enough to tell two namesakes apart and nothing more.
 * No staff id (the key behind pseudonyms), username, e-mail, role or lock state.
 */
export function presentPerson(
  row: Pick<AccountTable, 'id' | 'display_name'>,
  department: string | null,
) {
  return { id: row.id, displayName: row.display_name, department };
}
