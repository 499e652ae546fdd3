import { z } from 'zod';
import { calendarDateSchema } from '@vigil/core';

const isoDate = calendarDateSchema;
export const moduleIdParams = z.object({ id: z.string().min(1).max(100) });
export const assignBody = z.object({
  moduleId: z.string().min(1).max(100),
  accountIds: z.array(z.string().min(1).max(100)).min(1).max(10000),
  dueOn: isoDate,
});
export const completeBody = z.object({
  answers: z.array(z.number().int().min(0).max(20)).min(1).max(100),
});
export const assignmentsQuery = z.object({ accountId: z.string().max(100).optional() });

export const moduleView = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  lessons: z.array(z.object({ title: z.string(), text: z.string() })),
  quiz: z.array(z.object({ question: z.string(), options: z.array(z.string()) })),
});
export const moduleList = z.object({
  modules: z.array(moduleView.omit({ lessons: true, quiz: true })),
});
export const assignmentView = z.object({
  id: z.string(),
  moduleId: z.string(),
  accountId: z.string(),
  assignedAt: z.string(),
  dueOn: z.string(),
  completedAt: z.string().nullable(),
  score: z.number().nullable(),
  overdue: z.boolean(),
});
export const assignmentList = z.object({ assignments: z.array(assignmentView) });
/** Overdue assignments, for officers: with the person's name, so the list reads without look-ups. */
export const overdueList = z.object({
  assignments: z.array(assignmentView.extend({ accountName: z.string() })),
});
export const completionView = assignmentView.extend({
  passed: z.boolean(),
  correct: z.number(),
  questions: z.number(),
});
