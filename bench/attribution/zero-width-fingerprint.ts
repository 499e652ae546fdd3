/**
 * The peer we compare against: a zero-width-character fingerprint in the style of the npm package
 * stegcloak (invisible U+200B/U+200C characters carrying the recipient's id). To be generous to
 * it, the 14-bit recipient index plus an 8-bit checksum is embedded after the first word of every
 * paragraph (not just once), and decoding takes a majority vote over all intact copies.
 */
const ZERO = '\u200b';
const ONE = '\u200c';
const BITS = 24;

function checksum(index: number): number {
  let h = index * 2654435761;
  h ^= h >>> 13;
  return (h >>> 0) & 0xff;
}

function encode(index: number): string {
  const value = (index << 8) | checksum(index);
  let out = '';
  for (let b = BITS - 1; b >= 0; b--) out += (value >>> b) & 1 ? ONE : ZERO;
  return out;
}

export function embedZeroWidth(text: string, recipient: number): string {
  const payload = encode(recipient);
  return text
    .split('\n')
    .map((line) => (/^[#\s]*$/.test(line) ? line : line.replace(/^(\S+)/, `$1${payload}`)))
    .join('\n');
}

/** The recipient named by the fingerprint, or null when no intact payload survives. */
export function decodeZeroWidth(text: string): number | null {
  const votes = new Map<number, number>();
  for (const run of text.match(/[\u200b\u200c]+/g) ?? []) {
    if (run.length !== BITS) continue;
    let value = 0;
    for (const ch of run) value = (value << 1) | (ch === ONE ? 1 : 0);
    const index = value >>> 8;
    if ((value & 0xff) === checksum(index)) votes.set(index, (votes.get(index) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [index, count] of votes) if (count > bestVotes) [best, bestVotes] = [index, count];
  return best;
}

/** What a retyping leaker produces: invisible characters are not retyped. */
export const stripInvisible = (text: string) => text.replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
