import type { Command } from 'commander';
import { withEventStore } from '@vigil/event-store';
import { ingestDirectory, type IngestSummary } from '@vigil/ingest';
import { defineVerb } from '../command.ts';
import { formatTable } from '../format-table.ts';

export function registerIngest(program: Command): void {
  defineVerb(
    program,
    'ingest',
    (cmd) =>
      cmd
        .description(
          'read a folder of activity logs (CERT r4.2/r5.2/r6.2, Vigil JSON Lines, context files) into the analytics store',
        )
        .argument(
          '<dir>',
          'folder holding logon.csv, device.csv, …, LDAP/, documents.csv, personnel.csv, *.jsonl',
        ),
    async ([dir], _options, ctx) => {
      await withEventStore({ home: ctx.home }, async (store) => {
        const summary = await ingestDirectory(store, dir!, ctx.progress);
        ctx.progress.stop();
        ctx.print(renderSummary(summary), summary);
      });
    },
  );
}

function renderSummary(s: IngestSummary): string {
  const rows = s.files.map((f) => [
    f.file,
    f.kind + (f.release ? ` (${f.release})` : ''),
    f.unchanged ? 'unchanged' : String(f.accepted),
    String(f.duplicates),
    String(f.rejected),
    `${(f.bytes / 1e6).toFixed(1)} MB`,
    `${f.seconds.toFixed(1)} s`,
  ]);
  const mbps = s.seconds > 0 ? s.bytes / 1e6 / s.seconds : 0;
  return [
    formatTable(['file', 'kind', 'added', 'duplicates', 'quarantined', 'size', 'time'], rows),
    '',
    `${s.accepted} records added, ${s.duplicates} already stored, ${s.rejected} quarantined ` +
      `(${(s.bytes / 1e6).toFixed(1)} MB in ${s.seconds.toFixed(1)} s, ${mbps.toFixed(0)} MB/s)`,
    ...(s.rejected > 0
      ? ['Quarantined rows are kept with file, line and reason: see `vigil quarantine`.']
      : []),
    ...(s.ignored.length > 0 ? [`Not recognized, left alone: ${s.ignored.join(', ')}`] : []),
  ].join('\n');
}
