/** The registry as apps/server/src/routes/registry/schema.ts answers it. */
export const CLASSIFICATIONS = ['UNCLASSIFIED', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

export interface RegistryDocument {
  id: string;
  title: string;
  classification: Classification;
  compartments: string[];
  owner: string;
  createdAt: string;
}

export interface Grant {
  id: string;
  documentId: string;
  accountId: string;
  reason: string;
  approvedBy: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface Distribution {
  id: string;
  documentId: string;
  attributionId: string;
  recipients: string[];
  textSites: number;
  createdAt: string;
}

export interface AccessRequest {
  id: string;
  documentId: string;
  accountId: string;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

/** "a, b; c" or one per line → trimmed, de-duplicated entries (ASCII and full-width separators). */
export const parseList = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,;，；、]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** A day `days` after today, as the `YYYY-MM-DD` a date input holds (default grant length). */
export function dayAfter(days: number, from: Date = new Date()): string {
  return new Date(from.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
