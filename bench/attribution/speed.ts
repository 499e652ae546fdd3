import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  SeededRandom,
  countWords,
  excerpt,
  generatePolicyDocument,
  renderCopy,
  traceLeak,
  type AttributionStore,
  type Lang,
} from '../../packages/attribution/src/index.ts';
import { sitesPerPage } from '../../packages/attribution/src/layout/layout-sites.ts';
import type { MarkedCorpus } from './marked-corpus.ts';
import { recipientsOf } from './marked-corpus.ts';

/** One timed `vigil mark` (or `--no-pdf`) run. */
export interface MarkRun {
  lang: Lang;
  words: number;
  pages: number;
  textSites: number;
  layoutSites: number;
  recipients: number;
  pdf: boolean;
  /** Wall-clock seconds of the whole command, process start to exit. */
  seconds: number;
  /** Bytes written to the output directory (Markdown and PDF copies). */
  outputBytes: number;
}

export interface MarkSpeed {
  runs: MarkRun[];
  command: string;
}

/** Document sizes of about ten A4 pages: 5,000 English words set on 13 pages, 5,600 Chinese words on 10. */
export const SPEED_WORDS: Record<Lang, number> = { en: 5000, zh: 5600 };

const CLI = path.join(import.meta.dirname, '..', '..', 'apps', 'cli', 'bin', 'vigil.js');

const directoryBytes = (dir: string): number =>
  fs.readdirSync(dir).reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);

/**
 * `vigil mark --doc FILE --recipients FILE.csv --out DIR` as a user runs it, in a child process
 * (start-up, codewords, Markdown and PDF copies for every recipient, the store record), timed
 * from spawn to exit, `runs` times per language; each run writes to a fresh temporary directory.
 */
export async function measureMarking(
  n: number,
  options: { langs?: Lang[]; runs?: number; pdf?: boolean; log?: (line: string) => void } = {},
): Promise<MarkSpeed> {
  const pdf = options.pdf ?? true;
  const runs: MarkRun[] = [];
  for (const lang of options.langs ?? (['en', 'zh'] as const)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-mark-'));
    try {
      const source = generatePolicyDocument(lang, SPEED_WORDS[lang], 21);
      fs.writeFileSync(path.join(dir, 'doc.md'), source);
      const rows = [
        'id,name,email,department',
        ...recipientsOf(n).map((r) => `${r.id},${r.name},${r.email},${r.department}`),
      ];
      fs.writeFileSync(path.join(dir, 'recipients.csv'), `${rows.join('\n')}\n`);
      for (let run = 0; run < (options.runs ?? 2); run++) {
        const out = path.join(dir, `out-${run}`);
        const args = [
          CLI,
          'mark',
          '--doc',
          path.join(dir, 'doc.md'),
          '--recipients',
          path.join(dir, 'recipients.csv'),
          '--out',
          out,
          '--home',
          path.join(dir, `home-${run}`),
          '--seed',
          `speed-${run}`,
          '--json',
          ...(pdf ? [] : ['--no-pdf']),
        ];
        const started = performance.now();
        const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
        const seconds = (performance.now() - started) / 1000;
        if (result.status !== 0)
          throw new Error(`vigil mark failed (${result.status}): ${result.stderr.slice(-2000)}`);
        const json = JSON.parse(result.stdout) as {
          textSites: number;
          layoutSites: number;
          files: { pdf: number };
        };
        if (pdf && json.files.pdf !== n)
          throw new Error(`expected ${n} PDFs, got ${json.files.pdf}`);
        const record: MarkRun = {
          lang,
          words: countWords(source, lang),
          pages: json.layoutSites / sitesPerPage(),
          textSites: json.textSites,
          layoutSites: json.layoutSites,
          recipients: n,
          pdf,
          seconds,
          outputBytes: directoryBytes(out),
        };
        runs.push(record);
        options.log?.(
          `  vigil mark ${lang}, ${pdf ? `${record.pages} pages` : '--no-pdf'}, ${n} recipients: ${seconds.toFixed(1)} s, ${(record.outputBytes / 1e9).toFixed(2)} GB written`,
        );
        fs.rmSync(out, { recursive: true, force: true });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return {
    runs,
    command:
      'node apps/cli/bin/vigil.js mark --doc doc.md --recipients recipients.csv --out DIR --home DIR --seed S --json',
  };
}

/** End-to-end `traceLeak` from the store (codeword loading included), OCR excluded: median of runs. */
export async function measureTracing(
  corpus: MarkedCorpus,
  store: AttributionStore,
  runs: number,
): Promise<{ excerptMs: number; fullMs: number }> {
  const rng = new SeededRandom('speed-trace');
  const time = async (leak: string) => {
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const started = performance.now();
      await traceLeak({
        store,
        documentId: corpus.record.id,
        leak: { name: 'leak.txt', kind: 'text', bytes: new TextEncoder().encode(leak) },
      });
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
  const copy = renderCopy(
    corpus.template,
    corpus.codewords[42]!.subarray(0, corpus.record.textSites),
  );
  return { excerptMs: await time(excerpt(copy, 300, corpus.lang, rng)), fullMs: await time(copy) };
}

export type { AttributionStore };
