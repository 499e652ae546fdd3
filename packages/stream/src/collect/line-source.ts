import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export interface SourceLine {
  text: string;
  /** 1-based line number in the file (or stdin). */
  line: number;
  /** Byte offset just past this line: where a restart resumes once this line is published. */
  end: number;
}

const CHUNK = 1 << 20;

/**
 * Lines of a file from byte `start` on. With `follow`, keeps reading as the file grows (like
 * `tail -F`), holding back a last line until its newline arrives, and starts over when the file
 * is truncated (copy-truncate log rotation). Without it, a final line lacking a newline is still read.
 */
export async function* fileLines(
  file: string,
  position: { offset: number; line: number } = { offset: 0, line: 0 },
  options: { follow?: boolean; pollMs?: number; signal?: AbortSignal } = {},
): AsyncGenerator<SourceLine> {
  let { offset, line } = position;
  const decoder = new TextDecoder();
  let pending = Buffer.alloc(0);
  for (;;) {
    const handle = await open(file, 'r');
    try {
      const buffer = Buffer.allocUnsafe(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, offset + pending.length);
        if (bytesRead === 0) break;
        pending = Buffer.concat([pending, buffer.subarray(0, bytesRead)]);
        let from = 0;
        for (let nl = pending.indexOf(10, from); nl !== -1; nl = pending.indexOf(10, from)) {
          const text = decoder.decode(pending.subarray(from, nl)).replace(/\r$/, '');
          offset += nl + 1 - from;
          from = nl + 1;
          yield { text, line: ++line, end: offset };
        }
        pending = pending.subarray(from);
      }
    } finally {
      await handle.close();
    }
    if (!options.follow) {
      if (pending.length > 0) {
        offset += pending.length;
        yield { text: decoder.decode(pending).replace(/\r$/, ''), line: ++line, end: offset };
      }
      return;
    }
    // Wait for the file to grow (or be truncated / rotated).
    for (;;) {
      if (options.signal?.aborted) return;
      await new Promise((r) => setTimeout(r, options.pollMs ?? 500));
      const size = await stat(file).then(
        (s) => s.size,
        () => -1,
      );
      if (size < 0) continue;
      if (size < offset + pending.length) {
        offset = 0;
        line = 0;
        pending = Buffer.alloc(0);
        break;
      }
      if (size > offset + pending.length) break;
    }
  }
}

/** Lines of a readable stream (stdin); `end` counts bytes from the start of the stream. */
export async function* streamLines(input: Readable): AsyncGenerator<SourceLine> {
  const decoder = new TextDecoder();
  let pending = Buffer.alloc(0);
  let offset = 0;
  let line = 0;
  for await (const chunk of input) {
    pending = Buffer.concat([pending, chunk as Buffer]);
    let from = 0;
    for (let nl = pending.indexOf(10, from); nl !== -1; nl = pending.indexOf(10, from)) {
      offset += nl + 1 - from;
      yield {
        text: decoder.decode(pending.subarray(from, nl)).replace(/\r$/, ''),
        line: ++line,
        end: offset,
      };
      from = nl + 1;
    }
    pending = pending.subarray(from);
  }
  if (pending.length > 0)
    yield {
      text: decoder.decode(pending).replace(/\r$/, ''),
      line: ++line,
      end: offset + pending.length,
    };
}
