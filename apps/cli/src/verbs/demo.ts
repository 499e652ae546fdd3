import path from 'node:path';
import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { withEventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import {
  buildUserDays,
  evaluateDetection,
  readAnswerKey,
  scoreUserDays,
  topAlerts,
} from '@vigil/analytics';
import { simulateOrganization } from '@vigil/simulator';
import { defineVerb } from '../command.ts';
import { renderReport } from './evaluate.ts';

interface DemoOptions {
  users: string;
  days: string;
  seed: string;
}

/**
 * The analytics demo behind `npm start`: simulate a small organization with insiders, ingest
 * it, score it, and show the alerts an analyst would have seen and how well they did.
 */
export function registerDemo(program: Command): void {
  defineVerb<DemoOptions>(
    program,
    'demo',
    (cmd) =>
      cmd
        .description(
          'simulate a small organization, ingest, score, and show top alerts and the evaluation',
        )
        .option('--users <n>', 'staff in the simulated organization', '200')
        .option('--days <n>', 'days of activity', '100')
        .option('--seed <n>', 'simulation seed', '2026'),
    async (_args, options, ctx) => {
      const users = Number(options.users);
      const days = Number(options.days);
      const seed = Number(options.seed);
      for (const [name, v] of [
        ['users', users],
        ['days', days],
        ['seed', seed],
      ] as const) {
        if (!Number.isInteger(v) || v < 1)
          throw inputError('demo.bad_option', `--${name} must be a positive integer`);
      }
      const data = path.join(ctx.home, 'demo-data');
      const storeHome = path.join(ctx.home, 'demo');
      rmSync(data, { recursive: true, force: true });
      rmSync(storeHome, { recursive: true, force: true });
      const t0 = performance.now();
      const simulation = await simulateOrganization(
        { users, days, seed, out: data, release: 'r6.2' },
        ctx.progress,
      );
      await withEventStore({ home: storeHome }, async (store) => {
        const ingest = await ingestDirectory(store, data, ctx.progress);
        await buildUserDays(store, ctx.progress);
        await scoreUserDays(store, { onProgress: ctx.progress });
        const report = await evaluateDetection(store, readAnswerKey(path.join(data, 'answers')));
        // Show the days on which the office would have caught someone, first ones first.
        const alertDays = [
          ...new Set(
            report.outcomes.map((o) => o.firstAlertDay).filter((d): d is string => d !== null),
          ),
        ]
          .sort()
          .slice(0, 3);
        const tops = [];
        for (const day of alertDays)
          tops.push(await topAlerts(store, day, Math.max(5, report.budgetPerDay)));
        ctx.progress.stop();
        const seconds = (performance.now() - t0) / 1000;
        const human = [
          `Simulated ${users} staff over ${days} days (seed ${seed}) into ${data}: ${ingest.accepted} events ingested, ${ingest.rejected} quarantined.`,
          '',
          ...tops.map((t) =>
            [
              `Top alerts on ${t.day}:`,
              ...t.alerts.map(
                (a) =>
                  `  #${a.rank} ${a.user} (${a.role ?? '?'}, ${a.department ?? '?'}) score ${a.score.toFixed(2)}\n${a.reasons
                    .slice(0, 4)
                    .map((r) => `       - ${r}`)
                    .join('\n')}`,
              ),
              '',
            ].join('\n'),
          ),
          'Evaluation against the answer key:',
          renderReport(report),
          '',
          `Done in ${seconds.toFixed(1)} s. Explore: npx vigil top --home ${storeHome} --day ${alertDays[0] ?? 'YYYY-MM-DD'}`,
        ].join('\n');
        ctx.print(human, {
          simulation,
          ingest: { accepted: ingest.accepted, rejected: ingest.rejected },
          alerts: tops,
          evaluation: report,
          seconds,
        });
      });
    },
  );
}
