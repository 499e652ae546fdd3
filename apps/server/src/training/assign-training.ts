import { randomUUID } from 'node:crypto';
import { notFoundError } from '@vigil/core';
import type { AppStore } from '@vigil/store';

/** Assigns a module to accounts that do not already have it open; returns the new assignment ids. */
export async function assignTraining(
  store: AppStore,
  moduleId: string,
  accountIds: readonly string[],
  dueOn: string,
  assignedBy: string,
): Promise<string[]> {
  const module = await store.db
    .selectFrom('training_modules')
    .select('id')
    .where('id', '=', moduleId)
    .executeTakeFirst();
  if (!module) throw notFoundError('training.module_not_found', `no training module ${moduleId}`);
  const unique = [...new Set(accountIds)];
  if (unique.length === 0) return [];
  const known = await store.db
    .selectFrom('accounts')
    .select('id')
    .where('id', 'in', unique)
    .execute();
  const missing = unique.filter((id) => !known.some((k) => k.id === id));
  if (missing.length)
    throw notFoundError('account.not_found', `no such account(s): ${missing.join(', ')}`);
  const open = await store.db
    .selectFrom('training_assignments')
    .select('account_id')
    .where('module_id', '=', moduleId)
    .where('completed_at', 'is', null)
    .where('account_id', 'in', unique)
    .execute();
  const now = new Date().toISOString();
  const rows = unique
    .filter((id) => !open.some((o) => o.account_id === id))
    .map((account_id) => ({
      id: `ta-${randomUUID()}`,
      module_id: moduleId,
      account_id,
      assigned_by: assignedBy,
      assigned_at: now,
      due_on: dueOn,
      completed_at: null,
      score: null,
    }));
  if (rows.length) await store.db.insertInto('training_assignments').values(rows).execute();
  return rows.map((r) => r.id);
}
