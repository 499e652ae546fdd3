import type { TardosCode, TardosParameters } from '../codes/index.ts';
import type { CodewordMatrix } from '../codes/index.ts';
import type { Lang } from '../documents/language.ts';
import type { MarkSite } from '../marking/index.ts';
import type { Recipient } from '../documents/recipients-csv.ts';

/** A marked document as recorded: everything tracing needs, nothing about how copies were written. */
export interface MarkedDocument {
  id: string;
  title: string;
  lang: Lang;
  sourceName: string;
  /** The author's source text, declared `{{a|b}}` variants included. */
  sourceText: string;
  sites: MarkSite[];
  /** Code positions 0..textSites-1 are text sites; the next layoutSites positions are layout bits. */
  textSites: number;
  layoutSites: number;
  words: number;
  params: TardosParameters;
  code: TardosCode;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  lang: Lang;
  recipients: number;
  createdAt: string;
}

/**
 * Where marked documents and codewords live. SQLite today (sqlite-attribution-store.ts); the
 * interface is what a PostgreSQL implementation has to provide.
 */
export interface AttributionStore {
  saveDocument(
    doc: MarkedDocument,
    recipients: readonly Recipient[],
    codewords: readonly Uint8Array[],
  ): Promise<void>;
  getDocument(id: string): Promise<MarkedDocument | undefined>;
  listDocuments(): Promise<DocumentSummary[]>;
  loadRecipients(id: string): Promise<{ recipients: Recipient[]; matrix: CodewordMatrix }>;
  close(): Promise<void>;
}
