import { inputError, notFoundError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { forbidden } from '../../http/http-errors.ts';
import { trainingPolicy } from '../../policies/training.ts';
import { presentAssignment } from '../../presenters/training.ts';
import { assignTraining } from '../../training/assign-training.ts';
import type { QuizQuestion } from '../../training/training-catalog.ts';
import {
  assignBody,
  assignmentList,
  overdueList,
  assignmentsQuery,
  completeBody,
  completionView,
  moduleIdParams,
  moduleList,
  moduleView,
} from './schema.ts';

/** A module counts as completed at 80% correct; below that the trainee retakes the quiz. */
const PASS_MARK = 0.8;
const today = () => new Date().toISOString().slice(0, 10);

export const listModules = defineRoute({
  method: 'get',
  path: '/api/training/modules',
  summary: 'List training modules',
  tag: 'training',
  access: trainingPolicy.listModules,
  response: moduleList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('training_modules')
      .select(['id', 'title', 'topic'])
      .orderBy('id')
      .execute();
    return { modules: rows };
  },
});

export const getModule = defineRoute({
  method: 'get',
  path: '/api/training/modules/:id',
  summary: 'Show a module with its lessons and quiz (no answers)',
  tag: 'training',
  access: trainingPolicy.listModules,
  params: moduleIdParams,
  response: moduleView,
  async handle({ params, ctx }) {
    const m = await ctx.store.db
      .selectFrom('training_modules')
      .selectAll()
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!m) throw notFoundError('training.module_not_found', `no training module ${params.id}`);
    const quiz = (JSON.parse(m.quiz) as QuizQuestion[]).map(({ question, options }) => ({
      question,
      options,
    }));
    return {
      id: m.id,
      title: m.title,
      topic: m.topic,
      lessons: JSON.parse(m.lessons) as Array<{ title: string; text: string }>,
      quiz,
    };
  },
});

export const assign = defineRoute({
  method: 'post',
  path: '/api/training/assignments',
  summary: 'Assign a module',
  tag: 'training',
  access: trainingPolicy.assign,
  body: assignBody,
  response: assignmentList,
  async handle({ actor, body, ctx }) {
    const ids = await assignTraining(
      ctx.store,
      body.moduleId,
      body.accountIds,
      body.dueOn,
      actor.id,
    );
    await ctx.audit.append({
      actor: actor.id,
      action: 'training.assign',
      target: `module:${body.moduleId}`,
      details: { accounts: body.accountIds.length, created: ids.length, dueOn: body.dueOn },
    });
    const rows = ids.length
      ? await ctx.store.db
          .selectFrom('training_assignments')
          .selectAll()
          .where('id', 'in', ids)
          .execute()
      : [];
    return { assignments: rows.map((r) => presentAssignment(r)) };
  },
});

export const listAssignments = defineRoute({
  method: 'get',
  path: '/api/training/assignments',
  summary: 'List assignments (officers: anyone; others: their own)',
  tag: 'training',
  access: trainingPolicy.listAssignments,
  query: assignmentsQuery,
  response: assignmentList,
  async handle({ actor, query, ctx }) {
    let q = ctx.store.db.selectFrom('training_assignments').selectAll();
    if (actor.role !== 'security_officer') q = q.where('account_id', '=', actor.id);
    else if (query.accountId) q = q.where('account_id', '=', query.accountId);
    return {
      assignments: (await q.orderBy('due_on').limit(5000).execute()).map((r) =>
        presentAssignment(r),
      ),
    };
  },
});

export const complete = defineRoute({
  method: 'post',
  path: '/api/training/assignments/:id/complete',
  summary: 'Submit quiz answers',
  tag: 'training',
  access: trainingPolicy.complete,
  params: moduleIdParams,
  body: completeBody,
  response: completionView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const a = await ctx.store.db
      .selectFrom('training_assignments')
      .selectAll()
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (!a) throw notFoundError('training.assignment_not_found', `no assignment ${params.id}`);
    if (a.account_id !== actor.id) throw forbidden("take someone else's quiz");
    const m = await ctx.store.db
      .selectFrom('training_modules')
      .select('quiz')
      .where('id', '=', a.module_id)
      .executeTakeFirstOrThrow();
    const quiz = JSON.parse(m.quiz) as QuizQuestion[];
    if (body.answers.length !== quiz.length)
      throw inputError(
        'training.answer_count',
        `the quiz has ${quiz.length} questions; you sent ${body.answers.length} answers`,
      );
    const correct = quiz.filter((q, i) => q.answer === body.answers[i]).length;
    const score = correct / quiz.length;
    const passed = score >= PASS_MARK;
    if (passed && !a.completed_at) {
      await ctx.store.db
        .updateTable('training_assignments')
        .set({ completed_at: new Date().toISOString(), score })
        .where('id', '=', a.id)
        .execute();
    }
    const updated = await ctx.store.db
      .selectFrom('training_assignments')
      .selectAll()
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    return { ...presentAssignment(updated), passed, correct, questions: quiz.length };
  },
});

export const overdue = defineRoute({
  method: 'get',
  path: '/api/training/overdue',
  summary: 'List overdue assignments, with the name of each person',
  tag: 'training',
  access: trainingPolicy.overdue,
  response: overdueList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('training_assignments')
      .innerJoin('accounts', 'accounts.id', 'training_assignments.account_id')
      .selectAll('training_assignments')
      .select('accounts.display_name')
      .where('training_assignments.completed_at', 'is', null)
      .where('training_assignments.due_on', '<', today())
      .orderBy('training_assignments.due_on')
      .limit(5000)
      .execute();
    return {
      assignments: rows.map((r) => ({ ...presentAssignment(r), accountName: r.display_name })),
    };
  },
});

export const trainingRoutes = [listModules, getModule, assign, listAssignments, complete, overdue];
