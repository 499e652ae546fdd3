import path from 'node:path';
import { insertTextRows, type EventStore } from '@vigil/event-store';
import { readValidatedCsv, type QuarantinedRow } from './validated-csv.ts';
import {
  DOCUMENT_HEADERS,
  documentRowSchema,
  LDAP_HEADERS,
  ldapRowSchema,
  PERSONNEL_HEADERS,
  personnelRowSchema,
  PSYCHOMETRIC_HEADERS,
  psychometricRowSchema,
} from './context-schemas.ts';

export interface ContextLoadResult {
  accepted: number;
  duplicates: number;
  rejected: number;
}

export async function quarantineRows(
  store: EventStore,
  rows: readonly QuarantinedRow[],
): Promise<void> {
  await insertTextRows(
    store,
    'quarantine',
    ['file', 'line', 'reason', 'raw'],
    rows.map((r) => [r.file, String(r.line), r.reason, r.raw]),
    'file, line::BIGINT, reason, raw',
  );
}

async function finish(
  store: EventStore,
  table: string,
  columns: readonly string[],
  selectList: string,
  read: { rows: Array<{ value: Record<string, unknown> }>; rejected: QuarantinedRow[] },
  toRow: (v: Record<string, unknown>) => Array<string | null>,
): Promise<ContextLoadResult> {
  const accepted = await insertTextRows(
    store,
    table,
    columns,
    read.rows.map((r) => toRow(r.value)),
    selectList,
  );
  await quarantineRows(store, read.rejected);
  return { accepted, duplicates: read.rows.length - accepted, rejected: read.rejected.length };
}

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export async function loadDocuments(store: EventStore, file: string): Promise<ContextLoadResult> {
  const read = await readValidatedCsv(file, DOCUMENT_HEADERS, documentRowSchema);
  const cols = ['path', 'classification', 'compartment', 'owner_department'];
  return finish(store, 'documents', cols, cols.join(', '), read, (v) =>
    cols.map((c) => text(v[c])),
  );
}

export async function loadPersonnel(store: EventStore, file: string): Promise<ContextLoadResult> {
  const read = await readValidatedCsv(file, PERSONNEL_HEADERS, personnelRowSchema);
  const cols = ['id', 'date', 'user', 'kind', 'until', 'country', 'counterparty', 'note'];
  return finish(
    store,
    'personnel',
    cols,
    `id, "date"::DATE, "user", kind, "until"::DATE, country, lower(counterparty), note`,
    read,
    (v) => cols.map((c) => text(v[c])),
  );
}

/** `LDAP/2010-01.csv`: the month comes from the file name, as in CERT. */
export async function loadLdapSnapshot(
  store: EventStore,
  file: string,
): Promise<ContextLoadResult> {
  const month = path.basename(file, '.csv');
  const read = await readValidatedCsv(file, LDAP_HEADERS, ldapRowSchema);
  const cols = [
    'employee_name',
    'user_id',
    'email',
    'role',
    'projects',
    'business_unit',
    'functional_unit',
    'department',
    'team',
    'supervisor',
  ];
  return finish(
    store,
    'ldap',
    ['month', ...cols],
    `month, user_id, employee_name, lower(email), role, nullif(projects, ''), business_unit, functional_unit, department, team, supervisor`,
    read,
    (v) => [month, ...cols.map((c) => text(v[c]))],
  );
}

export async function loadPsychometric(
  store: EventStore,
  file: string,
): Promise<ContextLoadResult> {
  const read = await readValidatedCsv(file, PSYCHOMETRIC_HEADERS, psychometricRowSchema);
  const cols = ['user_id', 'employee_name', 'o', 'c', 'e', 'a', 'n'];
  return finish(
    store,
    'psychometric',
    cols,
    'user_id, employee_name, o::INTEGER, c::INTEGER, e::INTEGER, a::INTEGER, n::INTEGER',
    read,
    (v) => cols.map((c) => text(v[c])),
  );
}
