import { z } from 'zod';
import { inputError } from '@vigil/core';

/**
 * Where the event stream lives and how it is cut. Collectors and workers must agree on the
 * partition count: it is recorded in the stream's description when the stream is created and
 * checked by everyone who connects (see ensureEventStream).
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | VIGIL_NATS_URL | (unset: no streaming) | nats://host:port[,nats://host:port…], any node(s) of the cluster |
 * | VIGIL_STREAM | VIGIL_EVENTS | JetStream stream name (subjects `vigil.events.<p>`, or `vigil.events.<name>.<p>` for another name) |
 * | VIGIL_STREAM_PARTITIONS | 16 | partitions (subjects `vigil.events.<p>`); fixed once the stream exists |
 * | VIGIL_STREAM_REPLICAS | 1 | copies of every event in the cluster (3 in production) |
 */
export interface StreamSettings {
  servers: string[];
  stream: string;
  subjectPrefix: string;
  partitions: number;
  replicas: number;
  /** Window within which a re-published event (same kind and id) is dropped by the server. */
  duplicateWindowMs: number;
}

const schema = z.object({
  VIGIL_NATS_URL: z
    .string()
    .trim()
    .min(1, 'is empty')
    .transform((v) => v.split(',').map((s) => s.trim()))
    .pipe(z.array(z.string().regex(/^(nats|tls):\/\/[^\s/]+$/, 'must look like nats://host:port'))),
  VIGIL_STREAM: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
    .default('VIGIL_EVENTS'),
  VIGIL_STREAM_PARTITIONS: z.coerce.number().int().min(1).max(4096).default(16),
  VIGIL_STREAM_REPLICAS: z.coerce.number().int().min(1).max(5).default(1),
});

/** Reads the stream settings from the environment; `overrides` (CLI flags) win. */
export function streamSettingsFrom(
  env: Record<string, string | undefined>,
  overrides: Partial<Record<keyof z.input<typeof schema>, string>> = {},
): StreamSettings {
  const raw = {
    ...env,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  if (!raw.VIGIL_NATS_URL)
    throw inputError(
      'stream.not_configured',
      'no NATS server given: set VIGIL_NATS_URL (e.g. nats://127.0.0.1:4222) or pass --nats',
    );
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw inputError(
      'stream.bad_setting',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  const v = parsed.data;
  return {
    servers: v.VIGIL_NATS_URL,
    stream: v.VIGIL_STREAM,
    // Streams may not share subjects: a second stream on the same cluster gets its own.
    subjectPrefix:
      v.VIGIL_STREAM === 'VIGIL_EVENTS' ? 'vigil.events' : `vigil.events.${v.VIGIL_STREAM}`,
    partitions: v.VIGIL_STREAM_PARTITIONS,
    replicas: v.VIGIL_STREAM_REPLICAS,
    duplicateWindowMs: 10 * 60_000,
  };
}
