import type { ServerType } from '@hono/node-server';
import { VigilError } from '@vigil/core';
import { errorResponse } from '../http/http-errors.ts';
import { closeServer, listen, serverUrl, type FetchHandler } from './listen.ts';

/**
 * The port, bound while the server still waits for its application store, answering every
 * request (`/api/health` included) with 503 and Retry-After until the application takes over.
 *
 * Why listen at all before the store is there: an orchestrator tells "alive but not ready" from
 * "dead" by exactly this. A Kubernetes readiness probe on /api/health keeps the pod out of the
 * Service until it answers 200, while a liveness probe (TCP, or the port answering at all) does
 * not kill a pod that is only waiting for its database; an operator's `curl` sees why it waits.
 * A server that did not listen would look dead and be restarted in a loop for a database outage.
 */
export class StartupListener {
  private answer: VigilError;
  private handler: FetchHandler;

  private constructor(
    readonly server: ServerType,
    readonly url: string,
    initial: VigilError,
  ) {
    this.answer = initial;
    this.handler = () => this.unavailable();
  }

  static async listen(host: string, port: number, answer: VigilError): Promise<StartupListener> {
    // Requests are passed on at call time: the handler changes when the application takes over.
    const bound: { listener?: StartupListener } = {};
    const server = await listen(
      (request, env) => bound.listener!.handler(request, env),
      host,
      port,
    );
    bound.listener = new StartupListener(server, serverUrl(server, host), answer);
    return bound.listener;
  }

  /** What every request is told from now on (the outage's cause changes while it waits). */
  answerWith(error: VigilError): void {
    this.answer = error;
  }

  /** From now on the application answers, on the same port and connections. */
  handOver(fetch: FetchHandler): void {
    this.handler = fetch;
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  private unavailable(): Response {
    // The same body and headers as the application's own 503s; nothing logged per request (the
    // wait itself is logged once per attempt).
    const { status, headers, body } = errorResponse(this.answer, () => {});
    return new Response(JSON.stringify(body), {
      status,
      headers: {
        ...headers,
        'content-type': 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  }
}

/** The short stretch between the store being ready and the routes being served. */
export const serverStartingError = () =>
  new VigilError(
    'server.starting',
    'unavailable',
    'the server is starting: its application store is ready and the rest follows within seconds; retry in 1 second.',
    { retryAfterSeconds: 1 },
  );
