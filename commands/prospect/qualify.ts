import { z } from 'zod';
import type { CommandContext } from '../../src/core/command.ts';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { fields, reply, table } from '../../src/core/reply.ts';
import type { Prospect } from '../../src/domain/entities.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { BANT, type Criterion } from '../../src/domain/operation-ids.ts';
import { CRITERION_LABELS, PRIORITY_LABELS } from '../../src/domain/operation-labels.ts';
import { operationsCollection, ratesOf } from '../../src/domain/operation-settings.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';
import { missingCriteria, qualify } from '../../src/qualification/qualify.ts';

const prospectRef = opt.text({
  required: true,
  positional: true,
  autocomplete: 'prospect',
  aliases: ['id', 'nom', 'name', 'client'],
  description: { fr: 'Prospect (nom ou id P-12)', en: 'Prospect (name or id P-12)' },
});

const level = (o: { frName?: string; aliases?: string[]; fr: string; en: string }) =>
  opt.integer({
    min: 0,
    max: 3,
    ...(o.frName && { frName: o.frName }),
    ...(o.aliases && { aliases: o.aliases }),
    description: { fr: o.fr, en: o.en },
  });

/** The grid's weights and thresholds as a table (shown by qualify and grid). */
function gridTable(ctx: Pick<CommandContext, 't' | 'fmt' | 'locale'>, r: ReturnType<typeof ratesOf>) {
  const { t, fmt, locale } = ctx;
  return table(
    [{ label: t('ops.col_criterion') }, { label: t('ops.col_weight'), align: 'right' }],
    BANT.map((c) => [CRITERION_LABELS[locale][c], fmt.number(r.weights[c])]),
    t('ops.grid_caption', { hot: fmt.number(r.hotFrom), warm: fmt.number(r.warmFrom) }),
  );
}

export const qualifySubcommand = defineSubcommand({
  name: 'qualify',
  frName: 'qualifier',
  aliases: ['score', 'bant'],
  description: {
    fr: 'Qualifier un prospect (grille BANT, 0 à 3) : score et priorité',
    en: 'Qualify a prospect (BANT grid, 0–3): score and priority',
  },
  examples: [
    '/prospect qualify P-12 budget:2 authority:3 need:3 timing:1',
    '/prospect qualifier "Garage Dupont" budget:1 autorité:2 besoin:3 délai:2',
  ],
  options: z.object({
    prospect: prospectRef,
    budget: level({ fr: 'Budget : 0 aucun … 3 validé', en: 'Budget: 0 none … 3 approved' }),
    authority: level({
      frName: 'autorité',
      aliases: ['autorite', 'decideur'],
      fr: 'Autorité : 0 aucune … 3 décideur rencontré',
      en: 'Authority: 0 none … 3 decision maker met',
    }),
    need: level({
      frName: 'besoin',
      fr: 'Besoin : 0 aucun … 3 urgent et exprimé',
      en: 'Need: 0 none … 3 urgent and stated',
    }),
    timing: level({
      frName: 'délai',
      aliases: ['delai', 'echeance'],
      fr: 'Délai : 0 aucun … 3 achat sous 3 mois',
      en: 'Timing: 0 none … 3 buying within 3 months',
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt, locale } = ctx;
    const p = requireByRef(
      tx.prospects,
      resolveProspectRef(tx, args.prospect),
      'prospect_not_found',
      'prospect',
    );
    const grid = ratesOf(tx);
    const scores: Partial<Record<Criterion, number>> = { ...p.qualification?.scores };
    for (const c of BANT) if (args[c] !== undefined) scores[c] = args[c];
    const missing = missingCriteria(scores, grid);
    if (missing.length)
      throw new UserError(
        'qualification_incomplete',
        { criteria: missing.map((c) => CRITERION_LABELS[locale][c]).join(', ') },
        missing[0],
      );
    const q = qualify(scores, grid);
    if (!q) throw new UserError('grid_all_zero', {}, 'prospect');
    const next: Prospect = {
      ...p,
      qualification: { scores, score: q.score, priority: q.priority, at: ctx.today, by: ctx.member.id },
    };
    tx.prospects.put(next);
    return reply({
      title: t('ops.qualified', { name: p.name, id: p.id, priority: PRIORITY_LABELS[locale][q.priority] }),
      tone: 'success',
      blocks: [
        fields([
          { label: t('ops.score'), value: `${fmt.number(q.score, 1)} / 100`, inline: true },
          { label: t('ops.priority'), value: PRIORITY_LABELS[locale][q.priority], inline: true },
          ...BANT.map((c) => ({
            label: CRITERION_LABELS[locale][c],
            value: scores[c] === undefined ? '—' : `${scores[c]} / 3`,
            inline: true,
          })),
        ]),
        gridTable(ctx, grid),
      ],
      followUps: [{ label: t('ops.followup_hot'), command: '/prospect list priority:hot' }],
      data: { prospect: next, score: q.score, priority: q.priority, weights: grid.weights },
    });
  },
});

export const gridSubcommand = defineSubcommand({
  name: 'grid',
  frName: 'grille',
  aliases: ['ponderation', 'weights'],
  permission: 'manager',
  description: {
    fr: 'Grille de qualification : poids BANT et seuils chaud / tiède',
    en: 'Qualification grid: BANT weights and hot / warm thresholds',
  },
  examples: ['/prospect grid', '/prospect grille budget:2 besoin:3 chaud:75 tiède:45'],
  options: z.object({
    budget: opt.number({
      min: 0,
      max: 10,
      description: {
        fr: 'Poids du budget (1 par défaut ; 0 l’ignore)',
        en: 'Weight of budget (default 1; 0 ignores it)',
      },
    }),
    authority: opt.number({
      frName: 'autorité',
      aliases: ['autorite'],
      min: 0,
      max: 10,
      description: { fr: 'Poids de l’autorité', en: 'Weight of authority' },
    }),
    need: opt.number({
      frName: 'besoin',
      min: 0,
      max: 10,
      description: { fr: 'Poids du besoin', en: 'Weight of need' },
    }),
    timing: opt.number({
      frName: 'délai',
      aliases: ['delai'],
      min: 0,
      max: 10,
      description: { fr: 'Poids du délai', en: 'Weight of timing' },
    }),
    hot: opt.number({
      frName: 'chaud',
      min: 0,
      max: 100,
      description: {
        fr: 'Score (0–100) à partir duquel un prospect est chaud (70)',
        en: 'Score (0–100) from which a prospect is hot (70)',
      },
    }),
    warm: opt.number({
      frName: 'tiède',
      aliases: ['tiede'],
      min: 0,
      max: 100,
      description: { fr: 'Score à partir duquel il est tiède (40)', en: 'Score from which it is warm (40)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const col = tx.collection(operationsCollection);
    const current = col.get('team');
    const changed = Object.values(args).some((v) => v !== undefined);
    if (changed) {
      const weights = { ...ratesOf(tx).weights };
      for (const c of BANT) if (args[c] !== undefined) weights[c] = args[c];
      if (BANT.every((c) => weights[c] === 0)) throw new UserError('grid_all_zero', {}, 'budget');
      const hot = args.hot ?? current?.hotFrom ?? 70;
      const warm = args.warm ?? current?.warmFrom ?? 40;
      if (warm > hot) throw new UserError('grid_thresholds', { hot, warm }, 'warm');
      col.put({
        ...current,
        id: 'team',
        weights,
        hotFrom: hot,
        warmFrom: warm,
        updatedAt: ctx.now.toISOString(),
      });
    }
    const r = ratesOf(tx);
    return reply({
      title: t(changed ? 'ops.grid_saved' : 'ops.grid_title'),
      tone: changed ? 'success' : 'info',
      blocks: [gridTable(ctx, r)],
      data: { weights: r.weights, hotFrom: r.hotFrom, warmFrom: r.warmFrom },
    });
  },
});

export const locateSubcommand = defineSubcommand({
  name: 'locate',
  frName: 'localiser',
  aliases: ['coordonnees', 'gps'],
  description: {
    fr: 'Coordonnées d’un prospect (pour les tournées)',
    en: 'A prospect’s coordinates (for visit rounds)',
  },
  examples: ['/prospect locate P-12 lat:45.7578 lon:4.8320'],
  options: z.object({
    prospect: prospectRef,
    lat: opt.number({
      required: true,
      min: -90,
      max: 90,
      description: { fr: 'Latitude (degrés décimaux)', en: 'Latitude (decimal degrees)' },
    }),
    lon: opt.number({
      required: true,
      min: -180,
      max: 180,
      description: { fr: 'Longitude (degrés décimaux)', en: 'Longitude (decimal degrees)' },
    }),
  }),
  handler(args, ctx) {
    const p = requireByRef(
      ctx.tx.prospects,
      resolveProspectRef(ctx.tx, args.prospect),
      'prospect_not_found',
      'prospect',
    );
    const next: Prospect = { ...p, lat: args.lat, lon: args.lon };
    ctx.tx.prospects.put(next);
    return reply({
      title: ctx.t('ops.located', { name: p.name, id: p.id }),
      tone: 'success',
      blocks: [
        fields([
          { label: ctx.t('ops.latitude'), value: String(args.lat), inline: true },
          { label: ctx.t('ops.longitude'), value: String(args.lon), inline: true },
        ]),
      ],
      data: { prospect: next },
    });
  },
});
