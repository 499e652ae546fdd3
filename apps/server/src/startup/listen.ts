import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';

export type FetchHandler = Parameters<typeof serve>[0]['fetch'];

/** Binds the HTTP server; a port in use says which setting to change. */
export function listen(fetch: FetchHandler, hostname: string, port: number): Promise<ServerType> {
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

/** The URL of a listening server (IPv6 hosts in brackets). */
export function serverUrl(server: ServerType, host: string): string {
  const port = (server.address() as AddressInfo).port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Stops accepting connections and waits for the open ones to finish. */
export function closeServer(server: ServerType): Promise<void> {
  return new Promise<void>((resolve) => server.close(() => resolve()));
}
