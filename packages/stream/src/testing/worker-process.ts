import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../apps/cli/bin/vigil.js',
);

export interface WorkerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM: the worker finishes its batch, scores, and exits. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to finish anything, as when a machine dies. */
  kill(): Promise<void>;
}

/** Runs `vigil serve --role worker` as a child process, exactly as an operator would. */
export function spawnWorker(options: {
  home: string;
  natsUrls: string[];
  index: number;
  count: number;
  env?: Record<string, string>;
}): WorkerProcess {
  const child = spawn(
    process.execPath,
    [
      CLI,
      'serve',
      '--role',
      'worker',
      '--home',
      options.home,
      '--nats',
      options.natsUrls.join(','),
      '--worker-index',
      String(options.index),
      '--worker-count',
      String(options.count),
    ],
    { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (d: Buffer) => {
    log = (log + d.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return {
    child,
    output: () => log,
    exited,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
