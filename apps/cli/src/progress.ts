import cliProgress from 'cli-progress';

/** What domain code reports while it works; the CLI decides how to show it. */
export interface ProgressEvent {
  phase: string;
  done: number;
  total?: number;
  unit?: string;
}
export type ProgressListener = (event: ProgressEvent) => void;

/**
 * A progress bar on a terminal, plain lines (at most one every two seconds per phase) when
 * stderr is not a TTY, so CI logs stay readable. Progress always goes to stderr: stdout is
 * reserved for results that scripts parse.
 */
export function terminalProgress(quiet = false): ProgressListener & { stop(): void } {
  const tty = process.stderr.isTTY === true;
  let bar: cliProgress.SingleBar | undefined;
  let barPhase = '';
  const lastLine = new Map<string, number>();

  const listener = ((event: ProgressEvent) => {
    if (quiet) return;
    if (tty && event.total !== undefined) {
      if (barPhase !== event.phase) {
        bar?.stop();
        bar = new cliProgress.SingleBar(
          {
            format: `${event.phase.padEnd(18)} [{bar}] {percentage}% | {value}/{total} ${event.unit ?? ''} | {duration_formatted}`,
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(event.total, event.done);
        barPhase = event.phase;
      }
      bar?.update(event.done);
      return;
    }
    const now = Date.now();
    const finished = event.total !== undefined && event.done >= event.total;
    if (!finished && now - (lastLine.get(event.phase) ?? 0) < 2000) return;
    lastLine.set(event.phase, now);
    const of = event.total !== undefined ? `/${event.total}` : '';
    process.stderr.write(`${event.phase}: ${event.done}${of} ${event.unit ?? ''}\n`);
  }) as ProgressListener & { stop(): void };
  listener.stop = () => {
    bar?.stop();
    bar = undefined;
    barPhase = '';
  };
  return listener;
}
