import type { AppStore } from '@vigil/store';

/** The actor's unexpired, unrevoked grant for the document, if any. */
export async function activeGrant(
  store: AppStore,
  documentId: string,
  accountId: string,
  now = new Date().toISOString(),
) {
  return store.db
    .selectFrom('grants')
    .selectAll()
    .where('document_id', '=', documentId)
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('expires_at', 'desc')
    .executeTakeFirst();
}
