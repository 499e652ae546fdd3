import { notFoundError } from '@vigil/core';
import { defineRoute } from '../../http/define-route.ts';
import { createAccount } from '../../identity/accounts.ts';
import { accountPolicy } from '../../policies/accounts.ts';
import { presentAccount } from '../../presenters/account.ts';
import { accountIdParams, accountList, accountSummary, createAccountBody } from './schema.ts';

export const listAccounts = defineRoute({
  method: 'get',
  path: '/api/accounts',
  summary: 'List accounts',
  tag: 'accounts',
  access: accountPolicy.list,
  response: accountList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('accounts')
      .selectAll()
      .orderBy('username')
      .execute();
    return { accounts: rows.map((r) => presentAccount(r)) };
  },
});

export const createAccountRoute = defineRoute({
  method: 'post',
  path: '/api/accounts',
  summary: 'Create an account',
  tag: 'accounts',
  access: accountPolicy.create,
  body: createAccountBody,
  response: accountSummary,
  async handle({ actor, body, ctx }) {
    const created = await createAccount(ctx.store, body, { log2N: ctx.config.scryptLog2N });
    await ctx.audit.append({
      actor: actor.id,
      action: 'account.create',
      target: `account:${created.id}`,
      details: { username: body.username, role: body.role },
    });
    const row = await ctx.store.db
      .selectFrom('accounts')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    return presentAccount(row);
  },
});

export const unlockAccount = defineRoute({
  method: 'post',
  path: '/api/accounts/:id/unlock',
  summary: 'Unlock an account',
  tag: 'accounts',
  access: accountPolicy.unlock,
  params: accountIdParams,
  response: accountSummary,
  status: 200,
  async handle({ actor, params, ctx }) {
    const result = await ctx.store.db
      .updateTable('accounts')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', params.id)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0)
      throw notFoundError('account.not_found', `no account ${params.id}`);
    await ctx.audit.append({
      actor: actor.id,
      action: 'account.unlock',
      target: `account:${params.id}`,
    });
    return presentAccount(
      await ctx.store.db
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', params.id)
        .executeTakeFirstOrThrow(),
    );
  },
});

export const accountRoutes = [listAccounts, createAccountRoute, unlockAccount];
