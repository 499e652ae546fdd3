import fs from 'node:fs';
import path from 'node:path';

/** The anchors file under a Vigil home. */
export const AUDIT_ANCHORS_FILE = 'audit-anchors.jsonl';

/** A head of the audit chain recorded outside the store: entry `seq` had hash `hash`. */
export interface AuditAnchor {
  seq: number;
  hash: string;
  /** When the entry was appended (its `at`), when known. */
  at?: string;
  /** Where the anchor was kept, for messages: the anchors file, or what an operator passed. */
  source: string;
}

export type AuditHead = Omit<AuditAnchor, 'source'>;

/** The newest anchors are near the end; several writers (server, `vigil audit anchor`) interleave within it. */
const TAIL_BYTES = 64 * 1024;

/**
 * `<home>/audit-anchors.jsonl`: one line `{"seq":…,"hash":"…","at":"…"}` per audit append,
 * appended and fsynced after the entry commits. The hash chain alone cannot reveal that its
 * newest entries were deleted (what is left is a valid, shorter chain); a head recorded outside
 * the database can, and someone with write access to the store alone cannot update it. The file
 * is only ever appended to, so it can be made append-only by the operating system
 * (`chattr +a`) or shipped to a log host as it grows.
 */
export class AuditAnchorFile {
  private nextHead: AuditHead | null = null;
  /** The write that will carry the heads recorded from now on, once the one in flight is done. */
  private queued: Promise<void> | null = null;
  private inFlight: Promise<void> = Promise.resolve();

  constructor(readonly file: string) {}

  static inHome(home: string): AuditAnchorFile {
    return new AuditAnchorFile(path.join(home, AUDIT_ANCHORS_FILE));
  }

  /**
   * Appends `head` durably. Heads recorded while a write is in flight share the next write (only
   * the newest of them is written): under a burst of appends one fsync serves many.
   */
  record(head: AuditHead): Promise<void> {
    if (!this.nextHead || head.seq > this.nextHead.seq) this.nextHead = head;
    if (!this.queued) {
      const write = this.inFlight.then(() => {
        const next = this.nextHead!;
        this.nextHead = null;
        this.queued = null;
        return this.write(next);
      });
      this.queued = write;
      this.inFlight = write.catch(() => undefined);
    }
    return this.queued;
  }

  private async write(head: AuditHead): Promise<void> {
    const created = !fs.existsSync(this.file);
    if (created) await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const handle = await fs.promises.open(this.file, 'a', 0o600);
    try {
      await handle.appendFile(
        `${JSON.stringify({ seq: head.seq, hash: head.hash, ...(head.at ? { at: head.at } : {}) })}\n`,
      );
      await handle.datasync();
    } finally {
      await handle.close();
    }
    // A new file's name lives in its directory: sync that too, or a crash could lose the file.
    if (created) await syncDirectory(path.dirname(this.file));
  }

  /** The anchor with the highest sequence number among the newest lines; null when there is none. */
  async latest(): Promise<AuditAnchor | null> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(this.file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let text: string;
    let partialFirstLine: boolean;
    try {
      const { size } = await handle.stat();
      const start = Math.max(0, size - TAIL_BYTES);
      const buffer = Buffer.alloc(size - start);
      await handle.read(buffer, 0, buffer.length, start);
      text = buffer.toString('utf8');
      partialFirstLine = start > 0;
    } finally {
      await handle.close();
    }
    const lines = text.split('\n');
    if (partialFirstLine) lines.shift();
    let best: AuditHead | null = null;
    for (const line of lines) {
      const head = parseAnchorLine(line);
      if (head && (!best || head.seq > best.seq)) best = head;
    }
    return best ? { ...best, source: `the anchors file ${this.file}` } : null;
  }
}

/** `seq:hash`, as `vigil audit anchor` prints it for an operator to keep. */
export function parseAnchorArgument(text: string, source: string): AuditAnchor | null {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match || Number(match[1]) < 1) return null;
  return { seq: Number(match[1]), hash: match[2]!, source };
}

/** A line of the anchors file; null for anything else (a line torn by a crash mid-write). */
function parseAnchorLine(line: string): AuditHead | null {
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const { seq, hash, at } = (value ?? {}) as Record<string, unknown>;
  if (!Number.isInteger(seq) || (seq as number) < 1) return null;
  if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) return null;
  return { seq: seq as number, hash, ...(typeof at === 'string' ? { at } : {}) };
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.promises.open(directory, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the file itself is already synced.
  } finally {
    await handle.close();
  }
}
