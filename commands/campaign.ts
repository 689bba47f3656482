import { z } from 'zod';
import {
  applyCampaignFields,
  campaignFields,
  campaignRef,
  resolveCampaign,
} from '../src/campaigns/campaign-options.ts';
import { campaignBlocks, periodText } from '../src/campaigns/campaign-reply.ts';
import { verdictOf } from '../src/campaigns/profitability-reply.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fromOption, pageOf } from '../src/core/paging.ts';
import { reply, table, text } from '../src/core/reply.ts';
import type { Campaign } from '../src/domain/entities.ts';
import { findByRef, nextId } from '../src/domain/lookup.ts';
import { METHOD_LABELS } from '../src/domain/operation-labels.ts';
import { costSubcommand, objectiveSubcommand, ratesSubcommand } from './campaign/setup.ts';

const followUps = (
  t: (k: 'ops.followup_objective' | 'ops.followup_cost' | 'ops.followup_dashboard') => string,
  id: string,
) => [
  {
    label: t('ops.followup_objective'),
    command: `/campaign objective add ${id} metric:appointments target:20`,
  },
  {
    label: t('ops.followup_cost'),
    command: `/campaign cost add ${id} label:"Fichier" amount:300 category:file`,
  },
  { label: t('ops.followup_dashboard'), command: `/dashboard ${id}` },
];

const create = defineSubcommand({
  name: 'create',
  frName: 'créer',
  aliases: ['creer', 'nouvelle', 'new', 'add', 'ajouter'],
  permission: 'manager',
  description: { fr: 'Créer une opération de prospection', en: 'Create a prospecting campaign' },
  examples: [
    '/campaign create "Relance artisans" from:2026-12-01 to:2027-01-31 methods:phoning,visits target_size:120',
    '/campagne créer "Salon Habitat" du:2027-03-12 au:2027-03-15 méthodes:salon clientèle:b2c',
  ],
  options: z.object({
    name: opt.text({
      required: true,
      positional: true,
      frName: 'nom',
      maxLength: 80,
      description: { fr: 'Nom de l’opération', en: 'Campaign name' },
    }),
    ...campaignFields,
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const clash = findByRef(tx.campaigns, args.name);
    if (clash) throw new UserError('campaign_exists', { name: clash.name, id: clash.id }, 'name');
    const { name, ...rest } = args;
    const base: Campaign = {
      id: nextId(tx.campaigns, 'C'),
      name,
      createdAt: ctx.now.toISOString(),
      createdBy: ctx.member.id,
      status: 'open',
    };
    const c = applyCampaignFields(base, rest, tx, ctx);
    tx.campaigns.put(c);
    return reply({
      title: t('ops.created', { name: c.name, id: c.id }),
      tone: 'success',
      blocks: campaignBlocks(ctx, c),
      followUps: followUps(t, c.id),
      data: { campaign: c },
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['maj', 'update'],
  permission: 'manager',
  description: { fr: 'Modifier une opération', en: 'Edit a campaign' },
  examples: ['/campaign edit C-1 offer:"Audit gratuit" reps:"Alice, Karim"'],
  options: z.object({
    campaign: campaignRef(true),
    name: opt.text({ frName: 'nom', maxLength: 80, description: { fr: 'Nouveau nom', en: 'New name' } }),
    ...campaignFields,
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const c = resolveCampaign(tx, args.campaign);
    const { campaign: _ref, name, ...rest } = args;
    if (name === undefined && Object.values(rest).every((v) => v === undefined))
      throw new UserError('nothing_to_change', {}, 'campaign');
    if (name !== undefined) {
      const clash = findByRef(tx.campaigns, name);
      if (clash && clash.id !== c.id)
        throw new UserError('campaign_exists', { name: clash.name, id: clash.id }, 'name');
    }
    const next = { ...applyCampaignFields(c, rest, tx, ctx), ...(name !== undefined && { name }) };
    tx.campaigns.put(next);
    return reply({
      title: t('ops.updated', { name: next.name, id: next.id }),
      tone: 'success',
      blocks: campaignBlocks(ctx, next),
      data: { campaign: next },
    });
  },
});

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher'],
  description: {
    fr: 'Fiche d’une opération : cible, offre, objectifs, coûts',
    en: 'A campaign’s card: target, offer, objectives, costs',
  },
  examples: ['/campaign show C-1'],
  options: z.object({ campaign: campaignRef(false) }),
  handler(args, ctx) {
    const c = resolveCampaign(ctx.tx, args.campaign);
    return reply({
      title: `${c.name} (${c.id})`,
      blocks: campaignBlocks(ctx, c),
      followUps: [{ label: ctx.t('ops.followup_dashboard'), command: `/dashboard ${c.id}` }],
      data: { campaign: c },
    });
  },
});

const list = defineSubcommand({
  name: 'list',
  frName: 'liste',
  aliases: ['lister'],
  description: { fr: 'Les opérations de l’équipe', en: 'The team’s campaigns' },
  examples: ['/campaign list', '/campagne liste début:51'],
  options: z.object({ from: fromOption() }),
  handler(args, ctx) {
    const { tx, t, locale } = ctx;
    const counts = new Map<string, number>();
    for (const a of tx.activities.all())
      if (a.campaignId !== undefined) counts.set(a.campaignId, (counts.get(a.campaignId) ?? 0) + 1);
    const campaigns = tx.campaigns.all();
    const { shown, caption, page, pastEnd } = pageOf(
      ctx,
      { command: 'campaign', subcommand: 'list' },
      args,
      campaigns,
      50,
    );
    return reply({
      title: t('ops.list_title', { count: campaigns.length }),
      blocks: shown.length
        ? [
            table(
              [
                { label: t('field.id') },
                { label: t('field.name') },
                { label: t('ops.field_period') },
                { label: t('ops.field_methods') },
                { label: t('field.status') },
                { label: t('ops.col_activities'), align: 'right' },
              ],
              shown.map((c) => [
                c.id,
                c.name,
                periodText(ctx, c),
                (c.methods ?? []).map((m) => METHOD_LABELS[locale][m]).join(', '),
                t(c.status === 'closed' ? 'ops.status_closed' : 'ops.status_open'),
                ctx.fmt.integer(counts.get(c.id) ?? 0),
              ]),
              caption,
              page,
            ),
          ]
        : [text(pastEnd ?? t('ops.list_empty'))],
      data: { campaigns: campaigns.map((c) => ({ ...c, activityCount: counts.get(c.id) ?? 0 })) },
    });
  },
});

const close = defineSubcommand({
  name: 'close',
  frName: 'clore',
  aliases: ['cloturer', 'terminer', 'fermer'],
  permission: 'manager',
  description: {
    fr: 'Clore une opération, avec le verdict de rentabilité',
    en: 'Close a campaign, with its profitability verdict',
  },
  examples: ['/campaign close C-1 conclusion:"Objectif RDV atteint, CAC trop élevé"'],
  options: z.object({
    campaign: campaignRef(true),
    conclusion: opt.longText({
      maxLength: 2000,
      description: { fr: 'Conclusion (bilan de l’opération)', en: 'Conclusion (campaign review)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const c = resolveCampaign(tx, args.campaign);
    const next: Campaign = {
      ...c,
      status: 'closed',
      closedAt: ctx.today,
      ...(args.conclusion !== undefined && { conclusion: args.conclusion }),
    };
    tx.campaigns.put(next);
    const verdict = verdictOf(ctx, next);
    return reply({
      title: t('ops.closed', { name: next.name, id: next.id }),
      tone: 'success',
      blocks: [text(verdict.text), ...campaignBlocks(ctx, next)],
      followUps: [{ label: t('ops.followup_profitability'), command: `/profitability ${next.id}` }],
      data: { campaign: next, profitability: verdict.figures },
    });
  },
});

export default defineCommand({
  name: 'campaign',
  frName: 'campagne',
  aliases: ['operation', 'campagnes', 'campaigns'],
  description: {
    fr: 'Opérations de prospection : créer, objectifs, coûts, clore',
    en: 'Prospecting campaigns: create, objectives, costs, close',
  },
  subcommands: [create, edit, show, list, close, objectiveSubcommand, costSubcommand, ratesSubcommand],
});
