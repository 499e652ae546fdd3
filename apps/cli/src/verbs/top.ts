import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { withEventStore } from '@vigil/event-store';
import { topAlerts } from '@vigil/analytics';
import { defineVerb } from '../command.ts';

interface TopOptions {
  day?: string;
  limit?: string;
}

export function registerTop(program: Command): void {
  defineVerb<TopOptions>(
    program,
    'top',
    (cmd) =>
      cmd
        .description("show a day's top alerts with their explanations")
        .requiredOption('--day <YYYY-MM-DD>', 'the day to review')
        .option('--limit <n>', 'how many alerts (default: the analyst budget, 5 per 1,000 users)'),
    async (_args, options, ctx) => {
      const limit = options.limit === undefined ? undefined : Number(options.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw inputError(
          'top.bad_limit',
          `--limit must be a positive integer, got "${options.limit}"`,
        );
      }
      await withEventStore({ home: ctx.home }, async (store) => {
        const result = await topAlerts(store, options.day!, limit);
        const human =
          result.alerts.length === 0
            ? `No alerts on ${result.day}.`
            : [
                `Top alerts on ${result.day} (budget ${result.budget} per day):`,
                ...result.alerts.map((a) =>
                  [
                    `\n#${a.rank}  ${a.user}  score ${a.score.toFixed(2)}  ${a.role ?? ''}${a.department ? `, ${a.department}` : ''}`,
                    ...a.reasons.map((r) => `     - ${r}`),
                    ...a.leads.map((l) => `     - ${l}`),
                  ].join('\n'),
                ),
              ].join('\n');
        ctx.print(human, result);
      });
    },
  );
}
