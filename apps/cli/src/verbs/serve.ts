import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import {
  loadConfig,
  startDemoServer,
  startScoringWorker,
  startServer,
  type ServerConfig,
} from '@vigil/server';
import { streamSettingsFrom, type StreamSettings } from '@vigil/stream';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { WEB_DIST_DIR, webAssetResponse } from '@vigil/web';
import { defineVerb } from '../command.ts';

interface ServeOptions {
  port?: string;
  host?: string;
  demo: boolean;
  users: string;
  days: string;
  seed: string;
  role: string;
  nats?: string;
  workerIndex?: string;
  workerCount?: string;
}

const ROLES = ['api', 'worker', 'all'] as const;

/**
 * `vigil serve`: the program platform's HTTP API on the stores under --home. Settings come from
 * the VIGIL_* environment (apps/server/src/config.ts); --port and --host override it.
 * With --demo it first builds (once) and loads a simulated organization.
 * `--role worker` runs a scoring worker on the NATS event stream instead of the API (see
 * docs/DEPLOY.md); `--role all` (the default) runs the API and, when a NATS server is
 * configured, one worker beside it in the same process. Without NATS nothing changes: one
 * process, embedded stores.
 */
export function registerServe(program: Command): void {
  defineVerb<ServeOptions>(
    program,
    'serve',
    (cmd) =>
      cmd
        .description('run the program platform server (HTTP JSON API) until interrupted')
        .option('--port <n>', 'port to listen on (default VIGIL_PORT or 8080)')
        .option('--host <address>', 'interface to listen on (default VIGIL_HOST or 127.0.0.1)')
        .option(
          '--demo',
          'load a simulated organization, score it, and create demo accounts',
          false,
        )
        .option('--users <n>', 'demo: staff in the simulated organization', '300')
        .option('--days <n>', 'demo: days of activity', '120')
        .option('--seed <n>', 'demo: simulation seed', '2026')
        .option(
          '--role <role>',
          'api | worker | all (API, plus a worker when NATS is configured)',
          'all',
        )
        .option('--nats <urls>', 'NATS server(s) of the event stream (default VIGIL_NATS_URL)')
        .option(
          '--worker-index <n>',
          "worker: this worker's number, 0-based (default VIGIL_WORKER_INDEX or 0)",
        )
        .option(
          '--worker-count <n>',
          'worker: how many workers share the stream (default VIGIL_WORKER_COUNT or 1)',
        ),
    async (_args, options, ctx) => {
      const overrides: Partial<ServerConfig> = { home: ctx.home };
      if (options.port !== undefined) {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw inputError('serve.bad_port', `--port must be 0–65535, got "${options.port}"`);
        overrides.port = port;
      }
      if (options.host !== undefined) overrides.host = options.host;
      const config = loadConfig(process.env, overrides);
      if (!(ROLES as readonly string[]).includes(options.role))
        throw inputError(
          'serve.bad_role',
          `--role must be api, worker or all, got "${options.role}"`,
        );
      const streaming = options.nats ?? process.env.VIGIL_NATS_URL;
      const stream: StreamSettings | null =
        options.role === 'api' || (options.role === 'all' && !streaming)
          ? null
          : streamSettingsFrom(process.env, { VIGIL_NATS_URL: options.nats });
      const workerPlace = {
        index: wholeNumber(
          '--worker-index',
          options.workerIndex ?? process.env.VIGIL_WORKER_INDEX ?? '0',
        ),
        count: wholeNumber(
          '--worker-count',
          options.workerCount ?? process.env.VIGIL_WORKER_COUNT ?? '1',
        ),
      };
      if (options.role === 'worker') {
        if (options.demo)
          throw inputError('serve.bad_option', '--demo runs the API: use --role all');
        const running = await startScoringWorker({ config, stream: stream!, ...workerPlace });
        ctx.print(
          `Vigil scoring worker ${workerPlace.index} of ${workerPlace.count} owns partitions ${running.partitions.join(', ')}`,
          { role: 'worker', ...workerPlace, partitions: running.partitions },
        );
        await untilSignalled(running.stop);
        return;
      }
      let stop: () => Promise<void>;
      // The web application, when it has been built (`npm run build -w @vigil/web`).
      const frontend = existsSync(path.join(WEB_DIST_DIR, 'index.html'))
        ? (urlPath: string) => webAssetResponse(urlPath)
        : undefined;
      if (!frontend) {
        process.stderr.write(
          'vigil serve: web application not built (npm run build -w @vigil/web); serving the API only\n',
        );
      }
      if (options.demo) {
        const numbers = {
          users: Number(options.users),
          days: Number(options.days),
          seed: Number(options.seed),
        };
        for (const [name, v] of Object.entries(numbers)) {
          if (!Number.isInteger(v) || v < 1)
            throw inputError('serve.bad_option', `--${name} must be a positive integer`);
        }
        const demo = await startDemoServer({
          config,
          ...numbers,
          onProgress: ctx.progress,
          frontend,
        });
        ctx.progress.stop();
        ctx.print(demo.banner, {
          url: demo.server.url,
          accounts: demo.accounts,
          alerts: demo.alerts,
        });
        stop = demo.server.stop;
      } else {
        const server = await startServer({
          config,
          frontend,
          analytics: stream ? true : undefined,
        });
        stop = server.stop;
        if (stream) {
          // One worker beside the API, sharing its stores: a second DuckDB connection, the same
          // application store.
          const running = await startScoringWorker({
            config,
            stream,
            ...workerPlace,
            store: server.ctx.store,
            events: await server.ctx.events!.session(),
          });
          stop = async () => {
            await running.stop();
            await server.stop();
          };
        }
        ctx.print(`Vigil is listening on ${server.url}  (API: ${server.url}/api/openapi.json)`, {
          url: server.url,
          worker: stream ? workerPlace : null,
        });
      }
      await untilSignalled(stop);
    },
  );
}

function wholeNumber(flag: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw inputError('serve.bad_option', `${flag} must be a whole number, got "${raw}"`);
  return n;
}

/** Runs until SIGINT or SIGTERM, then stops cleanly (a worker finishes its batch and scores). */
function untilSignalled(stop: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const shutdown = () => {
      process.off('SIGINT', shutdown);
      process.off('SIGTERM', shutdown);
      process.stderr.write('vigil serve: stopping\n');
      void stop().then(resolve, resolve);
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  });
}
