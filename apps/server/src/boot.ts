import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { openSqliteAttributionStore, type AttributionStore } from '@vigil/attribution';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { AuditLog, openStore, storeOptionsFromEnvironment, type AppStore } from '@vigil/store';
import { loadPseudonymKey } from './analytics/pseudonym-key.ts';
import { buildApp, type Frontend } from './app.ts';
import type { ServerConfig } from './config.ts';
import { LoginRateLimiter } from './http/login-rate-limiter.ts';
import { smtpMailer, type Mailer } from './mail/mailer.ts';
import { ALL_ROUTES } from './routes/index.ts';
import type { ServerContext } from './server-context.ts';
import { enforceRetention } from './retention/enforce-retention.ts';
import { seedTrainingModules } from './training/training-catalog.ts';

export interface StartServerOptions {
  config: ServerConfig;
  /** Use this store instead of opening the configured one (tests pass a fresh store per back end). */
  store?: AppStore;
  /** Open the DuckDB analytics store under the home (default: when one exists there). */
  analytics?: boolean | EventStore;
  log?: (message: string) => void;
  /** Serves the web application for browser paths outside /api (see @vigil/web). */
  frontend?: Frontend;
}

export interface RunningServer {
  url: string;
  ctx: ServerContext;
  stop(): Promise<void>;
}

const RETENTION_EVERY_MS = 6 * 3_600_000;

/**
 * Start sequence, in dependency order: application store (migrated), pseudonym key, analytics
 * store, attribution store, mailer, HTTP. `stop` undoes it in reverse. Each step that can fail
 * says what to fix; nothing listens until everything behind it is ready.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`vigil server: ${m}\n`));
  const undo: Array<() => Promise<void> | void> = [];
  try {
    fs.mkdirSync(config.home, { recursive: true });
    const store =
      options.store ??
      (await openStore(storeOptionsFromEnvironment(config.home, config.databaseUrl), { log }));
    if (!options.store) undo.push(() => store.close());
    await seedTrainingModules(store);
    const pseudonymKey = loadPseudonymKey(config.home, config.pseudonymKey);
    const events = await openAnalytics(config, options.analytics);
    if (events && options.analytics !== events) undo.push(() => events.close());
    const attribution: AttributionStore = await openSqliteAttributionStore(config.home);
    undo.push(() => attribution.close());
    const mailer: Mailer | null = config.smtpUrl
      ? smtpMailer(config.smtpUrl, config.mailFrom)
      : null;
    if (mailer) undo.push(() => mailer.close());
    const filesDir = path.join(config.home, 'files');
    fs.mkdirSync(filesDir, { recursive: true });
    const ctx: ServerContext = {
      config,
      store,
      audit: new AuditLog(store),
      events,
      attribution,
      mailer,
      loginLimiter: new LoginRateLimiter(config.loginRatePerMinute),
      pseudonymKey,
      filesDir,
      log,
    };
    await enforceRetention(ctx);
    const timer = setInterval(
      () =>
        void enforceRetention(ctx).catch((e: unknown) => log(`retention: ${(e as Error).message}`)),
      RETENTION_EVERY_MS,
    );
    timer.unref();
    undo.push(() => clearInterval(timer));
    const app = buildApp(ctx, ALL_ROUTES, options.frontend);
    const server = await listen(app.fetch, config.host, config.port);
    undo.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const port = (server.address() as AddressInfo).port;
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    return { url, ctx, stop: () => runUndo(undo) };
  } catch (error) {
    await runUndo(undo);
    throw error;
  }
}

async function openAnalytics(
  config: ServerConfig,
  choice: StartServerOptions['analytics'],
): Promise<EventStore | null> {
  if (choice === false) return null;
  if (choice !== undefined && choice !== true) return choice;
  if (choice === undefined && !fs.existsSync(path.join(config.home, 'analytics.duckdb')))
    return null;
  return openEventStore({ home: config.home, memoryLimit: '1GB' });
}

function listen(
  fetch: Parameters<typeof serve>[0]['fetch'],
  hostname: string,
  port: number,
): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} on ${hostname} is in use: set VIGIL_PORT or --port to another`)
          : error,
      ),
    );
  });
}

async function runUndo(undo: Array<() => Promise<void> | void>): Promise<void> {
  for (const step of undo.reverse()) {
    try {
      await step();
    } catch {
      // Keep stopping the rest: a failed close must not leave other resources open.
    }
  }
}
