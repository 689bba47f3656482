import { z } from 'zod';
import { addRole, editRole, removeRole, requireRole } from '../src/company/org-chart.ts';
import { orgChartReply } from '../src/company/org-chart-reply.ts';
import { type CompanyProfile, companyCollection, sirenProblem } from '../src/company/profile.ts';
import { OPTION_FIELD, type ProfileOption, profileOptions } from '../src/company/profile-options.ts';
import { profileBlocks } from '../src/company/profile-view.ts';
import { defineCommand, defineSubcommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { displayName, opt } from '../src/core/options.ts';
import { reply } from '../src/core/reply.ts';
import { guardConfirmOption, guardField } from '../src/privacy/guard-note.ts';

const show = defineSubcommand({
  name: 'show',
  frName: 'voir',
  aliases: ['fiche', 'afficher', 'profil'],
  description: {
    fr: 'Le profil de l’entreprise : identité, activité, 4P, relation client',
    en: 'The company profile: identity, activity, 4P, customer relationship',
  },
  examples: ['/company show', '/entreprise voir'],
  options: z.object({}),
  handler(_args, ctx) {
    const profile = ctx.tx.collection(companyCollection).get('team');
    return reply({
      title: profile?.name ?? ctx.t('company.title'),
      blocks: profileBlocks(ctx, profile),
      followUps: [
        { label: ctx.t('company.followup_org'), command: '/company role list' },
        { label: ctx.t('company.followup_personas'), command: '/persona list' },
      ],
      data: { company: profile ?? null },
    });
  },
});

const edit = defineSubcommand({
  name: 'edit',
  frName: 'modifier',
  aliases: ['maj', 'update', 'set'],
  permission: 'manager',
  description: {
    fr: 'Renseigner le profil de l’entreprise (managers)',
    en: 'Fill in the company profile (managers)',
  },
  examples: [
    '/company edit name:"Durand Énergies" legal_form:SAS siren:"732 829 320" headcount:42',
    '/entreprise modifier prix:"Milieu de gamme, devis gratuit" fidélisation:"Contrat d’entretien annuel"',
  ],
  options: z.object(profileOptions),
  handler(args, ctx) {
    const collection = ctx.tx.collection(companyCollection);
    const given = (Object.keys(OPTION_FIELD) as ProfileOption[]).filter((o) => args[o] !== undefined);
    if (given.length === 0) throw new UserError('nothing_to_change', {}, 'name');
    if (args.siren !== undefined) {
      const problem = sirenProblem(args.siren);
      if (problem) throw new UserError(problem, { value: args.siren }, 'siren');
    }
    const year = Number(ctx.today.slice(0, 4));
    if (args.founded !== undefined && args.founded > year)
      throw new UserError(
        'company_founded_future',
        { value: args.founded, option: displayName({ name: 'founded', frName: 'création' }, ctx.locale) },
        'founded',
      );
    const before = collection.get('team');
    const next: CompanyProfile = {
      ...before,
      id: 'team',
      updatedAt: ctx.now.toISOString(),
      updatedBy: ctx.member.id,
    };
    for (const option of given) Object.assign(next, { [OPTION_FIELD[option]]: args[option] });
    collection.put(next);
    return reply({
      tone: 'success',
      title: ctx.t('company.saved'),
      blocks: profileBlocks(ctx, next),
      data: { company: next, changed: given.map((o) => OPTION_FIELD[o]) },
    });
  },
});

const ROLE_ACTIONS = ['list', 'add', 'edit', 'remove'] as const;

const role = defineSubcommand({
  name: 'role',
  frName: 'poste',
  aliases: ['organigramme', 'org', 'roles', 'postes'],
  slow: true,
  description: {
    fr: 'L’organigramme : lister (image), ajouter, modifier, retirer une personne',
    en: 'The org chart: list (image), add, edit or remove a person',
  },
  examples: [
    '/company role add name:"Claire Morel" title:"Gérante"',
    '/entreprise poste ajouter nom:"Hugo Petit" fonction:"Commercial terrain" rattaché_à:"Claire Morel"',
    '/company role list',
  ],
  options: z.object({
    action: opt.choice(ROLE_ACTIONS, {
      positional: true,
      description: {
        fr: 'Lister (par défaut), ajouter, modifier ou retirer',
        en: 'List (default), add, edit or remove',
      },
      choiceLabels: {
        fr: { list: 'liste', add: 'ajouter', edit: 'modifier', remove: 'retirer' },
        en: { list: 'list', add: 'add', edit: 'edit', remove: 'remove' },
      },
      choiceAliases: {
        list: ['liste', 'lister', 'voir', 'show'],
        add: ['ajouter', 'nouveau', 'new'],
        edit: ['modifier', 'maj', 'update'],
        remove: ['retirer', 'supprimer', 'delete'],
      },
    }),
    name: opt.text({
      frName: 'nom',
      aliases: ['personne', 'person'],
      maxLength: 80,
      description: { fr: 'La personne (nom, ou id R-2)', en: 'The person (name, or id R-2)' },
    }),
    title: opt.text({
      frName: 'fonction',
      aliases: ['titre', 'poste', 'job'],
      maxLength: 80,
      description: { fr: 'Sa fonction (Gérant, Commercial…)', en: 'Job title (Manager, Sales rep…)' },
    }),
    reports_to: opt.text({
      frName: 'rattaché_à',
      aliases: ['rattache_a', 'rattache', 'manager', 'n_plus_1', 'superieur'],
      maxLength: 80,
      description: {
        fr: 'À qui la personne rend compte (nom ou id)',
        en: 'Who the person reports to (name or id)',
      },
    }),
    confirm: guardConfirmOption(),
  }),
  async handler(args, ctx) {
    const action = args.action ?? 'list';
    if (action === 'list') return orgChartReply(ctx);
    if (ctx.member.role === 'rep') throw new UserError('forbidden', { role: ctx.t('role.manager') });
    const need = (value: string | undefined, name: string, frName: string): string => {
      if (value !== undefined) return value;
      throw new UserError('missing_option', { option: displayName({ name, frName }, ctx.locale) }, name);
    };
    const name = need(args.name, 'name', 'nom');
    guardField(ctx, 'title', args.title, args.confirm);
    let saved: string;
    if (action === 'add') {
      const added = addRole(ctx, {
        name,
        title: need(args.title, 'title', 'fonction'),
        reportsTo: args.reports_to,
      });
      saved = ctx.t('company.role_added', { name: added.name, id: added.id });
    } else if (action === 'edit') {
      if (args.title === undefined && args.reports_to === undefined)
        throw new UserError('nothing_to_change', {}, 'title');
      const edited = editRole(ctx, requireRole(ctx, name, 'name'), {
        title: args.title,
        reportsTo: args.reports_to,
      });
      saved = ctx.t('company.role_edited', { name: edited.name, id: edited.id });
    } else {
      const removed = requireRole(ctx, name, 'name');
      const moved = removeRole(ctx, removed);
      saved = ctx.t('company.role_removed', { name: removed.name, id: removed.id, moved: moved.length });
    }
    const chart = orgChartReply(ctx);
    return { ...chart, tone: 'success', title: saved };
  },
});

export default defineCommand({
  name: 'company',
  frName: 'entreprise',
  aliases: ['societe', 'profil'],
  description: {
    fr: 'Le profil de l’entreprise, son marchéage (4P) et son organigramme',
    en: 'The company profile, marketing mix (4P) and org chart',
  },
  subcommands: [show, edit, role],
});
