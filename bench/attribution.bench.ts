/**
 * Leak-attribution benchmark: `npm run bench:attribution`.
 * Environment: BENCH_N (recipients, default 10000), BENCH_TRIALS (single-leaker 300-word trials
 * per language, default 10000), BENCH_LENGTH_TRIALS (per excerpt length, default 500),
 * BENCH_COALITION_TRIALS (per coalition size, default 300), BENCH_SINGLE_EPSILON (default 1e-5), BENCH_PHOTO_TRIALS (per language, default 10),
 * BENCH_MARK_RUNS (timed `vigil mark` runs per language, default 2).
 * Prints the figures and rewrites docs/benchmarks-attribution.md.
 * BENCH_ONLY=marking times only `vigil mark` of BENCH_N recipients × a 10-page document (EN, ZH)
 * and prints the figures without rewriting the report; BENCH_ONLY=single runs only the
 * single-leaker and shortest-excerpt trials, BENCH_ONLY=coalitions only the coalition trials,
 * also without rewriting it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSqliteAttributionStore, type Lang } from '../packages/attribution/src/index.ts';
import { buildMarkedCorpus, type MarkedCorpus } from './attribution/marked-corpus.ts';
import {
  coalitionTrials,
  excerptTrials,
  zeroWidthComparison,
  type TrialStats,
} from './attribution/text-experiments.ts';
import { photoTrials, type PrintStats } from './attribution/print-experiments.ts';
import { measureMarking, measureTracing } from './attribution/speed.ts';
import { renderReport } from './attribution/report.ts';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const N = env('BENCH_N', 10000);
const TRIALS = env('BENCH_TRIALS', 10000);
const LENGTH_TRIALS = env('BENCH_LENGTH_TRIALS', 500);
const COALITION_TRIALS = env('BENCH_COALITION_TRIALS', 300);
/** ε for the 10,000-trial single-leaker test: 1e-5 bounds the expected number of false accusations over 10,000 traces by 0.1. */
const SINGLE_EPSILON = env('BENCH_SINGLE_EPSILON', 1e-5);
const PHOTO_TRIALS = env('BENCH_PHOTO_TRIALS', 10);
const MARK_RUNS = env('BENCH_MARK_RUNS', 2);
const LENGTHS = [100, 150, 200, 250, 300, 350, 400, 500];
const log = (s: string) => process.stdout.write(`${s}\n`);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(2)}%`;

if (process.env.BENCH_ONLY === 'marking') {
  log(`vigil mark, ${N} recipients, ${MARK_RUNS} runs per language:`);
  await measureMarking(N, { runs: MARK_RUNS, log });
  await measureMarking(N, { runs: 1, pdf: false, langs: ['en'], log });
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'coalitions') {
  // The coalition trials alone (same documents, seeds and ε as the full run).
  const only = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-attr-'));
  const onlyStore = await openSqliteAttributionStore(only);
  for (const lang of ['en', 'zh'] as const) {
    const corpus = await buildMarkedCorpus(lang, 1500, N, 2, onlyStore);
    for (const c of [2, 3, 5]) {
      const r = coalitionTrials(corpus, c, COALITION_TRIALS, `coalition-${lang}-${c}`);
      log(
        `${lang} coalition c=${c}, n = ${N}: member accused ${pct(r.identified, r.trials)} of ${r.trials}, innocents accused in ${r.innocentTrials}/${r.trials}`,
      );
    }
  }
  process.exit(0);
}

if (process.env.BENCH_ONLY === 'single') {
  // The single-leaker and shortest-excerpt figures alone (same documents, seeds and ε as the
  // full run), for checking a change to tracing or accusation without the hour-long run.
  const only = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-attr-'));
  const onlyStore = await openSqliteAttributionStore(only);
  for (const lang of ['en', 'zh'] as const) {
    const corpus = await buildMarkedCorpus(lang, 1500, N, 2, onlyStore);
    const s = excerptTrials(corpus, 300, 0.02, TRIALS, `single-${lang}`, SINGLE_EPSILON);
    log(
      `${lang} single leaker, 300 words, 2% errors, ε = ${SINGLE_EPSILON}, n = ${N}: identified ${pct(s.identified, s.trials)} of ${s.trials}, trials with an innocent accused ${s.innocentTrials}, ${(s.sitesRead / s.trials).toFixed(1)} sites read`,
    );
    for (const words of LENGTHS) {
      const r = excerptTrials(corpus, words, 0.02, LENGTH_TRIALS, `length-${lang}-${words}`);
      log(
        `  ${lang} ${words} words, ε = 1e-3: ${pct(r.identified, r.trials)} identified of ${r.trials}, ${r.innocentTrials} innocent trials`,
      );
    }
  }
  process.exit(0);
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-attr-'));
const store = await openSqliteAttributionStore(home);
const started = performance.now();
try {
  const corpora = new Map<Lang, MarkedCorpus>();
  for (const lang of ['en', 'zh'] as const) {
    const corpus = await buildMarkedCorpus(lang, 1500, N, 2, store);
    corpora.set(lang, corpus);
    log(
      `${lang}: ${corpus.words} words, ${corpus.record.textSites} text sites, ${corpus.record.layoutSites} layout sites, n = ${N}, code for c = 2, ε = 1e-3`,
    );
  }

  const single = new Map<Lang, TrialStats>();
  const lengths = new Map<Lang, Array<{ words: number; stats: TrialStats }>>();
  const coalitions = new Map<Lang, Array<{ c: number; stats: TrialStats }>>();
  const peers = new Map<Lang, ReturnType<typeof zeroWidthComparison>>();
  for (const [lang, corpus] of corpora) {
    const s = excerptTrials(corpus, 300, 0.02, TRIALS, `single-${lang}`, SINGLE_EPSILON, (t) => {
      if ((t + 1) % 2000 === 0) log(`  ${lang} 300-word trials: ${t + 1}/${TRIALS}`);
    });
    single.set(lang, s);
    log(
      `${lang} single leaker, 300 words, 2% errors, ε = ${SINGLE_EPSILON}: identified ${pct(s.identified, s.trials)}, trials with an innocent accused ${s.innocentTrials}/${s.trials}, ${(s.sitesRead / s.trials).toFixed(1)} sites read`,
    );
    const rows = LENGTHS.map((words) => ({
      words,
      stats: excerptTrials(corpus, words, 0.02, LENGTH_TRIALS, `length-${lang}-${words}`),
    }));
    lengths.set(lang, rows);
    for (const r of rows)
      log(
        `  ${lang} ${r.words} words: ${pct(r.stats.identified, r.stats.trials)} identified, ${r.stats.innocentTrials} innocent trials`,
      );
    const crow = [2, 3, 5].map((c) => ({
      c,
      stats: coalitionTrials(corpus, c, COALITION_TRIALS, `coalition-${lang}-${c}`),
    }));
    coalitions.set(lang, crow);
    for (const r of crow)
      log(
        `  ${lang} coalition c=${r.c}: member accused ${pct(r.stats.identified, r.stats.trials)}, innocents accused in ${r.stats.innocentTrials}/${r.stats.trials}`,
      );
    const peer = zeroWidthComparison(corpus, 200, `peer-${lang}`);
    peers.set(lang, peer);
    for (const p of peer)
      log(
        `  ${lang} ${p.attack}: ours ${pct(p.ours, p.trials)}, zero-width ${pct(p.zeroWidth, p.trials)}`,
      );
  }

  const photos = new Map<Lang, PrintStats>();
  for (const [lang, corpus] of corpora) {
    const p = await photoTrials(corpus, store, PHOTO_TRIALS, 2, `photo-${lang}`, log);
    photos.set(lang, p);
    log(
      `${lang} print → photo → OCR: identified ${p.identified}/${p.trials}, innocents accused in ${p.innocentTrials}, zero-width peer ${p.peerIdentified}/${p.peerTrials} (${p.seconds.toFixed(0)} s)`,
    );
  }

  log(`vigil mark, ${N} recipients, ${MARK_RUNS} runs per language:`);
  const marking = await measureMarking(N, { runs: MARK_RUNS, log });
  const markdownOnly = await measureMarking(N, { runs: 1, pdf: false, langs: ['en'], log });
  marking.runs.push(...markdownOnly.runs);
  const tracing = await measureTracing(corpora.get('en')!, store, 7);
  log(
    `tracing against ${N} recipients (from the store, OCR excluded): 300-word excerpt ${tracing.excerptMs.toFixed(0)} ms, full document ${tracing.fullMs.toFixed(0)} ms`,
  );

  const report = renderReport({
    n: N,
    trials: TRIALS,
    singleEpsilon: SINGLE_EPSILON,
    lengthTrials: LENGTH_TRIALS,
    coalitionTrials: COALITION_TRIALS,
    photoTrials: PHOTO_TRIALS,
    corpora,
    single,
    lengths,
    coalitions,
    peers,
    photos,
    marking,
    tracing,
    totalSeconds: (performance.now() - started) / 1000,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`,
  });
  const out = path.join(import.meta.dirname, '..', 'docs', 'benchmarks-attribution.md');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, report);
  log(`wrote ${out}`);
} finally {
  await store.close();
  fs.rmSync(home, { recursive: true, force: true });
}
