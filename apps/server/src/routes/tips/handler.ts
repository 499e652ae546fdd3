import { createHash, randomInt, randomUUID } from 'node:crypto';
import { notFoundError } from '@vigil/core';
import type { TipTable } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { tipPolicy } from '../../policies/tips.ts';
import type { ServerContext } from '../../server-context.ts';
import {
  followUpBody,
  officeReplyBody,
  submitTipBody,
  tipIdParams,
  tipList,
  tipOfficeView,
  tipReplyBody,
  tipSubmitted,
  tipThread,
  tipUpdateBody,
  TIP_STATUSES,
} from './schema.ts';

/*
 * Anonymity by construction: the handlers below read only the JSON body. No address, header,
 * cookie or precise time is stored with a tip (dates are kept to the day, so a timestamp cannot
 * be matched against proxy logs), and tipster actions are not written to the audit log, whose
 * entries carry exact times. The follow-up code is the tipster's only handle; only its hash is kept.
 */

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** 20 characters from 32: 100 bits, beyond guessing even without rate limits. */
function newFollowUpCode(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]!).join('');
  return chars.match(/.{4}/g)!.join('-');
}
const codeHash = (code: string) =>
  createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
const today = () => new Date().toISOString().slice(0, 10);

async function thread(ctx: ServerContext, tip: TipTable) {
  const messages = await ctx.store.db
    .selectFrom('tip_messages')
    .selectAll()
    .where('tip_id', '=', tip.id)
    .orderBy('created_on')
    .orderBy('id')
    .execute();
  return {
    status: tip.status as (typeof TIP_STATUSES)[number],
    submittedOn: tip.created_on,
    messages: messages.map((m) => ({
      author: m.author as 'tipster' | 'office',
      body: m.body,
      on: m.created_on,
    })),
  };
}

async function tipByCode(ctx: ServerContext, code: string) {
  const tip = await ctx.store.db
    .selectFrom('tips')
    .selectAll()
    .where('code_hash', '=', codeHash(code))
    .executeTakeFirst();
  // Same answer for a wrong code and a deleted tip: nothing to learn by probing.
  if (!tip)
    throw notFoundError(
      'tip.unknown_code',
      'no tip has this follow-up code; check it letter by letter',
    );
  return tip;
}

async function tipById(ctx: ServerContext, id: string) {
  const tip = await ctx.store.db
    .selectFrom('tips')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!tip) throw notFoundError('tip.not_found', `no tip ${id}`);
  return tip;
}

/** Message ids sort in insertion order within a day without recording the time. */
const messageId = async (ctx: ServerContext, tipId: string) => {
  const n = await ctx.store.db
    .selectFrom('tip_messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tip_id', '=', tipId)
    .executeTakeFirst();
  return `${tipId}-m${String(Number(n?.n ?? 0)).padStart(4, '0')}`;
};

export const submitTip = defineRoute({
  method: 'post',
  path: '/api/tips',
  summary: 'Submit an anonymous tip',
  tag: 'tips',
  access: tipPolicy.submit,
  body: submitTipBody,
  response: tipSubmitted,
  async handle({ body, ctx }) {
    const code = newFollowUpCode();
    const id = `tip-${randomUUID()}`;
    await ctx.store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tips')
        .values({ id, code_hash: codeHash(code), status: 'new', created_on: today() })
        .execute();
      await trx
        .insertInto('tip_messages')
        .values({
          id: `${id}-m0000`,
          tip_id: id,
          author: 'tipster',
          body: body.message,
          created_on: today(),
        })
        .execute();
    });
    return {
      followUpCode: code,
      note: 'Keep this code: it is the only way to read replies and add information. Nobody, including the office, can recover it.',
    };
  },
});

export const followUpTip = defineRoute({
  method: 'post',
  path: '/api/tips/follow-up',
  summary: 'Read a tip thread with its follow-up code',
  tag: 'tips',
  access: tipPolicy.followUp,
  body: followUpBody,
  response: tipThread,
  status: 200,
  async handle({ body, ctx }) {
    return thread(ctx, await tipByCode(ctx, body.code));
  },
});

export const addToTip = defineRoute({
  method: 'post',
  path: '/api/tips/reply',
  summary: 'Add information to a tip with its follow-up code',
  tag: 'tips',
  access: tipPolicy.followUp,
  body: tipReplyBody,
  response: tipThread,
  status: 200,
  async handle({ body, ctx }) {
    const tip = await tipByCode(ctx, body.code);
    await ctx.store.db
      .insertInto('tip_messages')
      .values({
        id: await messageId(ctx, tip.id),
        tip_id: tip.id,
        author: 'tipster',
        body: body.message,
        created_on: today(),
      })
      .execute();
    return thread(ctx, tip);
  },
});

export const listTips = defineRoute({
  method: 'get',
  path: '/api/tips',
  summary: 'List tips',
  tag: 'tips',
  access: tipPolicy.list,
  response: tipList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('tips')
      .leftJoin('tip_messages', 'tip_messages.tip_id', 'tips.id')
      .select([
        'tips.id',
        'tips.status',
        'tips.created_on',
        (eb) => eb.fn.count<number>('tip_messages.id').as('messages'),
      ])
      .groupBy(['tips.id', 'tips.status', 'tips.created_on'])
      .orderBy('tips.created_on', 'desc')
      .limit(500)
      .execute();
    return {
      tips: rows.map((r) => ({
        id: r.id,
        status: r.status as (typeof TIP_STATUSES)[number],
        submittedOn: r.created_on,
        messages: Number(r.messages),
      })),
    };
  },
});

export const readTip = defineRoute({
  method: 'get',
  path: '/api/tips/:id',
  summary: 'Read a tip',
  tag: 'tips',
  access: tipPolicy.read,
  params: tipIdParams,
  response: tipOfficeView,
  async handle({ actor, params, ctx }) {
    const tip = await tipById(ctx, params.id);
    await ctx.audit.append({ actor: actor.id, action: 'tip.read', target: `tip:${tip.id}` });
    return { id: tip.id, ...(await thread(ctx, tip)) };
  },
});

export const answerTip = defineRoute({
  method: 'post',
  path: '/api/tips/:id/messages',
  summary: 'Answer a tip',
  tag: 'tips',
  access: tipPolicy.reply,
  params: tipIdParams,
  body: officeReplyBody,
  response: tipOfficeView,
  async handle({ actor, params, body, ctx }) {
    const tip = await tipById(ctx, params.id);
    await ctx.store.db
      .insertInto('tip_messages')
      .values({
        id: await messageId(ctx, tip.id),
        tip_id: tip.id,
        author: 'office',
        body: body.message,
        created_on: today(),
      })
      .execute();
    await ctx.audit.append({ actor: actor.id, action: 'tip.reply', target: `tip:${tip.id}` });
    return { id: tip.id, ...(await thread(ctx, tip)) };
  },
});

export const updateTip = defineRoute({
  method: 'patch',
  path: '/api/tips/:id',
  summary: 'Change a tip status',
  tag: 'tips',
  access: tipPolicy.update,
  params: tipIdParams,
  body: tipUpdateBody,
  response: tipOfficeView,
  async handle({ actor, params, body, ctx }) {
    await tipById(ctx, params.id);
    await ctx.store.db
      .updateTable('tips')
      .set({ status: body.status })
      .where('id', '=', params.id)
      .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'tip.update',
      target: `tip:${params.id}`,
      details: { status: body.status },
    });
    const tip = await tipById(ctx, params.id);
    return { id: tip.id, ...(await thread(ctx, tip)) };
  },
});

export const tipRoutes = [
  submitTip,
  followUpTip,
  addToTip,
  listTips,
  readTip,
  answerTip,
  updateTip,
];
