/** The answer of a leak trace, as packages/attribution's traceLeak returns it through the API. */
export interface TraceResult {
  documentId: string;
  title: string;
  leakKind: string;
  verdict: 'accused' | 'insufficient_evidence';
  message: string;
  accused: Array<{ id: string; name: string; email: string; department: string; score: number; windowScore: number; threshold: number; matchingSites: number }>;
  threshold: number;
  falseAccusationBound: number;
  recipients: number;
  sitesRead: { text: number; layout: number; covered: number; total: number };
  ocrConfidence?: number;
  evidence: Array<{ site: number; family: string; read: string; original: string }>;
}

/** Base64 of a file's bytes, in chunks (a page photo is megabytes; one giant string spread would overflow the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}
