import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../documents/index.ts';
// Direct imports keep the worker's start-up small (the layout index also loads the photo and OCR
// code, and sharp with it).
import { createCopyPrinter } from '../layout/pdf-renderer.ts';
import type { MarkTemplate } from '../marking/mark-template.ts';

/**
 * Print-ready copies for every recipient of a marked document. Everything that is the same for
 * every recipient — parsed fonts, the font subsets (every glyph any variant can need), their
 * serialised objects, the shaping of each distinct word — is prepared once per thread, so a copy
 * costs its line breaking and its page content streams. Copies are spread over worker threads.
 */
export interface PdfCopyJob {
  outDir: string;
  lang: Lang;
  title: string;
  /** PDF creation date, the same in every copy (ISO 8601). */
  createdAt: string;
  template: MarkTemplate;
  /** Recipient ids, in codeword order: copy j is written to `<ids[j]>.pdf`. */
  ids: string[];
  /** Codewords, row after row, `codewordLength` symbols each: text sites first, then layout bits. */
  codewords: Uint8Array;
  codewordLength: number;
}

/**
 * Files written at once per thread. Creating a file costs this machine's ext4 up to ~0.85 ms in
 * the kernel (for inodes never used before), under the directory's lock; writing through the
 * libuv thread pool lets the printing thread go on with the next copy meanwhile.
 */
const WRITES_IN_FLIGHT = 8;

/** Prints and writes copies [from, to) of a job in this thread; `onCopy` as each is written. */
export const printPdfCopies = async (
  job: PdfCopyJob,
  from: number,
  to: number,
  onCopy: (done: number) => void,
): Promise<void> => {
  const textSites = job.template.sites.length;
  const { template } = job;
  const printer = createCopyPrinter({
    lang: job.lang,
    title: job.title,
    text: {
      literals: template.literals,
      variants: template.sites.map((site) => site.variants),
      original: template.sites.map((site) => site.original),
    },
    createdAt: new Date(job.createdAt),
  });
  const inFlight = new Set<Promise<void>>();
  let written = 0;
  let failure: { error: unknown } | undefined;
  for (let j = from; j < to && !failure; j += 1) {
    const word = job.codewords.subarray(j * job.codewordLength, (j + 1) * job.codewordLength);
    const pdf = printer.print(word.subarray(0, textSites), word.subarray(textSites));
    const write: Promise<void> = fs.promises
      .writeFile(path.join(job.outDir, `${job.ids[j]}.pdf`), pdf)
      .then(
        () => onCopy((written += 1)),
        (error: unknown) => {
          failure ??= { error };
        },
      )
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
};

/** A worker is worth its start-up (modules, fonts, subsets: ~1 s) only with this many copies. */
const MIN_COPIES_PER_WORKER = 100;
/**
 * A copy allocates a few megabytes that die with it (its layout, its compressed pages). With
 * V8's default 16 MB semi-spaces part of it lives through two scavenges and is promoted to the
 * old generation; printing in one thread with 32 MB semi-spaces (a young generation of 96 MB)
 * was 25% faster. In two workers sharing the machine the gain was within the noise.
 */
const YOUNG_GENERATION_MB = 96;

/** Copies between progress reports. */
export const PROGRESS_EVERY = 50;

export interface PdfCopyOptions {
  /** Worker threads (default: one per available core; 1 prints in this thread). */
  workers?: number;
  onProgress?: (done: number) => void;
}

/** Writes `<id>.pdf` for every recipient of the job; resolves with the number written. */
export const writePdfCopies = async (
  job: PdfCopyJob,
  options: PdfCopyOptions = {},
): Promise<number> => {
  const total = job.ids.length;
  const onProgress = options.onProgress ?? (() => {});
  const workers = Math.min(
    total,
    options.workers ??
      Math.min(os.availableParallelism(), Math.floor(total / MIN_COPIES_PER_WORKER)),
  );
  if (workers <= 1) {
    await printPdfCopies(job, 0, total, (done) => {
      if (done % PROGRESS_EVERY === 0 || done === total) onProgress(done);
    });
    return total;
  }
  const done = new Array<number>(workers).fill(0);
  const started: Worker[] = [];
  const runs = Array.from({ length: workers }, (_, k) =>
    runWorker(
      job,
      Math.floor((k * total) / workers),
      Math.floor(((k + 1) * total) / workers),
      started,
      (n) => {
        done[k] = n;
        onProgress(done.reduce((sum, d) => sum + d, 0));
      },
    ),
  );
  try {
    await Promise.all(runs);
  } catch (error) {
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
  return total;
};

/**
 * The repository runs TypeScript through tsx without a build step, and a worker thread does not
 * inherit the loader (Node 20 applies neither `--import` nor `register()` to workers). The
 * bootstrap imports the worker module and, when plain Node cannot load `.ts`, registers tsx and
 * imports it again (under a new URL: the failed import stays cached). It is written to run as a
 * CommonJS or an ES module script, whichever the parent's flags make an eval'd worker.
 */
const workerBootstrap = (): string => {
  const entry = new URL('./pdf-copy-worker.ts', import.meta.url).href;
  let tsxApi = '';
  try {
    tsxApi = import.meta.resolve('tsx/esm/api');
  } catch {
    // No tsx: the worker module must then load as it is.
  }
  return `
import(${JSON.stringify(entry)}).catch(async (error) => {
  if (${JSON.stringify(tsxApi)} === '' || (error && error.code) !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  (await import(${JSON.stringify(tsxApi)})).register();
  return import(${JSON.stringify(`${entry}?tsx`)});
});
`;
};

const runWorker = (
  job: PdfCopyJob,
  from: number,
  to: number,
  started: Worker[],
  onDone: (done: number) => void,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const slice: PdfCopyJob = {
      ...job,
      ids: job.ids.slice(from, to),
      codewords: job.codewords.slice(from * job.codewordLength, to * job.codewordLength),
    };
    const worker = new Worker(workerBootstrap(), {
      eval: true,
      workerData: { job: slice },
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      transferList: [slice.codewords.buffer as ArrayBuffer],
    });
    started.push(worker);
    let finished = false;
    worker.on('message', (message: { done: number; finished?: boolean }) => {
      onDone(message.done);
      if (message.finished) finished = true;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (finished && code === 0) resolve();
      else if (!finished)
        reject(new Error(`PDF worker stopped (exit code ${code}) before finishing`));
    });
  });
