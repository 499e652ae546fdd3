import fs from 'node:fs';
import path from 'node:path';
import { openSqliteAttributionStore, type AttributionStore } from '@vigil/attribution';
import { openEventStore, type EventStore } from '@vigil/event-store';
import {
  AuditAnchorFile,
  AuditLog,
  openStoreWhenReachable,
  storeUnavailableError,
  type AppStore,
} from '@vigil/store';
import { loadPseudonymKey } from './analytics/pseudonym-key.ts';
import { buildApp, type Frontend } from './app.ts';
import type { ServerConfig } from './config.ts';
import { LoginRateLimiter } from './http/login-rate-limiter.ts';
import { smtpMailer, type Mailer } from './mail/mailer.ts';
import { ALL_ROUTES } from './routes/index.ts';
import type { ServerContext } from './server-context.ts';
import { enforceRetention } from './retention/enforce-retention.ts';
import { seedTrainingModules } from './training/training-catalog.ts';
import { appStoreOptions } from './startup/app-store-options.ts';
import { closeServer, listen, serverUrl } from './startup/listen.ts';
import { StartupListener, serverStartingError } from './startup/startup-listener.ts';

export interface StartServerOptions {
  config: ServerConfig;
  /** Use this store instead of opening the configured one (tests pass a fresh store per back end). */
  store?: AppStore;
  /** Open the DuckDB analytics store under the home (default: when one exists there). */
  analytics?: boolean | EventStore;
  log?: (message: string) => void;
  /** Serves the web application for browser paths outside /api (see @vigil/web). */
  frontend?: Frontend;
  /** Told the URL as soon as the port is bound: while waiting for PostgreSQL, that is early. */
  onListening?: (url: string) => void;
  /** Stops a start that is still waiting for PostgreSQL. */
  signal?: AbortSignal;
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
 * says what to fix. Nothing listens until everything behind it is ready, with one exception: a
 * PostgreSQL that cannot be reached yet is waited for (VIGIL_DATABASE_STARTUP_WAIT_SECONDS,
 * with backoff), and meanwhile the port answers 503 store.unavailable (`StartupListener` says
 * why); wrong credentials or a missing database fail at once.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`vigil server: ${m}\n`));
  const undo: Array<() => Promise<void> | void> = [];
  // Set from the store's waiting callback, hence a holder rather than a narrowed variable.
  const waiting: { listener: StartupListener | null } = { listener: null };
  try {
    fs.mkdirSync(config.home, { recursive: true });
    const store =
      options.store ??
      (await openStoreWhenReachable(
        appStoreOptions(config),
        { log },
        {
          maxWaitMs: config.databaseStartupWaitSeconds * 1000,
          ...(options.signal ? { signal: options.signal } : {}),
          async onWaiting({ attempt, waitedMs, nextInMs, cause }) {
            // The public answer names no host; the log line carries the cause.
            const answer = storeUnavailableError(cause.cause ?? cause);
            let early = waiting.listener;
            if (!early) {
              early = waiting.listener = await StartupListener.listen(
                config.host,
                config.port,
                answer,
              );
              options.onListening?.(early.url);
            } else early.answerWith(answer);
            log(
              `waiting for the application store: ${cause.message} ` +
                `(attempt ${attempt}, next in ${(nextInMs / 1000).toFixed(1)} s, ` +
                `${Math.round(waitedMs / 1000)} s of ${config.databaseStartupWaitSeconds} s waited; ` +
                `meanwhile ${early.url} answers 503 store.unavailable)`,
            );
          },
        },
      ));
    if (!options.store) undo.push(() => store.close());
    const early = waiting.listener;
    if (early) {
      log('application store reachable and migrated: starting');
      early.answerWith(serverStartingError());
    }
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
      // Every new head also goes to <home>/audit-anchors.jsonl: what reveals a truncated log.
      audit: new AuditLog(store, { anchors: AuditAnchorFile.inHome(config.home), log }),
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
    let url: string;
    if (early) {
      early.handOver(app.fetch);
      // Closed first on stop, as a server listening from the start would be.
      undo.push(() => early.close());
      waiting.listener = null;
      url = early.url;
      log(`ready: ${url} serves the API`);
    } else {
      const server = await listen(app.fetch, config.host, config.port);
      undo.push(() => closeServer(server));
      url = serverUrl(server, config.host);
      options.onListening?.(url);
    }
    return { url, ctx, stop: () => runUndo(undo) };
  } catch (error) {
    await runUndo(undo);
    await waiting.listener?.close();
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

async function runUndo(undo: Array<() => Promise<void> | void>): Promise<void> {
  for (const step of undo.reverse()) {
    try {
      await step();
    } catch {
      // Keep stopping the rest: a failed close must not leave other resources open.
    }
  }
}
