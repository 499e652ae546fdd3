/** Worker thread of writePdfCopies: prints the slice of copies it was given (see pdf-copies.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { PROGRESS_EVERY, printPdfCopies, type PdfCopyJob } from './pdf-copies.ts';

const { job } = workerData as { job: PdfCopyJob };
const total = job.ids.length;
await printPdfCopies(job, 0, total, (done) => {
  if (done % PROGRESS_EVERY === 0 && done < total) parentPort?.postMessage({ done });
});
parentPort?.postMessage({ done: total, finished: true });
