import type { Command } from 'commander';
import { withEventStore } from '@vigil/event-store';
import { defineVerb } from '../command.ts';

interface QuarantineOptions {
  limit: string;
}

export function registerQuarantine(program: Command): void {
  defineVerb<QuarantineOptions>(
    program,
    'quarantine',
    (cmd) =>
      cmd
        .description('list rows that ingestion kept aside, with file, line and reason')
        .option('--limit <n>', 'at most this many rows', '50'),
    async (_args, options, ctx) => {
      await withEventStore({ home: ctx.home }, async (store) => {
        const total = await store.all<{ n: bigint }>('SELECT count(*) AS n FROM quarantine');
        const rows = await store.all<{
          file: string;
          line: bigint;
          reason: string;
          raw: string | null;
        }>('SELECT file, line, reason, raw FROM quarantine ORDER BY file, line LIMIT $1', [
          Math.max(1, Number(options.limit) || 50),
        ]);
        const list = rows.map((r) => ({
          file: r.file,
          line: Number(r.line),
          reason: r.reason,
          raw: r.raw,
        }));
        ctx.print(
          [
            `${Number(total[0]?.n ?? 0)} quarantined rows`,
            ...list.map((r) => `${r.file}:${r.line}: ${r.reason}\n    ${r.raw ?? ''}`),
          ].join('\n'),
          { total: Number(total[0]?.n ?? 0), rows: list },
        );
      });
    },
  );
}
