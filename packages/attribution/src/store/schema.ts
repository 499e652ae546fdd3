import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  title: string;
  lang: string;
  source_name: string;
  source_text: string;
  sites_json: string;
  text_sites: number;
  layout_sites: number;
  words: number;
  recipients: number;
  coalition: number;
  false_accusation: number;
  cutoff: number;
  dirichlet_shape: number;
  /** Uint8Array of q per position. */
  alphabet_sizes: Uint8Array;
  /** Float64Array of concatenated bias vectors. */
  biases: Uint8Array;
  created_at: string;
}

export interface RecipientsTable {
  document_id: string;
  idx: number;
  recipient_id: string;
  name: string;
  email: string;
  department: string;
  /** One byte per code position (q ≤ 255). */
  codeword: Uint8Array;
  row_id: Generated<number>;
}

export interface AttributionDatabase {
  attribution_documents: DocumentsTable;
  attribution_recipients: RecipientsTable;
}
