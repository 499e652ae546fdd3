import { randomUUID } from 'node:crypto';
import type { RegistryDocumentTable } from '@vigil/store';
import type { Actor } from '../identity/roles.ts';
import type { ServerContext } from '../server-context.ts';

/** The path under which registry documents appear in the analytics' file events and documents table. */
export const registryPath = (documentId: string) => `registry://${documentId}`;

/**
 * Logs a view or download in the registry and emits it as a file event for the analytics, so
 * registry reads count toward the documents features (classified opened, other department …).
 */
export async function recordAccess(
  ctx: ServerContext,
  actor: Actor,
  doc: RegistryDocumentTable,
  action: 'view' | 'download',
): Promise<void> {
  const at = new Date().toISOString();
  const id = `acc-${randomUUID()}`;
  await ctx.store.db
    .insertInto('document_access')
    .values({ id, document_id: doc.id, account_id: actor.id, action, at })
    .execute();
  await ctx.audit.append({
    actor: actor.id,
    action: `registry.${action}`,
    target: `document:${doc.id}`,
  });
  if (ctx.events) {
    await ctx.events.run(
      `INSERT INTO file (id, ts, "user", pc, filename, activity, to_removable, from_removable, content) VALUES ($1, $2::TIMESTAMP, $3, 'vigil-registry', $4, $5, false, false, NULL)`,
      [
        id,
        at.replace('T', ' ').replace('Z', ''),
        actor.personId ?? actor.id,
        registryPath(doc.id),
        action === 'view' ? 'File Open' : 'File Copy',
      ],
    );
  }
}

/** Makes a new registry document known to the analytics' documents table. */
export async function registerWithAnalytics(
  ctx: ServerContext,
  doc: RegistryDocumentTable,
): Promise<void> {
  if (!ctx.events) return;
  const compartments = JSON.parse(doc.compartments) as string[];
  await ctx.events.run(`INSERT OR REPLACE INTO documents VALUES ($1, $2, $3, $4)`, [
    registryPath(doc.id),
    doc.classification,
    compartments.join(';'),
    doc.owner,
  ]);
}
