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

export interface Distribution {
  id: string;
  documentId: string;
  recipients: string[];
  createdAt: string;
}

export interface AccessRequest {
  id: string;
  documentId: string;
  accountId: string;
  reason: string;
  status: string;
  createdAt: string;
}

/** "a, b; c" or one per line → trimmed, de-duplicated names. */
export const parseRecipients = (text: string): string[] => [...new Set(text.split(/[\s,;，；]+/).map((s) => s.trim()).filter(Boolean))];
