import fs from 'node:fs';
import { inputError } from '@vigil/core';
import { openEventStore, type EventStore } from '@vigil/event-store';
import {
  connectEventStream,
  ownedPartitions,
  ScoringWorker,
  type ScoreReport,
  type StreamSettings,
} from '@vigil/stream';
import { AuditLog, openStoreWhenReachable, type AppStore } from '@vigil/store';
import { importAlerts } from '../analytics/import-alerts.ts';
import { loadPseudonymKey } from '../analytics/pseudonym-key.ts';
import type { ServerConfig } from '../config.ts';
import { appStoreOptions } from '../startup/app-store-options.ts';

export interface StartScoringWorkerOptions {
  config: ServerConfig;
  stream: StreamSettings;
  /** This worker's number (0-based) among `count`; it owns every count-th partition from it. */
  index: number;
  count: number;
  /** Share the application store of an API in the same process (role all). */
  store?: AppStore;
  /** A connection to the analytics store of an API in the same process (role all). */
  events?: EventStore;
  log?: (line: string) => void;
  onScored?: (report: ScoreReport & { alerts: number }) => void;
}

export interface RunningWorker {
  worker: ScoringWorker;
  partitions: number[];
  stop(): Promise<void>;
}

/**
 * A scoring worker as a deployable process: its partitions of the event stream, its own DuckDB
 * under the home, and alerts (pseudonymous, within the analyst budget) written to the shared
 * application store after each scoring pass, each import recorded in the audit log.
 */
export async function startScoringWorker(
  options: StartScoringWorkerOptions,
): Promise<RunningWorker> {
  const { config, stream, index, count } = options;
  if (
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(index) ||
    index < 0 ||
    index >= count
  )
    throw inputError(
      'worker.bad_index',
      `worker index must be 0…${count - 1} and the worker count at least 1, got ${index} of ${count}`,
    );
  if (count > stream.partitions)
    throw inputError(
      'worker.too_many',
      `${count} workers but only ${stream.partitions} partitions: raise VIGIL_STREAM_PARTITIONS or run fewer workers`,
    );
  if (config.databaseUrl && !config.pseudonymKey)
    throw inputError(
      'worker.no_pseudonym_key',
      'workers writing to a shared PostgreSQL store must share one pseudonym key: set VIGIL_PSEUDONYM_KEY on every node',
    );
  const log =
    options.log ?? ((line: string) => process.stderr.write(`vigil worker ${index}: ${line}\n`));
  const undo: Array<() => Promise<void> | void> = [];
  try {
    fs.mkdirSync(config.home, { recursive: true });
    const store =
      options.store ??
      // Like the API, a worker started before its PostgreSQL waits for it (bounded).
      (await openStoreWhenReachable(
        appStoreOptions(config),
        { log },
        {
          maxWaitMs: config.databaseStartupWaitSeconds * 1000,
          onWaiting: ({ attempt, nextInMs, cause }) =>
            log(
              `waiting for the application store: ${cause.message} (attempt ${attempt}, next in ${(nextInMs / 1000).toFixed(1)} s, at most ${config.databaseStartupWaitSeconds} s in all)`,
            ),
        },
      ));
    if (!options.store) undo.push(() => store.close());
    const audit = new AuditLog(store);
    const key = loadPseudonymKey(config.home, config.pseudonymKey);
    const events = options.events ?? (await openEventStore({ home: config.home }));
    undo.push(() => events.close());
    const connection = await connectEventStream(stream, `vigil-worker-${index}`);
    undo.push(() => connection.close());
    const partitions = ownedPartitions(index, count, stream.partitions);
    const worker = new ScoringWorker({
      connection,
      store: events,
      partitions,
      log,
      async onScored(report, scored) {
        const result = await importAlerts(store, scored, key);
        if (result.imported > 0)
          await audit.append({
            actor: `system:worker-${index}`,
            action: 'alert.import',
            target: `partitions:${partitions.join(',')}`,
            details: { imported: result.imported, days: result.days, budget: result.budget },
          });
        options.onScored?.({ ...report, alerts: result.imported });
      },
    });
    await worker.start();
    log(
      `owns partitions ${partitions.join(', ')} of ${stream.stream} (${stream.partitions} in all)`,
    );
    return {
      worker,
      partitions,
      async stop() {
        await worker.stop();
        const s = worker.status();
        log(
          `stopped: ${s.stored} events stored in ${s.batches} batches, ${s.duplicates} redelivered or re-sent ones skipped, ${s.rejected} rejected, ${s.scoringPasses} scoring passes`,
        );
        for (const step of undo.reverse()) await step();
      },
    };
  } catch (error) {
    for (const step of undo.reverse()) await Promise.resolve(step()).catch(() => {});
    throw error;
  }
}
