import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './trace-result.ts';

describe('bytesToBase64', () => {
  it('encodes a file larger than one chunk exactly as Node does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
  it('encodes an empty file as an empty string', () => {
    expect(bytesToBase64(new Uint8Array(0))).toBe('');
  });
});
