import type { EventStreamConnection } from '../event-stream.ts';
import { consumerNameOf } from '../scoring-worker.ts';

/**
 * Waits until every partition's consumer exists, has handed out everything and has had it all
 * acknowledged (and, with `messages`, the stream holds exactly that many events): the moment
 * the workers have stored the whole stream.
 */
export async function waitUntilDrained(
  connection: EventStreamConnection,
  options: { messages?: number; pollMs?: number; timeoutMs?: number } = {},
): Promise<void> {
  const { settings, jsm } = connection;
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  for (;;) {
    let outstanding = 0;
    let acknowledged = 0;
    for (let p = 0; p < settings.partitions; p++) {
      const info = await jsm.consumers.info(settings.stream, consumerNameOf(p)).catch(() => null);
      if (!info) {
        outstanding++;
        continue;
      }
      outstanding += info.num_pending + info.num_ack_pending;
      if (info.ack_floor.stream_seq > 0) acknowledged++;
    }
    const stream = await jsm.streams.info(settings.stream).catch(() => null);
    const complete = options.messages === undefined || stream?.state.messages === options.messages;
    if (outstanding === 0 && acknowledged > 0 && complete) return;
    if (Date.now() > deadline) throw new Error(`stream not drained: ${outstanding} outstanding`);
    await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
  }
}
