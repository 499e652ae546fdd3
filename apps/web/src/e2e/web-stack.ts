import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEventStore, type EventStore } from '@vigil/event-store';
import {
  createAccount,
  loadConfig,
  startServer,
  type RunningServer,
  type Role,
} from '@vigil/server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { resolveWebAsset, WEB_SECURITY_HEADERS } from '../serve/web-assets.ts';

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PASSWORD = 'correct horse battery staple';

/**
 * Debian's chromium, headless. Background networking, component updates and sync are off so
 * the browser makes no request of its own that could slow a test or reach the internet.
 */
export const CHROMIUM_PATH = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export interface StackAccount {
  id: string;
  username: string;
  role: Role;
  personId: string | null;
}

export interface WebStack {
  /** The URL the browser opens: the built application, with /api passed to the real server. */
  url: string;
  server: RunningServer;
  /** The server's analytics store (in memory, empty until a test seeds it). */
  events: EventStore;
  browser: Browser;
  accounts: Record<string, StackAccount>;
  /** A fresh browser context (its own cookies), at `path`. */
  open(path?: string, locale?: string): Promise<Page>;
  signIn(username: string, path?: string): Promise<Page>;
  close(): Promise<void>;
}

/** Builds the application once into a temporary directory (the checked-out dist/ may be stale). */
function buildApplication(outDir: string): void {
  const vite = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
    'bin',
    'vite.js',
  );
  execFileSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: WEB_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/**
 * Serves the built application and forwards /api to the API server, byte for byte, so the
 * browser sees one origin as it does in production (the session cookie is SameSite=Strict).
 */
function startFront(distDir: string, apiUrl: string): Promise<http.Server> {
  const api = new URL(apiUrl);
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/api' || url.startsWith('/api/')) {
      const upstream = http.request(
        {
          hostname: api.hostname,
          port: api.port,
          path: url,
          method: req.method,
          headers: { ...req.headers, host: api.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'proxy', message: error.message } }));
      });
      req.pipe(upstream);
      return;
    }
    const asset = resolveWebAsset(url, distDir);
    if (!asset) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': asset.contentType,
      'cache-control': asset.cacheControl,
      ...WEB_SECURITY_HEADERS,
    });
    fs.createReadStream(asset.file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * A real Vigil server over a fresh home (SQLite store, in-memory analytics, attribution store),
 * the built web application in front of it, accounts for the given users, and a browser.
 */
export async function startWebStack(
  users: Array<{
    username: string;
    role: Role;
    displayName: string;
    personId?: string;
    email?: string;
  }>,
): Promise<WebStack> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `no browser at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set VIGIL_CHROMIUM`,
    );
  }
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-web-e2e-'));
  const distDir = path.join(home, 'web-dist');
  buildApplication(distDir);
  const events: EventStore = await openEventStore({ home: ':memory:', memoryLimit: '256MB' });
  const config = loadConfig({
    VIGIL_HOME: home,
    VIGIL_PORT: '0',
    VIGIL_PSEUDONYM_KEY: 'cd'.repeat(32),
    VIGIL_SCRYPT_LOG2N: '14',
  });
  const server = await startServer({ config, analytics: events, log: () => {} });
  const accounts: Record<string, StackAccount> = {};
  for (const u of users) {
    const actor = await createAccount(
      server.ctx.store,
      {
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        password: PASSWORD,
        personId: u.personId ?? null,
        email: u.email ?? null,
      },
      { log2N: config.scryptLog2N },
    );
    accounts[u.username] = {
      id: actor.id,
      username: u.username,
      role: u.role,
      personId: u.personId ?? null,
    };
  }
  const front = await startFront(distDir, server.url);
  const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const open = async (at = '/', locale = 'en-GB') => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    await page.goto(`${url}${at}`);
    return page;
  };
  return {
    url,
    server,
    events,
    browser,
    accounts,
    open,
    async signIn(username, at = '/') {
      const page = await open(at);
      await page.getByLabel('Username').fill(username);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByTestId('who').waitFor();
      return page;
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await server.stop();
      events.close();
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Where screenshots go: docs/screenshots when VIGIL_SCREENSHOTS=1 (to refresh the README), else a temporary folder. */
export function screenshotDir(): string {
  if (process.env.VIGIL_SCREENSHOTS === '1')
    return path.resolve(WEB_ROOT, '../../docs/screenshots');
  return fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-screenshots-'));
}
