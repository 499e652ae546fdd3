import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { markDocument, type MarkResult } from '@vigil/attribution';
import { VigilError } from '@vigil/core';
import type { RegistryDocumentTable } from '@vigil/store';
import type { ServerContext } from '../server-context.ts';

export interface DistributionRecipient {
  accountId: string;
  name: string;
  username: string;
  /** From the directory (see directory/departments.ts); empty when it has none for the person. */
  department: string;
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Every recipient gets a uniquely marked copy (Tardos-coded text variants, see
 * docs/ATTRIBUTION.md), so a leaked copy, excerpt or photo names its source. Copies are written
 * under the server's files directory, one folder per distribution.
 */
export async function distributeDocument(
  ctx: ServerContext,
  doc: RegistryDocumentTable,
  recipients: readonly DistributionRecipient[],
): Promise<{ id: string; mark: MarkResult; dir: string }> {
  if (!ctx.attribution)
    throw new VigilError(
      'registry.no_attribution',
      'unavailable',
      'this server runs without the attribution store',
    );
  const id = `dist-${randomUUID()}`;
  const dir = path.join(ctx.filesDir, 'distributions', id);
  fs.mkdirSync(dir, { recursive: true });
  const source = path.join(dir, 'source.md');
  fs.writeFileSync(source, doc.body.startsWith('#') ? doc.body : `# ${doc.title}\n\n${doc.body}`);
  const recipientsFile = path.join(dir, 'recipients.csv');
  fs.writeFileSync(
    recipientsFile,
    [
      'id,name,email,department',
      ...recipients.map((r) =>
        [r.accountId, r.name, `${r.username}@registry.invalid`, r.department]
          .map(csvField)
          .join(','),
      ),
    ].join('\n') + '\n',
  );
  const mark = await markDocument({
    docPath: source,
    recipientsPath: recipientsFile,
    outDir: path.join(dir, 'copies'),
    store: ctx.attribution,
    pdf: false,
    coalition: Math.min(2, recipients.length),
  });
  return { id, mark, dir };
}

export const copyPath = (ctx: ServerContext, distributionId: string, accountId: string) =>
  path.join(ctx.filesDir, 'distributions', distributionId, 'copies', `${accountId}.md`);
