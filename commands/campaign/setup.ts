import { z } from 'zod';
import { campaignRef, resolveCampaign } from '../../src/campaigns/campaign-options.ts';
import { campaignBlocks } from '../../src/campaigns/campaign-reply.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { fields, reply } from '../../src/core/reply.ts';
import type { Campaign, Objective } from '../../src/domain/entities.ts';
import { requireMember } from '../../src/domain/member-ref.ts';
import { COST_CATEGORIES, OBJECTIVE_METRICS } from '../../src/domain/operation-ids.ts';
import { CATEGORY_LABELS, METRIC_ALIASES, METRIC_LABELS } from '../../src/domain/operation-labels.ts';
import { operationsCollection, ratesOf } from '../../src/domain/operation-settings.ts';

const nextItemId = (items: readonly { id: string }[], prefix: string): string =>
  `${prefix}-${items.reduce((max, x) => Math.max(max, Number(x.id.slice(prefix.length + 1)) || 0), 0) + 1}`;

const itemRef = (fr: string, en: string) =>
  opt.text({ aliases: ['id'], maxLength: 12, description: { fr, en } });

export const objectiveSubcommand = defineSubcommand({
  name: 'objective',
  frName: 'objectif',
  aliases: ['objectifs', 'objectives'],
  permission: 'manager',
  description: {
    fr: 'Objectifs : ajouter, marquer atteint, retirer',
    en: 'Objectives: add, mark done, remove',
  },
  examples: [
    '/campaign objective add C-1 metric:appointments target:40',
    '/campaign objective add C-1 metric:signed target:2 per:week rep:Alice',
    '/campagne objectif add C-1 texte:"Recruter 3 prescripteurs"',
    '/campaign objective done C-1 objective:O-3 comment:"2 sur 3"',
  ],
  options: z.object({
    action: opt.choice(['add', 'done', 'undone', 'remove'], {
      required: true,
      positional: true,
      description: { fr: 'ajouter, atteint, non atteint, retirer', en: 'add, done, undone, remove' },
      choiceLabels: {
        fr: { add: 'ajouter', done: 'atteint', undone: 'non atteint', remove: 'retirer' },
        en: { add: 'add', done: 'done', undone: 'not done', remove: 'remove' },
      },
      choiceAliases: {
        add: ['ajouter', 'nouveau'],
        done: ['atteint', 'fait'],
        undone: ['non-atteint'],
        remove: ['retirer', 'supprimer'],
      },
    }),
    campaign: campaignRef(false),
    metric: opt.choice(OBJECTIVE_METRICS, {
      frName: 'indicateur',
      aliases: ['mesure'],
      description: {
        fr: 'Objectif chiffré : RDV, visites, signatures, CA…',
        en: 'Quantitative: appointments, visits, signed…',
      },
      choiceLabels: METRIC_LABELS,
      choiceAliases: METRIC_ALIASES,
    }),
    target: opt.number({
      frName: 'cible',
      aliases: ['objectif', 'valeur'],
      min: 0,
      description: { fr: 'Valeur visée', en: 'Target value' },
    }),
    per: opt.choice(['campaign', 'week'], {
      frName: 'par',
      description: {
        fr: 'Sur l’opération (défaut) ou par semaine',
        en: 'Over the campaign (default) or per week',
      },
      choiceLabels: {
        fr: { campaign: 'opération', week: 'semaine' },
        en: { campaign: 'campaign', week: 'week' },
      },
      choiceAliases: { campaign: ['operation', 'total'], week: ['semaine', 'hebdo'] },
    }),
    rep: opt.text({
      frName: 'commercial',
      autocomplete: 'rep',
      description: { fr: 'Pour un commercial (équipe par défaut)', en: 'For one rep (team by default)' },
    }),
    text: opt.text({
      frName: 'texte',
      maxLength: 300,
      description: { fr: 'Objectif qualitatif (texte)', en: 'Qualitative objective (text)' },
    }),
    objective: itemRef('Objectif visé (O-3)', 'Objective (O-3)'),
    comment: opt.text({
      frName: 'commentaire',
      maxLength: 500,
      description: { fr: 'Commentaire (atteint ou non)', en: 'Comment (done or not)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const c = resolveCampaign(tx, args.campaign);
    const objectives = [...(c.objectives ?? [])];
    let message: string;
    if (args.action === 'add') {
      const id = nextItemId(objectives, 'O');
      let o: Objective;
      if (args.metric !== undefined) {
        if (args.target === undefined) throw new UserError('objective_target_missing', {}, 'target');
        const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
        o = {
          id,
          kind: 'quantitative',
          metric: args.metric,
          target: args.target,
          per: args.per ?? 'campaign',
          ...(rep && { repId: rep.id }),
        };
      } else if (args.text !== undefined) {
        o = { id, kind: 'qualitative', text: args.text, done: false };
      } else throw new UserError('objective_kind_missing', {}, 'metric');
      objectives.push(o);
      message = t('ops.objective_added', { id });
    } else {
      if (args.objective === undefined) throw new UserError('objective_ref_missing', {}, 'objective');
      const ref = args.objective.trim().toUpperCase();
      const i = objectives.findIndex((o) => o.id === ref);
      const found = objectives[i];
      if (!found)
        throw new UserError(
          'objective_not_found',
          { value: args.objective, ids: objectives.map((o) => o.id).join(', ') || '—' },
          'objective',
        );
      if (args.action === 'remove') {
        objectives.splice(i, 1);
        message = t('ops.objective_removed', { id: ref });
      } else {
        if (found.kind !== 'qualitative')
          throw new UserError('objective_not_qualitative', { id: ref }, 'objective');
        objectives[i] = {
          ...found,
          done: args.action === 'done',
          ...(args.comment !== undefined && { comment: args.comment }),
        };
        message = t(args.action === 'done' ? 'ops.objective_done' : 'ops.objective_undone', { id: ref });
      }
    }
    const next: Campaign = { ...c, objectives };
    tx.campaigns.put(next);
    return reply({
      title: message,
      tone: 'success',
      blocks: campaignBlocks(ctx, next),
      followUps: [{ label: t('ops.followup_dashboard'), command: `/dashboard ${c.id}` }],
      data: { campaign: next },
    });
  },
});

export const costSubcommand = defineSubcommand({
  name: 'cost',
  frName: 'coût',
  aliases: ['cout', 'couts', 'costs', 'frais'],
  permission: 'manager',
  description: {
    fr: 'Coûts fixes : fichier, stand, goodies, outils, publicité',
    en: 'Fixed costs: file, stand, goodies, tools, ads',
  },
  examples: [
    '/campaign cost add C-1 label:"Stand salon" amount:1800 category:stand',
    '/campaign cost remove C-1 cost:F-2',
  ],
  options: z.object({
    action: opt.choice(['add', 'remove'], {
      required: true,
      positional: true,
      description: { fr: 'ajouter ou retirer', en: 'add or remove' },
      choiceLabels: { fr: { add: 'ajouter', remove: 'retirer' }, en: { add: 'add', remove: 'remove' } },
      choiceAliases: { add: ['ajouter'], remove: ['retirer', 'supprimer'] },
    }),
    campaign: campaignRef(false),
    label: opt.text({
      frName: 'libellé',
      aliases: ['libelle', 'poste'],
      maxLength: 80,
      description: { fr: 'Libellé du coût', en: 'Cost label' },
    }),
    amount: opt.money({ frName: 'montant', description: { fr: 'Montant HT', en: 'Amount excl. tax' } }),
    category: opt.choice(COST_CATEGORIES, {
      frName: 'catégorie',
      aliases: ['categorie', 'type'],
      description: { fr: 'Catégorie (autre par défaut)', en: 'Category (other by default)' },
      choiceLabels: CATEGORY_LABELS,
      choiceAliases: {
        file: ['fichier'],
        stand: [],
        goodies: ['objets'],
        tools: ['outil', 'logiciel'],
        ads: ['pub', 'publicite'],
        other: ['autre'],
      },
    }),
    cost: itemRef('Coût à retirer (F-2)', 'Cost to remove (F-2)'),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const c = resolveCampaign(tx, args.campaign);
    const costs = [...(c.costs ?? [])];
    let message: string;
    if (args.action === 'add') {
      if (args.label === undefined)
        throw new UserError('missing_option', { option: ctx.locale === 'fr' ? 'libellé' : 'label' }, 'label');
      if (args.amount === undefined)
        throw new UserError(
          'missing_option',
          { option: ctx.locale === 'fr' ? 'montant' : 'amount' },
          'amount',
        );
      const id = nextItemId(costs, 'F');
      costs.push({ id, label: args.label, amount: args.amount, category: args.category ?? 'other' });
      message = t('ops.cost_added', { id, amount: ctx.fmt.money(args.amount) });
    } else {
      const ref = (args.cost ?? '').trim().toUpperCase();
      const i = costs.findIndex((x) => x.id === ref);
      if (i < 0)
        throw new UserError(
          'cost_not_found',
          { value: args.cost ?? '', ids: costs.map((x) => x.id).join(', ') || '—' },
          'cost',
        );
      costs.splice(i, 1);
      message = t('ops.cost_removed', { id: ref });
    }
    const next: Campaign = { ...c, costs };
    tx.campaigns.put(next);
    return reply({
      title: message,
      tone: 'success',
      blocks: campaignBlocks(ctx, next),
      followUps: [{ label: t('ops.followup_profitability'), command: `/profitability ${c.id}` }],
      data: { campaign: next },
    });
  },
});

export const ratesSubcommand = defineSubcommand({
  name: 'rates',
  frName: 'taux',
  aliases: ['couts-unitaires', 'tarifs'],
  permission: 'manager',
  description: {
    fr: 'Coût horaire chargé, indemnité km, taux de marque',
    en: 'Loaded hourly cost, km rate, markup rate',
  },
  examples: [
    '/campaign rates hourly_cost:32 km_rate:0,6 markup:35',
    '/campaign rates rep:Alice hourly_cost:38',
  ],
  options: z.object({
    hourly_cost: opt.money({
      frName: 'coût_horaire',
      aliases: ['cout_horaire'],
      max: 1000,
      description: { fr: 'Coût horaire chargé d’un commercial (€ HT)', en: 'Loaded hourly cost of a rep' },
    }),
    rep: opt.text({
      frName: 'commercial',
      autocomplete: 'rep',
      description: { fr: 'Coût horaire propre à ce commercial', en: 'Hourly cost for this rep only' },
    }),
    km_rate: opt.money({
      frName: 'indemnité_km',
      aliases: ['indemnite_km', 'km'],
      max: 10,
      description: { fr: 'Coût d’un kilomètre (€)', en: 'Cost of one km' },
    }),
    markup: opt.number({
      frName: 'taux_de_marque',
      aliases: ['marque', 'markup_rate'],
      min: 0,
      max: 99.99,
      description: { fr: 'Taux de marque en % (marge / CA HT)', en: 'Markup rate in % (margin / revenue)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const col = tx.collection(operationsCollection);
    const current = col.get('team');
    const changed = Object.values(args).some((v) => v !== undefined);
    if (changed) {
      const rep = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
      if (rep && args.hourly_cost === undefined)
        throw new UserError('rates_rep_needs_cost', {}, 'hourly_cost');
      col.put({
        ...current,
        id: 'team',
        ...(args.hourly_cost !== undefined && !rep && { hourlyCost: args.hourly_cost }),
        ...(rep &&
          args.hourly_cost !== undefined && {
            repHourlyCosts: { ...current?.repHourlyCosts, [rep.id]: args.hourly_cost },
          }),
        ...(args.km_rate !== undefined && { kmRate: args.km_rate }),
        ...(args.markup !== undefined && { markupRate: args.markup / 100 }),
        updatedAt: ctx.now.toISOString(),
      });
    }
    const r = ratesOf(tx);
    const reps = Object.entries(r.repHourlyCosts).map(
      ([id, v]) => `${tx.members.get(id)?.displayName ?? id} ${fmt.money(v)}`,
    );
    return reply({
      title: t(changed ? 'ops.rates_saved' : 'ops.rates_title'),
      tone: changed ? 'success' : 'info',
      blocks: [
        fields([
          { label: t('ops.rate_hourly'), value: fmt.money(r.hourlyCost), inline: true },
          { label: t('ops.rate_km'), value: fmt.money(r.kmRate), inline: true },
          {
            label: t('ops.rate_markup'),
            value: r.markupRate === null ? t('ops.markup_unset') : fmt.percent(r.markupRate),
            inline: true,
          },
          ...(reps.length ? [{ label: t('ops.rate_reps'), value: reps.join(', ') }] : []),
        ]),
      ],
      data: { rates: r },
    });
  },
});
