import fs from 'node:fs';
import path from 'node:path';
import { buildUserDays, scoreUserDays } from '@vigil/analytics';
import { openEventStore, type EventStore } from '@vigil/event-store';
import { ingestDirectory } from '@vigil/ingest';
import { simulateOrganization } from '@vigil/simulator';
import { importAlerts, type ImportAlertsResult } from '../analytics/import-alerts.ts';
import { startServer, type RunningServer } from '../boot.ts';
import type { ServerConfig } from '../config.ts';
import type { Frontend } from '../app.ts';
import { seedDemoAccounts, type DemoAccount } from './demo-accounts.ts';
import { seedTrainingModules } from '../training/training-catalog.ts';

export interface DemoServerOptions {
  config: ServerConfig;
  users?: number;
  days?: number;
  seed?: number;
  onProgress?: (event: { phase: string; done: number; total?: number; unit?: string }) => void;
  log?: (message: string) => void;
  frontend?: Frontend;
}

export interface DemoServer {
  server: RunningServer;
  accounts: DemoAccount[];
  alerts: ImportAlertsResult;
  /** Human-readable banner: URL and demo accounts. */
  banner: string;
}

/**
 * `npm start`: a simulated organization (made once per home, reused after), scored, its alerts
 * imported under pseudonyms, demo accounts for every role, and the server listening.
 */
export async function startDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const { config } = options;
  const progress = options.onProgress ?? (() => {});
  const events = await openEventStore({ home: config.home, memoryLimit: '1GB' });
  try {
    const data = path.join(config.home, 'demo-data');
    if (!(await isScored(events))) {
      fs.rmSync(data, { recursive: true, force: true });
      await simulateOrganization(
        {
          users: options.users ?? 300,
          days: options.days ?? 120,
          seed: options.seed ?? 2026,
          out: data,
          release: 'r6.2',
        },
        progress,
      );
      await ingestDirectory(events, data, progress);
      await buildUserDays(events, progress);
      await scoreUserDays(events, { onProgress: progress });
    }
    const server = await startServer({
      config,
      analytics: events,
      ...(options.log ? { log: options.log } : {}),
      ...(options.frontend ? { frontend: options.frontend } : {}),
    });
    try {
      progress({ phase: 'importing alerts', done: 0, total: 1 });
      const alerts = await importAlerts(server.ctx.store, events, server.ctx.pseudonymKey);
      progress({ phase: 'importing alerts', done: 1, total: 1 });
      const staff = await events.all<{ user_id: string }>(
        'SELECT user_id FROM ldap ORDER BY month DESC, user_id LIMIT 1',
      );
      const accounts = await seedDemoAccounts(
        server.ctx.store,
        staff[0]?.user_id ?? null,
        config.scryptLog2N,
      );
      await seedTrainingModules(server.ctx.store);
      const banner = [
        `Vigil is listening on ${server.url}  (API: ${server.url}/api/openapi.json)`,
        `Alerts: ${alerts.imported} new over ${alerts.days} days (budget ${alerts.budget} a day), people shown by pseudonym.`,
        'Demo accounts (passwords are new on every start):',
        ...accounts.map((a) => `  ${a.role.padEnd(17)} ${a.username.padEnd(13)} ${a.password}`),
      ].join('\n');
      const stop = server.stop;
      return {
        server: {
          ...server,
          stop: async () => {
            await stop();
            events.close();
          },
        },
        accounts,
        alerts,
        banner,
      };
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    events.close();
    throw error;
  }
}

async function isScored(events: EventStore): Promise<boolean> {
  const rows = await events.all<{ n: bigint }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'user_day_score'`,
  );
  if (Number(rows[0]?.n ?? 0) === 0) return false;
  const scored = await events.all<{ n: bigint }>('SELECT count(*) AS n FROM user_day_score');
  return Number(scored[0]?.n ?? 0) > 0;
}
