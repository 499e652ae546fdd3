/** The answer of POST /api/registry/documents/:id/trace (apps/server/src/routes/registry/schema.ts). */
export interface TraceResult {
  verdict: 'accused' | 'insufficient_evidence';
  message: string;
  distributionId: string | null;
  accused: Array<{
    accountId: string;
    username: string | null;
    score: number;
    threshold: number;
    matchingSites: number;
  }>;
}

/** Base64 of a file's bytes, in chunks (a page photo is megabytes; one giant argument spread would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
