import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';

const EDGE = 1 << 20;

/**
 * Identifies a file's content cheaply: size plus a hash of its first and last MiB. Hashing a
 * 14 GB log whole would cost more than ingesting it; the row-level (kind, id) check behind
 * this still guarantees nothing is stored twice if a file changes in the middle.
 */
export async function fileFingerprint(
  file: string,
): Promise<{ fingerprint: string; bytes: number }> {
  const { size } = await stat(file);
  const hash = createHash('sha256').update(String(size));
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(Math.min(EDGE, size));
    await handle.read(head, 0, head.length, 0);
    hash.update(head);
    if (size > EDGE) {
      const tail = Buffer.alloc(Math.min(EDGE, size - EDGE));
      await handle.read(tail, 0, tail.length, size - tail.length);
      hash.update(tail);
    }
  } finally {
    await handle.close();
  }
  return { fingerprint: hash.digest('hex'), bytes: size };
}

export async function readFirstLine(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const end = text.search(/\r?\n/);
    return end === -1 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}
