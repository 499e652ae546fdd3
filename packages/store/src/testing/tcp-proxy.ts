import net from 'node:net';

/**
 * What the proxy does with connections: pass bytes both ways; `refuse` new connections (the
 * port closed, as when PostgreSQL is down); `freeze`: keep every socket open but pass nothing
 * (a stalled network or a frozen server: the failure no error reports, only a timeout ends);
 * or answer a new connection's startup with a PostgreSQL error (`reject`).
 */
export type ProxyMode =
  | { kind: 'forward' }
  | { kind: 'refuse' }
  | { kind: 'freeze' }
  | { kind: 'reject'; sqlstate: string; message: string };

export interface TcpProxy {
  /** The port on 127.0.0.1 it listens on (kept across `refuse`). */
  port: number;
  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string;
  setMode(mode: ProxyMode): Promise<void>;
  /** Connections accepted so far. */
  readonly accepted: number;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of a PostgreSQL server, for tests of failures that a real
 * server cannot be made to show on demand. Frozen bytes are held, not dropped, and delivered in
 * order on `forward`: the PostgreSQL protocol on a connection that survives the stall is intact.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = { kind: 'forward' };
  let accepted = 0;
  const pairs = new Set<{ release(): void; destroy(): void }>();

  const onConnection = (client: net.Socket) => {
    accepted++;
    if (mode.kind === 'reject') {
      const answer = errorResponse(mode.sqlstate, mode.message);
      // After the client's startup message: closing on unread data would reset the connection
      // before the client reads the error.
      client.once('data', () => client.end(answer));
      client.on('error', () => {});
      return;
    }
    const upstream = net.connect(target.port, target.host);
    const held: Array<{ to: net.Socket; chunk: Buffer }> = [];
    const pass = (to: net.Socket) => (chunk: Buffer) => {
      if (mode.kind === 'freeze') held.push({ to, chunk });
      else to.write(chunk);
    };
    client.on('data', pass(upstream));
    upstream.on('data', pass(client));
    const pair = {
      release() {
        for (const { to, chunk } of held.splice(0)) to.write(chunk);
      },
      destroy() {
        client.destroy();
        upstream.destroy();
      },
    };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      pair.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('error', end);
      socket.on('close', end);
    }
  };

  let server = net.createServer(onConnection);
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  // The listening socket closes at once; open connections are ended by their own mode.
  const closeListener = () =>
    new Promise<void>((resolve) => {
      server.close();
      setImmediate(resolve);
    });
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    urlFor(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    get accepted() {
      return accepted;
    },
    async setMode(next) {
      const wasRefusing = mode.kind === 'refuse';
      mode = next;
      if (next.kind === 'refuse' && !wasRefusing) {
        await closeListener();
      } else if (next.kind !== 'refuse' && wasRefusing) {
        server = net.createServer(onConnection);
        await listen(port);
      }
      if (next.kind === 'forward') for (const pair of pairs) pair.release();
    },
    async close() {
      for (const pair of pairs) pair.destroy();
      if (mode.kind !== 'refuse') await closeListener();
    },
  };
}

/** A PostgreSQL ErrorResponse message ('E'): severity FATAL, the SQLSTATE, the message. */
function errorResponse(sqlstate: string, message: string): Buffer {
  const fields = Buffer.concat([
    field('S', 'FATAL'),
    field('V', 'FATAL'),
    field('C', sqlstate),
    field('M', message),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

function field(type: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(type), Buffer.from(value, 'utf8'), Buffer.from([0])]);
}
