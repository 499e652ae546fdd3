import type { CaseEvidenceTable, CaseNoteTable, CaseTable } from '@vigil/store';
import type { CASE_OUTCOMES, CASE_STATUSES, EVIDENCE_KINDS } from '../routes/cases/schema.ts';

export const presentCase = (row: CaseTable) => ({
  id: row.id,
  title: row.title,
  status: row.status as (typeof CASE_STATUSES)[number],
  outcome: row.outcome as (typeof CASE_OUTCOMES)[number] | null,
  createdBy: row.created_by,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const presentEvidence = (row: CaseEvidenceTable) => ({
  id: row.id,
  kind: row.kind as (typeof EVIDENCE_KINDS)[number],
  ref: row.ref,
  note: row.note,
  addedBy: row.added_by,
  addedAt: row.added_at,
});

export const presentNote = (row: CaseNoteTable) => ({
  id: row.id,
  author: row.author,
  body: row.body,
  createdAt: row.created_at,
});
