import { z } from 'zod';
import { personaIdsOf } from '../company/personas.ts';
import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { opt } from '../core/options.ts';
import { normalizeKey } from '../core/values.ts';
import type { Campaign, Member } from '../domain/entities.ts';
import { PROSPECT_TYPES } from '../domain/ids.ts';
import { requireByRef } from '../domain/lookup.ts';
import { requireMember } from '../domain/member-ref.ts';
import { CAMPAIGN_METHODS, type CampaignMethod } from '../domain/operation-ids.ts';
import { METHOD_ALIASES, METHOD_LABELS } from '../domain/operation-labels.ts';
import type { TeamView } from '../store/types.ts';

/** The campaign option: name or id, positional. */
export const campaignRef = <R extends boolean>(required: R) =>
  opt.text<R>({
    required,
    positional: true,
    frName: 'campagne',
    aliases: ['operation', 'id'],
    autocomplete: 'campaign',
    maxLength: 80,
    description: {
      fr: 'Opération (nom ou id C-1 ; la plus récente en cours par défaut)',
      en: 'Campaign (name or id C-1; the latest open one by default)',
    },
  });

/** The fields of a campaign that create and edit share. */
export const campaignFields = {
  from: opt.date({
    frName: 'du',
    aliases: ['debut', 'start'],
    description: { fr: 'Premier jour', en: 'First day' },
  }),
  to: opt.date({
    frName: 'au',
    aliases: ['fin', 'end'],
    description: { fr: 'Dernier jour', en: 'Last day' },
  }),
  methods: opt.text({
    frName: 'méthodes',
    aliases: ['methodes', 'methode', 'method'],
    maxLength: 200,
    description: {
      fr: 'Méthodes séparées par des virgules : phoning, porte-à-porte, salon…',
      en: 'Comma-separated methods: phoning, door to door, trade show…',
    },
  }),
  customer_type: opt.choice(PROSPECT_TYPES, {
    frName: 'clientèle',
    aliases: ['clientele', 'cible_type'],
    description: { fr: 'Clientèle visée : B2B ou B2C', en: 'Customer type: B2B or B2C' },
    choiceLabels: {
      fr: { b2b: 'professionnels (B2B)', b2c: 'particuliers (B2C)' },
      en: { b2b: 'businesses (B2B)', b2c: 'consumers (B2C)' },
    },
    choiceAliases: { b2b: ['pro', 'professionnels'], b2c: ['particuliers'] },
  }),
  sector: opt.text({
    frName: 'secteur',
    maxLength: 120,
    description: { fr: 'Persona : secteur', en: 'Persona: sector' },
  }),
  size: opt.text({
    frName: 'taille',
    maxLength: 120,
    description: { fr: 'Persona : taille', en: 'Persona: size' },
  }),
  area: opt.text({
    frName: 'zone',
    maxLength: 120,
    description: { fr: 'Persona : zone géographique', en: 'Persona: area' },
  }),
  decision_maker: opt.text({
    frName: 'décideur',
    aliases: ['decideur'],
    maxLength: 120,
    description: { fr: 'Persona : décideur visé', en: 'Persona: decision maker' },
  }),
  needs: opt.text({
    frName: 'besoins',
    maxLength: 300,
    description: { fr: 'Persona : besoins', en: 'Persona: needs' },
  }),
  personas: opt.text({
    aliases: ['persona', 'cibles'],
    maxLength: 300,
    description: {
      fr: 'Personas ciblés (noms ou ids PE-1, séparés par des virgules)',
      en: 'Target personas (names or ids PE-1, comma-separated)',
    },
  }),
  offer: opt.longText({
    frName: 'offre',
    maxLength: 500,
    description: { fr: 'Offre proposée', en: 'The offer' },
  }),
  reps: opt.text({
    frName: 'commerciaux',
    aliases: ['equipe', 'vendeurs'],
    maxLength: 500,
    description: {
      fr: 'Commerciaux affectés, séparés par des virgules',
      en: 'Assigned reps, comma-separated',
    },
  }),
  target_size: opt.integer({
    frName: 'taille_fichier',
    aliases: ['cibles', 'fichier'],
    min: 1,
    max: 1_000_000,
    description: { fr: 'Nombre de prospects ciblés (taille du fichier)', en: 'Target list size' },
  }),
};

export const campaignFieldsSchema = z.object(campaignFields);
export type CampaignFieldArgs = z.output<typeof campaignFieldsSchema>;

const methodIndex = new Map<string, CampaignMethod>();
for (const m of CAMPAIGN_METHODS)
  for (const w of [m, METHOD_LABELS.fr[m], METHOD_LABELS.en[m], ...METHOD_ALIASES[m]])
    methodIndex.set(normalizeKey(w.replace(/_/g, ' ')), m);

/** `phoning, porte-à-porte` → method ids, or a UserError listing the valid ones. */
export function parseMethods(typed: string, ctx: Pick<CommandContext, 'locale'>): CampaignMethod[] {
  const out: CampaignMethod[] = [];
  for (const word of typed
    .split(/[,;]/)
    .map((w) => w.trim())
    .filter(Boolean)) {
    const m =
      methodIndex.get(normalizeKey(word.replace(/[-_]/g, ' '))) ?? methodIndex.get(normalizeKey(word));
    if (!m) {
      const choices = CAMPAIGN_METHODS.map((id) => METHOD_LABELS[ctx.locale][id]).join(', ');
      throw new UserError('invalid_methods', { value: word, choices }, 'methods');
    }
    if (!out.includes(m)) out.push(m);
  }
  return out;
}

/** `Alice, Karim` → member ids (each must be in the team). */
export function parseReps(typed: string, view: TeamView): string[] {
  const ids: string[] = [];
  for (const word of typed
    .split(/[,;]/)
    .map((w) => w.trim())
    .filter(Boolean)) {
    const m: Member = requireMember(view.members, word, 'reps');
    if (!ids.includes(m.id)) ids.push(m.id);
  }
  return ids;
}

/** The campaign named, or the team's latest open one; a UserError when there is none. */
export function resolveCampaign(view: TeamView, ref: string | undefined): Campaign {
  if (ref !== undefined) return requireByRef(view.campaigns, ref, 'campaign_not_found', 'campaign');
  const open = view.campaigns.all().filter((c) => c.status !== 'closed');
  const pool = open.length > 0 ? open : view.campaigns.all();
  const latest = pool.sort((a, b) => (b.from ?? b.createdAt).localeCompare(a.from ?? a.createdAt))[0];
  if (!latest) throw new UserError('no_campaign', {}, 'campaign');
  return latest;
}

/** The campaign with the given fields applied (undefined leaves a field as it is). */
export function applyCampaignFields(
  c: Campaign,
  a: CampaignFieldArgs,
  view: TeamView,
  ctx: Pick<CommandContext, 'locale'>,
): Campaign {
  const target = {
    ...c.target,
    ...(a.customer_type !== undefined && { customerType: a.customer_type }),
    ...(a.sector !== undefined && { sector: a.sector }),
    ...(a.size !== undefined && { size: a.size }),
    ...(a.area !== undefined && { area: a.area }),
    ...(a.decision_maker !== undefined && { decisionMaker: a.decision_maker }),
    ...(a.needs !== undefined && { needs: a.needs }),
  };
  const next: Campaign = {
    ...c,
    ...(a.from !== undefined && { from: a.from }),
    ...(a.to !== undefined && { to: a.to }),
    ...(a.methods !== undefined && { methods: parseMethods(a.methods, ctx) }),
    ...(Object.keys(target).length > 0 && { target }),
    ...(a.offer !== undefined && { offer: a.offer }),
    ...(a.personas !== undefined && { personaIds: personaIdsOf({ tx: view }, a.personas, 'personas') }),
    ...(a.reps !== undefined && { repIds: parseReps(a.reps, view) }),
    ...(a.target_size !== undefined && { targetSize: a.target_size }),
  };
  if (next.from && next.to && next.from > next.to)
    throw new UserError('campaign_period_reversed', { from: next.from, to: next.to }, 'to');
  return next;
}
