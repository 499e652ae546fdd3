import type { Command } from 'commander';
import { withEventStore } from '@vigil/event-store';
import { evaluateDetection, readAnswerKey, type DetectionReport } from '@vigil/analytics';
import { defineVerb } from '../command.ts';
import { formatTable } from '../format-table.ts';

interface EvaluateOptions {
  answers: string;
  dataset?: string;
}

export function registerEvaluate(program: Command): void {
  defineVerb<EvaluateOptions>(
    program,
    'evaluate',
    (cmd) =>
      cmd
        .description('measure the stored scores against a CERT-layout answer key')
        .requiredOption('--answers <dir>', 'folder with insiders.csv and the per-incident files')
        .option(
          '--dataset <name>',
          'only incidents of this dataset (the first column of insiders.csv)',
        ),
    async (_args, options, ctx) => {
      const incidents = readAnswerKey(options.answers, options.dataset);
      await withEventStore({ home: ctx.home }, async (store) => {
        const report = await evaluateDetection(store, incidents);
        ctx.print(renderReport(report), report);
      });
    },
  );
}

const num = (v: number | null, digits = 1) =>
  v === null || Number.isNaN(v) ? '—' : v.toFixed(digits);

export function renderReport(r: DetectionReport): string {
  return [
    `${r.insiders} insiders (answer key: ${r.datasets.join(', ')}) among ${r.users} users; ${r.maliciousUserDays} malicious of ${r.userDays} user-days; budget ${r.budgetPerDay} alerts/day`,
    '',
    formatTable(
      ['metric', 'value'],
      [
        ['user-level ROC AUC', num(r.userAuc, 4)],
        ['user-day ROC AUC', num(r.userDayAuc, 4)],
        [
          'average percentile rank of malicious user-days (lower is better)',
          num(r.averagePercentileRank, 4),
        ],
        [
          `recall at budget (top ${r.budgetPerDay}/day on a malicious day)`,
          `${(r.recallAtBudget * 100).toFixed(1)}%`,
        ],
        ['median delay, first malicious act to first alert (days)', num(r.medianDelayDays)],
      ],
    ),
    '',
    formatTable(
      ['scenario', 'insiders', 'caught', 'median delay (d)', 'mean best rank'],
      r.scenarios.map((s) => [
        s.scenario,
        String(s.insiders),
        String(s.caught),
        num(s.medianDelayDays),
        num(s.meanBestRank),
      ]),
    ),
    '',
    formatTable(
      ['insider', 'scenario', 'first act', 'first alert', 'delay (d)', 'best rank'],
      r.outcomes.map((o) => [
        o.user,
        o.scenario,
        o.firstMaliciousDay,
        o.firstAlertDay ?? 'never',
        num(o.delayDays, 0),
        o.bestRank === null ? '—' : String(o.bestRank),
      ]),
    ),
  ].join('\n');
}
