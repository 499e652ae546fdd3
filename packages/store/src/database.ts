/**
 * The application store's tables, as Kysely sees them. Timestamps are ISO 8601 text and
 * structured fields are JSON text, so the same queries run unchanged on SQLite and PostgreSQL.
 */
export interface AccountTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash`, see apps/server/src/identity/password.ts. */
  password_hash: string;
  /** The person's id in the activity logs (CERT user id), if they are also monitored staff. */
  person_id: string | null;
  email: string | null;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie token: a stolen database does not yield live sessions. */
  id: string;
  account_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AuditTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface PseudonymTable {
  person_id: string;
  pseudonym: string;
}

export interface AlertTable {
  id: string;
  pseudonym: string;
  day: string;
  score: number;
  reasons: string;
  status: string;
  dismiss_reason: string | null;
  case_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface CaseTable {
  id: string;
  title: string;
  status: string;
  outcome: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface CaseEvidenceTable {
  id: string;
  case_id: string;
  kind: string;
  ref: string;
  note: string;
  added_by: string;
  added_at: string;
}

export interface CaseNoteTable {
  id: string;
  case_id: string;
  author: string;
  body: string;
  created_at: string;
}

export interface RevealRequestTable {
  id: string;
  pseudonym: string;
  case_id: string | null;
  reason: string;
  requested_by: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface PersonnelReportTable {
  id: string;
  account_id: string;
  kind: string;
  status: string;
  date: string;
  until: string | null;
  country: string;
  counterparty: string;
  note: string;
  /** Kind-specific fields (travel purpose, debt amounts …) as JSON. */
  details: string;
  briefing_acknowledged_at: string | null;
  debrief: string | null;
  debriefed_at: string | null;
  reviewed_by: string | null;
  review_note: string | null;
  filed_at: string;
}

export interface TipTable {
  id: string;
  /** SHA-256 of the follow-up code; the code itself is shown once to the tipster. */
  code_hash: string;
  status: string;
  /** Day only: a precise time could be matched against network logs to find the tipster. */
  created_on: string;
}

export interface TipMessageTable {
  id: string;
  tip_id: string;
  author: string;
  body: string;
  created_on: string;
}

export interface RegistryDocumentTable {
  id: string;
  title: string;
  classification: string;
  compartments: string;
  owner: string;
  body: string;
  created_by: string;
  created_at: string;
}

export interface GrantTable {
  id: string;
  document_id: string;
  account_id: string;
  reason: string;
  approved_by: string;
  expires_at: string;
  revoked_at: string | null;
  created_at: string;
}

export interface AccessRequestTable {
  id: string;
  document_id: string;
  account_id: string;
  reason: string;
  status: string;
  decided_by: string | null;
  decided_at: string | null;
  created_at: string;
}

export interface DocumentAccessTable {
  id: string;
  document_id: string;
  account_id: string;
  action: string;
  at: string;
}

export interface DistributionTable {
  id: string;
  document_id: string;
  attribution_id: string;
  recipients: string;
  created_by: string;
  created_at: string;
}

export interface TrainingModuleTable {
  id: string;
  title: string;
  topic: string;
  lessons: string;
  quiz: string;
}

export interface TrainingAssignmentTable {
  id: string;
  module_id: string;
  account_id: string;
  assigned_by: string;
  assigned_at: string;
  due_on: string;
  completed_at: string | null;
  score: number | null;
}

export interface CampaignTable {
  id: string;
  name: string;
  subject: string;
  body: string;
  module_id: string | null;
  created_by: string;
  created_at: string;
  sent_at: string | null;
}

export interface CampaignTargetTable {
  id: string;
  campaign_id: string;
  account_id: string;
  token: string;
  sent_at: string | null;
  reported_at: string | null;
  engaged_at: string | null;
}

export interface Database {
  accounts: AccountTable;
  sessions: SessionTable;
  audit_log: AuditTable;
  pseudonyms: PseudonymTable;
  alerts: AlertTable;
  cases: CaseTable;
  case_evidence: CaseEvidenceTable;
  case_notes: CaseNoteTable;
  reveal_requests: RevealRequestTable;
  personnel_reports: PersonnelReportTable;
  tips: TipTable;
  tip_messages: TipMessageTable;
  registry_documents: RegistryDocumentTable;
  grants: GrantTable;
  access_requests: AccessRequestTable;
  document_access: DocumentAccessTable;
  distributions: DistributionTable;
  training_modules: TrainingModuleTable;
  training_assignments: TrainingAssignmentTable;
  campaigns: CampaignTable;
  campaign_targets: CampaignTargetTable;
}
