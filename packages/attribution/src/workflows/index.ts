export { markDocument, type MarkOptions, type MarkResult } from './mark-document.ts';
export {
  traceLeak,
  type TraceOptions,
  type TraceResult,
  type AccusedRecipient,
  type Evidence,
} from './trace-leak.ts';
export type { OnProgress, ProgressEvent } from './progress.ts';
