import { randomBytes, randomUUID } from 'node:crypto';
import { VigilError, inputError, notFoundError } from '@vigil/core';
import type { CampaignTable } from '@vigil/store';
import { defineRoute } from '../../http/define-route.ts';
import { campaignPolicy } from '../../policies/training.ts';
import type { ServerContext } from '../../server-context.ts';
import { assignTraining } from '../../training/assign-training.ts';
import {
  assignFromResultsBody,
  assignedView,
  campaignIdParams,
  campaignList,
  campaignResults,
  campaignView,
  createCampaignBody,
  engageView,
  reportBody,
  reportedView,
  sendBody,
  sendResult,
  tokenParams,
} from './schema.ts';

const present = (c: CampaignTable) => ({
  id: c.id,
  name: c.name,
  subject: c.subject,
  moduleId: c.module_id,
  createdAt: c.created_at,
  sentAt: c.sent_at,
});

async function loadCampaign(ctx: ServerContext, id: string) {
  const c = await ctx.store.db
    .selectFrom('campaigns')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!c) throw notFoundError('campaign.not_found', `no campaign ${id}`);
  return c;
}

const baseUrl = (ctx: ServerContext) =>
  ctx.config.publicUrl ?? `http://${ctx.config.host}:${ctx.config.port}`;

export const createCampaign = defineRoute({
  method: 'post',
  path: '/api/campaigns',
  summary: 'Create a simulated-approach campaign',
  tag: 'campaigns',
  access: campaignPolicy.create,
  body: createCampaignBody,
  response: campaignView,
  async handle({ actor, body, ctx }) {
    if (
      body.moduleId &&
      !(await ctx.store.db
        .selectFrom('training_modules')
        .select('id')
        .where('id', '=', body.moduleId)
        .executeTakeFirst())
    ) {
      throw notFoundError('training.module_not_found', `no training module ${body.moduleId}`);
    }
    const row = {
      id: `camp-${randomUUID()}`,
      name: body.name,
      subject: body.subject,
      body: body.body,
      module_id: body.moduleId ?? null,
      created_by: actor.id,
      created_at: new Date().toISOString(),
      sent_at: null,
    };
    await ctx.store.db.insertInto('campaigns').values(row).execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'campaign.create',
      target: `campaign:${row.id}`,
      details: { name: body.name },
    });
    return present(row);
  },
});

export const listCampaigns = defineRoute({
  method: 'get',
  path: '/api/campaigns',
  summary: 'List simulated-approach campaigns, newest first',
  tag: 'campaigns',
  access: campaignPolicy.results,
  response: campaignList,
  async handle({ ctx }) {
    const rows = await ctx.store.db
      .selectFrom('campaigns')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return { campaigns: rows.map(present) };
  },
});

/** Sends the approach to each target over SMTP with a per-target link token. */
export const sendCampaign = defineRoute({
  method: 'post',
  path: '/api/campaigns/:id/send',
  summary: 'Send a campaign by e-mail',
  tag: 'campaigns',
  access: campaignPolicy.send,
  params: campaignIdParams,
  body: sendBody,
  response: sendResult,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const campaign = await loadCampaign(ctx, params.id);
    if (!ctx.mailer)
      throw new VigilError(
        'campaign.no_mail',
        'unavailable',
        'e-mail is not configured: set VIGIL_SMTP_URL (smtp://host:port) and restart',
      );
    const accounts = await ctx.store.db
      .selectFrom('accounts')
      .select(['id', 'email'])
      .where('id', 'in', [...new Set(body.accountIds)])
      .execute();
    const skipped = body.accountIds
      .filter((id) => !accounts.some((a) => a.id === id))
      .map((accountId) => ({ accountId, reason: 'no such account' }));
    let sent = 0;
    for (const account of accounts) {
      if (!account.email) {
        skipped.push({ accountId: account.id, reason: 'the account has no e-mail address' });
        continue;
      }
      const token = randomBytes(24).toString('base64url');
      const target = {
        id: `ct-${randomUUID()}`,
        campaign_id: campaign.id,
        account_id: account.id,
        token,
        sent_at: null,
        reported_at: null,
        engaged_at: null,
      };
      await ctx.store.db.insertInto('campaign_targets').values(target).execute();
      try {
        await ctx.mailer.send({
          to: account.email,
          subject: campaign.subject,
          text: campaign.body.replaceAll(
            '{{link}}',
            `${baseUrl(ctx)}/api/campaigns/engage/${token}`,
          ),
        });
      } catch (error) {
        skipped.push({
          accountId: account.id,
          reason: `mail server refused: ${(error as Error).message}`,
        });
        continue;
      }
      await ctx.store.db
        .updateTable('campaign_targets')
        .set({ sent_at: new Date().toISOString() })
        .where('id', '=', target.id)
        .execute();
      sent++;
    }
    if (sent > 0)
      await ctx.store.db
        .updateTable('campaigns')
        .set({ sent_at: new Date().toISOString() })
        .where('id', '=', campaign.id)
        .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'campaign.send',
      target: `campaign:${campaign.id}`,
      details: { sent, skipped: skipped.length },
    });
    return { sent, skipped };
  },
});

/** The tracked link: following it is "engaging" with the approach. Public: mail clients have no session. */
export const engage = defineRoute({
  method: 'get',
  path: '/api/campaigns/engage/:token',
  summary: 'Follow a simulated-approach link',
  tag: 'campaigns',
  access: campaignPolicy.engage,
  params: tokenParams,
  response: engageView,
  async handle({ params, ctx }) {
    const target = await ctx.store.db
      .selectFrom('campaign_targets')
      .selectAll()
      .where('token', '=', params.token)
      .executeTakeFirst();
    if (!target) throw notFoundError('campaign.unknown_link', 'this link is not known');
    if (!target.engaged_at)
      await ctx.store.db
        .updateTable('campaign_targets')
        .set({ engaged_at: new Date().toISOString() })
        .where('id', '=', target.id)
        .execute();
    return {
      message:
        'This message was a security-awareness exercise by your security office. Nothing happened, but a real approach looks like this: next time, report it instead of following the link.',
    };
  },
});

export const reportApproach = defineRoute({
  method: 'post',
  path: '/api/campaigns/report',
  summary: 'Report a suspicious message you received',
  tag: 'campaigns',
  access: campaignPolicy.report,
  body: reportBody,
  response: reportedView,
  status: 200,
  async handle({ actor, body, ctx }) {
    const target = await ctx.store.db
      .selectFrom('campaign_targets')
      .selectAll()
      .where('token', '=', body.token)
      .where('account_id', '=', actor.id)
      .executeTakeFirst();
    if (!target)
      throw inputError(
        'campaign.not_a_simulation',
        'this is not one of our exercises: file it as a foreign-contact report or a tip so an officer looks at it',
      );
    if (!target.reported_at)
      await ctx.store.db
        .updateTable('campaign_targets')
        .set({ reported_at: new Date().toISOString() })
        .where('id', '=', target.id)
        .execute();
    await ctx.audit.append({
      actor: actor.id,
      action: 'campaign.report',
      target: `campaign:${target.campaign_id}`,
    });
    return {
      reported: true,
      message: 'Well spotted: this was a simulated approach. Thank you for reporting it.',
    };
  },
});

export const results = defineRoute({
  method: 'get',
  path: '/api/campaigns/:id/results',
  summary: 'Who reported and who engaged',
  tag: 'campaigns',
  access: campaignPolicy.results,
  params: campaignIdParams,
  response: campaignResults,
  async handle({ params, ctx }) {
    const campaign = await loadCampaign(ctx, params.id);
    const targets = await ctx.store.db
      .selectFrom('campaign_targets')
      .selectAll()
      .where('campaign_id', '=', campaign.id)
      .orderBy('account_id')
      .execute();
    return {
      campaign: present(campaign),
      targets: targets.map((t) => ({
        accountId: t.account_id,
        sentAt: t.sent_at,
        reportedAt: t.reported_at,
        engagedAt: t.engaged_at,
      })),
      summary: {
        sent: targets.filter((t) => t.sent_at).length,
        reported: targets.filter((t) => t.reported_at).length,
        engaged: targets.filter((t) => t.engaged_at).length,
        engagedWithoutReport: targets.filter((t) => t.engaged_at && !t.reported_at).length,
      },
    };
  },
});

/** Results feed training: everyone who engaged without reporting gets the campaign's module. */
export const assignFromResults = defineRoute({
  method: 'post',
  path: '/api/campaigns/:id/assign-training',
  summary: 'Assign training to those who engaged',
  tag: 'campaigns',
  access: campaignPolicy.assignTraining,
  params: campaignIdParams,
  body: assignFromResultsBody,
  response: assignedView,
  status: 200,
  async handle({ actor, params, body, ctx }) {
    const campaign = await loadCampaign(ctx, params.id);
    const moduleId = campaign.module_id ?? 'reporting-duties';
    const engaged = await ctx.store.db
      .selectFrom('campaign_targets')
      .select('account_id')
      .where('campaign_id', '=', campaign.id)
      .where('engaged_at', 'is not', null)
      .where('reported_at', 'is', null)
      .execute();
    const ids = await assignTraining(
      ctx.store,
      moduleId,
      engaged.map((e) => e.account_id),
      body.dueOn,
      actor.id,
    );
    await ctx.audit.append({
      actor: actor.id,
      action: 'campaign.assign_training',
      target: `campaign:${campaign.id}`,
      details: { moduleId, assigned: ids.length },
    });
    return { assigned: ids.length };
  },
});

export const campaignRoutes = [
  listCampaigns,
  createCampaign,
  sendCampaign,
  engage,
  reportApproach,
  results,
  assignFromResults,
];
