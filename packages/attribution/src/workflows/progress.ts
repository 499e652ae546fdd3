/** Progress as domain code reports it; the CLI decides how to show it. */
export interface ProgressEvent {
  phase: string;
  done: number;
  total?: number;
  unit?: string;
}
export type OnProgress = (event: ProgressEvent) => void;
