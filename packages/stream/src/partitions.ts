/**
 * Events are partitioned by a hash of the user id, so one user's whole history lands in one
 * partition and one worker owns that user's baseline. FNV-1a (32-bit) is stable across
 * processes, languages and restarts, unlike anything seeded per process.
 */
export function partitionOf(user: string, partitions: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < user.length; i++) {
    hash ^= user.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % partitions;
}

/** Subject of one partition: `<prefix>.<partition>`, e.g. `vigil.events.7`. */
export function partitionSubject(prefix: string, partition: number): string {
  return `${prefix}.${partition}`;
}

/**
 * The partitions worker `index` of `count` owns: every `count`-th one, so partitions spread
 * evenly and each partition has exactly one owner.
 */
export function ownedPartitions(index: number, count: number, partitions: number): number[] {
  const owned: number[] = [];
  for (let p = index; p < partitions; p += count) owned.push(p);
  return owned;
}

/** JetStream de-duplicates on this id within its duplicate window: (kind, id) is the event key. */
export function messageIdOf(event: { kind: string; id: string }): string {
  return `${event.kind}:${event.id}`;
}
