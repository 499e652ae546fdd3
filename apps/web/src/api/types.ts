/**
 * What the server's routes answer, as the pages read it. These mirror the response schemas in
 * apps/server/src/routes/<resource>/schema.ts; the browser bundle cannot import the server.
 */
export type Role =
  'employee' | 'security_officer' | 'analyst' | 'investigator' | 'administrator' | 'auditor';

export interface Account {
  id: string;
  username: string;
  role: Role;
}

/** What sign-in and `GET /api/session` answer: the account and the token to send with changes. */
export interface SessionInfo {
  account: Account;
  csrfToken: string;
  expiresAt: string;
}

/** A person as the directory (`GET /api/people`) shows them to whoever chooses recipients. */
export interface Person {
  id: string;
  displayName: string;
  department: string | null;
}

export type AlertStatus = 'open' | 'dismissed' | 'escalated';
export interface Alert {
  id: string;
  pseudonym: string;
  day: string;
  score: number;
  reasons: string[];
  status: AlertStatus;
  dismissReason: string | null;
  caseId: string | null;
}
export interface AlertPage {
  alerts: Alert[];
  total: number;
}

export const CASE_STATUSES = ['open', 'investigating', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_OUTCOMES = [
  'no_finding',
  'policy_violation',
  'referred_to_law_enforcement',
  'administrative_action',
  'security_education',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
export const EVIDENCE_KINDS = ['alert', 'event', 'document', 'report', 'trace', 'tip'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export interface CaseSummary {
  id: string;
  title: string;
  status: CaseStatus;
  outcome: CaseOutcome | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}
export interface Evidence {
  id: string;
  kind: EvidenceKind;
  ref: string;
  note: string;
  addedBy: string;
  addedAt: string;
}
export interface CaseNote {
  id: string;
  author: string;
  body: string;
  createdAt: string;
}
export interface CaseDetail extends CaseSummary {
  evidence: Evidence[];
  notes: CaseNote[];
}

export type RevealStatus = 'pending' | 'approved' | 'refused';
export interface RevealRequest {
  id: string;
  pseudonym: string;
  caseId: string | null;
  reason: string;
  requestedBy: string;
  status: RevealStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
  identity: { personId: string; name: string | null } | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}
export interface AuditPage {
  entries: AuditEntry[];
  nextAfterSeq: number | null;
}
export interface AuditVerification {
  ok: boolean;
  entries: number;
  head: string;
  firstBreak: { seq: number; problem: string; message: string } | null;
}
