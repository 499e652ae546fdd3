import type { ApiClient } from './test-server.ts';

/** One request of a fault test's load loop: when it ran and how it was answered. */
export interface Sample {
  start: number;
  end: number;
  status: number | 'aborted' | 'network';
  code?: string;
  retryAfter?: string | null;
}

/**
 * GETs `route` as the client's session and records the answer, its error code and Retry-After;
 * a request still unanswered after `abortMs` is recorded as aborted, a refused one as network.
 */
export async function timedRequest(
  client: ApiClient,
  route: string,
  abortMs: number,
): Promise<Sample> {
  const start = performance.now();
  try {
    const response = await fetch(`${client.baseUrl}${route}`, {
      headers: { cookie: client.cookie! },
      signal: AbortSignal.timeout(abortMs),
    });
    const body = (await response.json()) as { error?: { code: string } };
    return {
      start,
      end: performance.now(),
      status: response.status,
      ...(body.error ? { code: body.error.code } : {}),
      retryAfter: response.headers.get('retry-after'),
    };
  } catch (error) {
    const aborted = (error as Error).name === 'TimeoutError';
    return { start, end: performance.now(), status: aborted ? 'aborted' : 'network' };
  }
}
