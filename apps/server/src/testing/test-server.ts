import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EventStore } from '@vigil/event-store';
import type { AppStore } from '@vigil/store';
import type { StoreBackend } from '@vigil/store/testing';
import { startServer, type RunningServer } from '../boot.ts';
import { loadConfig, type ServerConfig } from '../config.ts';
import { createAccount } from '../identity/accounts.ts';
import { ROLES, type Actor, type Role } from '../identity/roles.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * The account tests sign in with for a role: username the role (`security-officer`), password
 * TEST_PASSWORD, display name `Test <role>`, person id `TST<index, 4 digits>`.
 */
export function createTestAccount(
  store: AppStore,
  role: Role,
  index: number,
  log2N: number,
): Promise<Actor> {
  return createAccount(
    store,
    {
      username: role.replace('_', '-'),
      displayName: `Test ${role}`,
      role,
      password: TEST_PASSWORD,
      personId: `TST${String(index).padStart(4, '0')}`,
      email: `${role.replace('_', '-')}@agency.test`,
    },
    { log2N },
  );
}

export interface TestServer extends RunningServer {
  /** One account per role, username = role. */
  accounts: Record<Role, Actor>;
  /** A signed-in client for the role (signed in on first use, then cached). */
  as(role: Role): Promise<ApiClient>;
  anonymous(): ApiClient;
  close(): Promise<void>;
}

/** A real server on a free port over a fresh store of the given back end, with one account per role. */
export async function startTestServer(
  backend: StoreBackend,
  options: {
    env?: Record<string, string>;
    analytics?: EventStore;
    config?: Partial<ServerConfig>;
  } = {},
): Promise<TestServer> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-server-test-'));
  const store = await backend.open();
  const config = loadConfig(
    {
      VIGIL_HOME: home,
      VIGIL_PORT: '0',
      VIGIL_PSEUDONYM_KEY: 'ab'.repeat(32),
      VIGIL_SCRYPT_LOG2N: '14',
      ...options.env,
    },
    options.config,
  );
  const server = await startServer({
    config,
    store,
    analytics: options.analytics ?? false,
    log: () => {},
  });
  const accounts = {} as Record<Role, Actor>;
  await Promise.all(
    ROLES.map(
      async (role, i) =>
        (accounts[role] = await createTestAccount(store, role, i, config.scryptLog2N)),
    ),
  );
  const clients = new Map<Role, Promise<ApiClient>>();
  return {
    ...server,
    accounts,
    as(role) {
      let client = clients.get(role);
      if (!client) {
        client = (async () => {
          const c = new ApiClient(server.url);
          const response = await c.signIn(role.replace('_', '-'), TEST_PASSWORD);
          if (response.status !== 200)
            throw new Error(`test sign-in as ${role} failed: ${JSON.stringify(response.body)}`);
          return c;
        })();
        clients.set(role, client);
      }
      return client;
    },
    anonymous: () => new ApiClient(server.url),
    async close() {
      await server.stop();
      await backend.dispose(store);
      fs.rmSync(home, { recursive: true, force: true });
    },
  };
}

/** Response bodies in tests are asserted on, not trusted: a loose type keeps the assertions short. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonBody = any;

export interface ApiResponse<T = JsonBody> {
  status: number;
  body: T;
  headers: Headers;
}

/** A minimal browser: keeps the session cookie and sends the CSRF token on changes. */
export class ApiClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  async signIn(username: string, password: string): Promise<ApiResponse> {
    const response = await this.request('POST', '/api/session', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }

  async request<T = JsonBody>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; rawBody?: string; contentType?: string } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (body !== undefined || options.rawBody !== undefined)
      headers['content-type'] = options.contentType ?? 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && options.csrf !== false) headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const match = /vigil_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `vigil_session=${match[1]}` : undefined;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Non-JSON bodies stay text (none are expected; tests assert on it).
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  get = <T = JsonBody>(path: string) => this.request<T>('GET', path);
  post = <T = JsonBody>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  patch = <T = JsonBody>(path: string, body: unknown = {}) => this.request<T>('PATCH', path, body);
  delete = <T = JsonBody>(path: string) => this.request<T>('DELETE', path);
}
