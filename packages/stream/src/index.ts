export { streamSettingsFrom, type StreamSettings } from './stream-settings.ts';
export {
  connectEventStream,
  ensureEventStream,
  type EventStreamConnection,
} from './event-stream.ts';
export { EventPublisher, type PublishStats } from './event-publisher.ts';
export { partitionOf, ownedPartitions, partitionSubject, messageIdOf } from './partitions.ts';
export { fileLines, streamLines, type SourceLine } from './collect/line-source.ts';
export {
  collectEvents,
  type RejectedLine,
  type CollectProgress,
} from './collect/collect-events.ts';
export {
  ScoringWorker,
  consumerNameOf,
  type ScoreReport,
  type WorkerStatus,
  type ScoringWorkerOptions,
} from './scoring-worker.ts';
