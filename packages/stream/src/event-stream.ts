import {
  connect,
  nanos,
  RetentionPolicy,
  StorageType,
  DiscardPolicy,
  type JetStreamManager,
  type NatsConnection,
} from 'nats';
import { VigilError } from '@vigil/core';
import type { StreamSettings } from './stream-settings.ts';

/** A connection to the cluster with the event stream known to exist and to match the settings. */
export interface EventStreamConnection {
  nc: NatsConnection;
  jsm: JetStreamManager;
  settings: StreamSettings;
  close(): Promise<void>;
}

const DESCRIPTION = (partitions: number) => `Vigil activity events; partitions=${partitions}`;

/**
 * Connects to any of the servers (the client follows the cluster's topology and reconnects
 * forever: a node going away is routine, not an error) and makes sure the stream exists.
 */
export async function connectEventStream(
  settings: StreamSettings,
  name: string,
): Promise<EventStreamConnection> {
  let nc: NatsConnection;
  try {
    nc = await connect({
      servers: settings.servers,
      name,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      pingInterval: 5_000,
      // A publish that waits on a leader election must not give up before the election ends.
      timeout: 10_000,
    });
  } catch (error) {
    throw new VigilError(
      'stream.unreachable',
      'unavailable',
      `cannot reach NATS at ${settings.servers.join(', ')}: ${(error as Error).message}. ` +
        'Is nats-server running with JetStream enabled (-js)?',
    );
  }
  const jsm = await nc.jetstreamManager({ timeout: 10_000 });
  await ensureEventStream(jsm, settings);
  return {
    nc,
    jsm,
    settings,
    async close() {
      await nc.drain().catch(() => nc.close());
    },
  };
}

/**
 * Creates the stream on first use; afterwards checks that its partition count matches, since a
 * collector and a worker that disagree would route one user's events to two owners.
 */
export async function ensureEventStream(
  jsm: JetStreamManager,
  settings: StreamSettings,
): Promise<void> {
  const existing = await jsm.streams.info(settings.stream).catch((error: unknown) => {
    if (isNotFound(error)) return null;
    throw error;
  });
  if (existing) {
    const recorded = /partitions=(\d+)/.exec(existing.config.description ?? '')?.[1];
    if (recorded !== undefined && Number(recorded) !== settings.partitions)
      throw new VigilError(
        'stream.partitions_mismatch',
        'conflict',
        `stream ${settings.stream} has ${recorded} partitions but this process was told ${settings.partitions}: ` +
          `set VIGIL_STREAM_PARTITIONS=${recorded}`,
      );
    return;
  }
  try {
    await jsm.streams.add({
      name: settings.stream,
      description: DESCRIPTION(settings.partitions),
      subjects: [`${settings.subjectPrefix}.*`],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      num_replicas: settings.replicas,
      duplicate_window: nanos(settings.duplicateWindowMs),
    });
  } catch (error) {
    // Another process created it between our check and our add: fine if it matches.
    if (!/already in use|name already/i.test((error as Error).message)) throw error;
    await ensureEventStream(jsm, settings);
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { code?: string; api_error?: { err_code?: number }; message?: string };
  return e.api_error?.err_code === 10059 || e.code === '404' || /not found/i.test(e.message ?? '');
}
