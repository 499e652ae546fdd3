import type { Command } from 'commander';
import { inputError } from '@vigil/core';
import { loadConfig, startDemoServer, startServer, type ServerConfig } from '@vigil/server';
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
}

/**
 * `vigil serve`: the program platform's HTTP API on the stores under --home. Settings come from
 * the VIGIL_* environment (apps/server/src/config.ts); --port and --host override it.
 * With --demo it first builds (once) and loads a simulated organization.
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
        .option('--seed <n>', 'demo: simulation seed', '2026'),
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
        const server = await startServer({ config, frontend });
        ctx.print(`Vigil is listening on ${server.url}  (API: ${server.url}/api/openapi.json)`, {
          url: server.url,
        });
        stop = server.stop;
      }
      await new Promise<void>((resolve) => {
        const shutdown = () => {
          process.off('SIGINT', shutdown);
          process.off('SIGTERM', shutdown);
          process.stderr.write('vigil serve: stopping\n');
          void stop().then(resolve, resolve);
        };
        process.on('SIGINT', shutdown);
        process.on('SIGTERM', shutdown);
      });
    },
  );
}
