import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface NatsNode {
  name: string;
  url: string;
  process: ChildProcess | null;
}

export interface NatsCluster {
  urls: string[];
  nodes: NatsNode[];
  /** SIGKILLs a node: no goodbye to its peers, as when a machine dies. */
  kill(index: number): Promise<void>;
  restart(index: number): Promise<void>;
  stop(): Promise<void>;
}

/** Debian's nats-server (package nats-server); tests need it on the PATH or at /usr/sbin. */
export const NATS_SERVER = process.env.VIGIL_NATS_SERVER ?? '/usr/sbin/nats-server';

/**
 * Starts `size` JetStream-enabled nats-server processes on loopback, clustered when size > 1,
 * each with its own store under `dir`, and waits until each reports healthy.
 */
export async function startNatsCluster(dir: string, size: 1 | 3 = 1): Promise<NatsCluster> {
  mkdirSync(dir, { recursive: true });
  const ports = await Promise.all(
    Array.from({ length: size }, async () => ({
      client: await freePort(),
      cluster: await freePort(),
      monitor: await freePort(),
    })),
  );
  const nodes: NatsNode[] = ports.map((p, i) => ({
    name: `n${i + 1}`,
    url: `nats://127.0.0.1:${p.client}`,
    process: null,
  }));
  const launch = async (i: number) => {
    const p = ports[i]!;
    const args = [
      '-js',
      '-n',
      nodes[i]!.name,
      '-a',
      '127.0.0.1',
      '-p',
      String(p.client),
      '-m',
      String(p.monitor),
      '-sd',
      path.join(dir, nodes[i]!.name),
    ];
    if (size > 1) {
      args.push(
        '--cluster_name',
        'vigil',
        '--cluster',
        `nats://127.0.0.1:${p.cluster}`,
        '--routes',
        ports
          .filter((_, j) => j !== i)
          .map((q) => `nats://127.0.0.1:${q.cluster}`)
          .join(','),
      );
    }
    const child = spawn(NATS_SERVER, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr?.on('data', (d: Buffer) => {
      log = (log + d.toString()).slice(-4000);
    });
    nodes[i]!.process = child;
    await waitHealthy(p.monitor, child, () => log);
  };
  await Promise.all(nodes.map((_, i) => launch(i)));
  return {
    urls: nodes.map((n) => n.url),
    nodes,
    async kill(i) {
      const child = nodes[i]!.process;
      if (!child) return;
      nodes[i]!.process = null;
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGKILL');
      });
    },
    async restart(i) {
      await launch(i);
    },
    async stop() {
      await Promise.all(
        nodes.map(
          (n) =>
            new Promise<void>((resolve) => {
              const child = n.process;
              n.process = null;
              if (!child || child.exitCode !== null) return resolve();
              child.once('exit', () => resolve());
              child.kill('SIGTERM');
            }),
        ),
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitHealthy(monitor: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`nats-server exited (${child.exitCode}): ${log()}`);
    const ok = await fetch(`http://127.0.0.1:${monitor}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nats-server on monitor port ${monitor} not healthy after 180 s: ${log()}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
