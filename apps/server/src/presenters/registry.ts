import type { AccessRequestTable, GrantTable, RegistryDocumentTable } from '@vigil/store';
import type { Classification } from '@vigil/core';

export const presentDocumentSummary = (d: RegistryDocumentTable) => ({
  id: d.id,
  title: d.title,
  classification: d.classification as Classification,
  compartments: JSON.parse(d.compartments) as string[],
  owner: d.owner,
  createdAt: d.created_at,
});

export const presentGrant = (g: GrantTable) => ({
  id: g.id,
  documentId: g.document_id,
  accountId: g.account_id,
  reason: g.reason,
  approvedBy: g.approved_by,
  expiresAt: g.expires_at,
  revokedAt: g.revoked_at,
});

export const presentRequest = (r: AccessRequestTable) => ({
  id: r.id,
  documentId: r.document_id,
  accountId: r.account_id,
  reason: r.reason,
  status: r.status,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  createdAt: r.created_at,
});
