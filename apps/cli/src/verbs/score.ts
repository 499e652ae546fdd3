import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { withEventStore } from '@vigil/event-store';
import { buildUserDays, scoreUserDays } from '@vigil/analytics';
import { defineVerb } from '../command.ts';
import { csvLine } from '../csv-output.ts';

interface ScoreOptions {
  format: string;
  seed: string;
}

export function registerScore(program: Command): void {
  defineVerb<ScoreOptions>(
    program,
    'score',
    (cmd) =>
      cmd
        .description(
          'compute user-day features and a risk score with reasons for every user-day with activity',
        )
        .option(
          '--format <format>',
          'summary | csv (user,day,score,reasons for every user-day)',
          'summary',
        )
        .option('--seed <n>', 'seed of the anomaly model', '7'),
    async (_args, options, ctx) => {
      if (!['summary', 'csv'].includes(options.format)) {
        throw inputError(
          'score.bad_format',
          `--format must be summary or csv, got "${options.format}"`,
        );
      }
      const seed = Number(options.seed);
      if (!Number.isInteger(seed))
        throw inputError('score.bad_seed', `--seed must be an integer, got "${options.seed}"`);
      await withEventStore({ home: ctx.home }, async (store) => {
        const started = performance.now();
        const userDays = await buildUserDays(store, ctx.progress);
        if (userDays === 0)
          throw inputError(
            'score.no_events',
            'no activity in the store: run `vigil ingest DIR` first',
          );
        const scores = await scoreUserDays(store, { seed, onProgress: ctx.progress });
        ctx.progress.stop();
        if (options.format === 'csv') {
          const lines = ['user,day,score,reasons'];
          for (const s of scores)
            lines.push(csvLine([s.user, s.day, s.score.toFixed(4), s.reasons.join(';')]));
          process.stdout.write(`${lines.join('\n')}\n`);
          return;
        }
        const users = new Set(scores.map((s) => s.user)).size;
        const flagged = scores.filter((s) => s.behavior > 0).length;
        const seconds = (performance.now() - started) / 1000;
        ctx.print(
          `Scored ${scores.length} user-days of ${users} users in ${seconds.toFixed(1)} s; ${flagged} show unusual behavior.\n` +
            'See the riskiest with `vigil top --day YYYY-MM-DD`, or all of them with `vigil score --format csv`.',
          { userDays: scores.length, users, flagged, seconds },
        );
      });
    },
  );
}
