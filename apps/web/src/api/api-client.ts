import { ApiError, apiErrorFrom } from './api-error.ts';

const CSRF_STORAGE_KEY = 'vigil.csrf';

/**
 * Where the CSRF token lives. The session cookie is httpOnly; the double-submit token comes with
 * sign-in and again with every `GET /api/session` (which each page load makes), so the tab keeps
 * it for its own lifetime only (sessionStorage: not shared with other tabs, gone with the browser).
 */
export interface TokenStore {
  get(): string | null;
  set(token: string | null): void;
}

export const memoryTokenStore = (): TokenStore => {
  let token: string | null = null;
  return { get: () => token, set: (t) => void (token = t) };
};

export function sessionTokenStore(storage: {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}): TokenStore {
  return {
    get: () => storage.getItem(CSRF_STORAGE_KEY),
    set: (t) =>
      t === null ? storage.removeItem(CSRF_STORAGE_KEY) : storage.setItem(CSRF_STORAGE_KEY, t),
  };
}

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * The one way the web application talks to the server: same-origin JSON with the session cookie,
 * the CSRF token on every change, and every failure turned into an ApiError.
 */
export class ApiClient {
  /** Called when the server says the session is gone (expired, signed out elsewhere). */
  onSessionEnded: (() => void) | undefined;

  constructor(
    readonly tokens: TokenStore,
    private readonly baseUrl = '',
  ) {}

  async request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const token = this.tokens.get();
    if (method !== 'GET' && token) headers['x-csrf-token'] = token;
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network', (error as Error).message);
    }
    const text = await response.text();
    let parsed: unknown = null;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        // A proxy's HTML error page, for instance: keep the status, drop the body.
        parsed = null;
      }
    }
    if (!response.ok) {
      const error = apiErrorFrom(response.status, parsed);
      if (error.code === 'auth.unauthenticated') this.onSessionEnded?.();
      throw error;
    }
    return parsed as T;
  }

  get = <T>(path: string, signal?: AbortSignal) => this.request<T>('GET', path, undefined, signal);
  post = <T>(path: string, body: unknown = {}) => this.request<T>('POST', path, body);
  patch = <T>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  delete = <T>(path: string) => this.request<T>('DELETE', path);
}

/** `?a=1&b=x` from an object, leaving out undefined and empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
