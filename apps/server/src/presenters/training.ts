import type { TrainingAssignmentTable } from '@vigil/store';

export const presentAssignment = (
  a: TrainingAssignmentTable,
  today = new Date().toISOString().slice(0, 10),
) => ({
  id: a.id,
  moduleId: a.module_id,
  accountId: a.account_id,
  assignedAt: a.assigned_at,
  dueOn: a.due_on,
  completedAt: a.completed_at,
  score: a.score === null ? null : Number(a.score),
  overdue: a.completed_at === null && a.due_on < today,
});
