import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PostgresCluster {
  /** postgres://postgres@127.0.0.1:PORT/DATABASE, trust authentication on loopback. */
  url: string;
  port: number;
  dataDir: string;
  /** `pg_ctl stop -m fast`: sessions are terminated (57P01), then the server exits. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its data directory. */
  destroy(): Promise<void>;
}

/** Debian's PostgreSQL server binaries (package postgresql), newest version first. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error(
      `no PostgreSQL server binaries under ${root}: install Debian's postgresql package (bash .ci/postgres.sh does)`,
    );
  }
  return path.join(root, versions[0]!, 'bin');
}

/**
 * A throwaway PostgreSQL cluster of its own (data directory under the OS temp folder, a free
 * port on 127.0.0.1, socket in the data directory), for tests that stop and start the server
 * under a running application. It never touches the shared CI cluster of .ci/postgres.sh.
 * PostgreSQL refuses to run as root, so as root its programs run as the `postgres` account.
 */
export async function startPostgresCluster(database = 'vigil'): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  const pgRun = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
      : run(path.join(bin, program), args);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vigil-pg-'));
  if (asRoot) {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) => Number((await run('id', [flag, 'postgres'])).stdout)),
    );
    chownSync(dataDir, uid!, gid!);
  }
  const port = await freePort();
  let running = false;
  const cluster: PostgresCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/${database}`,
    port,
    dataDir,
    async start() {
      await pgRun('pg_ctl', [
        '-D',
        dataDir,
        '-l',
        path.join(dataDir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dataDir} -c fsync=off`,
        'start',
      ]);
      running = true;
    },
    async stop() {
      await pgRun('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', '-t', '60', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) {
        await pgRun('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
        running = false;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    // trust on loopback only: a throwaway cluster with nothing worth protecting.
    await pgRun('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '-N']);
    await cluster.start();
    await pgRun('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', database]);
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
