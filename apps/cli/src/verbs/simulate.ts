import type { Command } from 'commander';
import { simulateOrganization, type SimulationSummary } from '@vigil/simulator';
import { defineVerb } from '../command.ts';

interface SimulateOptions {
  users: string;
  days: string;
  seed: string;
  out: string;
  release: string;
  start: string;
  insiders?: string;
}

/** `vigil simulate`: writes a synthetic organization's CERT-format logs and answer key. */
export function registerSimulate(program: Command): void {
  defineVerb<SimulateOptions>(
    program,
    'simulate',
    (cmd) =>
      cmd
        .description(
          'generate a synthetic organization in CERT Insider Threat format, with answer key',
        )
        .requiredOption('--users <n>', 'number of employees')
        .requiredOption('--days <n>', 'number of days to simulate')
        .requiredOption('--seed <n>', 'random seed (same arguments and seed give identical files)')
        .requiredOption('--out <dir>', 'directory to write the dataset into')
        .option('--release <r>', 'CERT layout: r4.2 or r6.2', 'r6.2')
        .option('--start <date>', 'first day, YYYY-MM-DD', '2010-01-04')
        .option('--insiders <n>', 'number of malicious insiders (default: one per scenario)'),
    async (_args, options, ctx) => {
      const summary = await simulateOrganization(
        {
          users: Number(options.users),
          days: Number(options.days),
          seed: Number(options.seed),
          out: options.out,
          release: options.release as 'r6.2',
          start: options.start,
          ...(options.insiders !== undefined ? { insiders: Number(options.insiders) } : {}),
        },
        ctx.progress,
      );
      ctx.print(renderSummary(summary), {
        users: summary.users,
        days: summary.days,
        release: summary.release,
        dataset: summary.dataset,
        out: summary.out,
        events: summary.events,
        bytes: summary.bytes,
        logBytes: summary.logBytes,
        insiders: summary.insiders.map((i) => ({
          user: i.user,
          scenario: i.scenario,
          label: i.label,
          start: i.start,
          end: i.end,
          events: i.events,
        })),
        omitted: summary.omitted,
      });
    },
  );
}

function renderSummary(s: SimulationSummary): string {
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  const lines = [
    `Simulated ${s.users} users over ${s.days} days (${s.release}, seed ${s.seed}) into ${s.out}`,
    ...Object.entries(s.events).map(
      ([kind, n]) =>
        `  ${kind.padEnd(7)} ${String(n).padStart(11)} events  ${mb(s.logBytes[kind as keyof typeof s.logBytes])}`,
    ),
    `  total   ${mb(s.bytes)}`,
    `Insiders (answer key in ${s.out}/answers):`,
    ...s.insiders.map(
      (i) =>
        `  scenario ${i.scenario}  ${i.user}  ${i.start} – ${i.end}  ${i.events} events  (${i.label})`,
    ),
    ...s.omitted.map(
      (o) => `  omitted scenario ${o.scenario}${o.user ? ` (${o.user})` : ''}: ${o.reason}`,
    ),
  ];
  return lines.join('\n');
}
