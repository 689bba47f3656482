import { z } from 'zod';
import { recordAudit } from '../src/audit/record.ts';
import { defineCommand } from '../src/core/command.ts';
import { UserError } from '../src/core/errors.ts';
import { opt } from '../src/core/options.ts';
import { fields, reply } from '../src/core/reply.ts';
import { LOCALES } from '../src/domain/ids.ts';

/**
 * `discord:123, discord:456` → those group ids (channels turn their role mentions into group ids
 * before dispatch); `none`/`aucun` clears the list.
 */
function parseManagerRoles(text: string): string[] {
  if (/^(none|aucun|aucune|-)$/i.test(text.trim())) return [];
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  if (parts.length > 25)
    throw new UserError('invalid_manager_role', { value: parts.slice(25).join(' ') }, 'manager_roles');
  for (const p of parts) {
    if (!/^[a-z][a-z0-9-]*:[\w.-]{1,100}$/.test(p))
      throw new UserError('invalid_manager_role', { value: p }, 'manager_roles');
  }
  return parts;
}

const validZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export default defineCommand({
  name: 'settings',
  frName: 'réglages',
  aliases: ['parametres', 'reglages', 'config'],
  description: {
    fr: 'Langue, fuseau horaire et devise de l’équipe',
    en: 'Team language, time zone and currency',
  },
  examples: ['/settings', '/réglages langue:en', '/settings timezone:America/Montreal currency:CAD'],
  options: z.object({
    locale: opt.choice(LOCALES, {
      frName: 'langue',
      aliases: ['language', 'lang'],
      description: { fr: 'Langue par défaut de l’équipe', en: 'Team default language' },
      choiceLabels: { fr: { fr: 'français', en: 'anglais' }, en: { fr: 'French', en: 'English' } },
      choiceAliases: { fr: ['francais', 'french'], en: ['anglais', 'english'] },
    }),
    timezone: opt.text({
      frName: 'fuseau',
      aliases: ['tz', 'fuseau_horaire'],
      description: { fr: 'Fuseau horaire IANA (Europe/Paris)', en: 'IANA time zone (Europe/Paris)' },
    }),
    manager_roles: opt.text({
      frName: 'rôles_managers',
      aliases: ['roles_managers', 'manager_role', 'managers'],
      maxLength: 1000,
      mentions: 'roles',
      description: {
        fr: 'Rôles Discord des managers (@Rôle, séparés par des virgules ; « aucun » pour vider)',
        en: 'Discord roles of managers (@Role, comma-separated; “none” to clear)',
      },
    }),
    currency: opt.text({
      frName: 'devise',
      aliases: ['monnaie'],
      description: { fr: 'Devise ISO 4217 (EUR)', en: 'ISO 4217 currency (EUR)' },
    }),
  }),
  handler(args, ctx) {
    const { tx, t } = ctx;
    const changing =
      args.locale !== undefined ||
      args.timezone !== undefined ||
      args.currency !== undefined ||
      args.manager_roles !== undefined;
    let settings = tx.team.settings;
    if (changing) {
      if (ctx.member.role === 'rep') throw new UserError('forbidden', { role: t('role.manager') });
      if (args.timezone !== undefined && !validZone(args.timezone))
        throw new UserError('invalid_timezone', { value: args.timezone }, 'timezone');
      const currency = args.currency?.toUpperCase();
      if (currency !== undefined && !/^[A-Z]{3}$/.test(currency))
        throw new UserError('invalid_currency', { value: args.currency ?? '' }, 'currency');
      const managerGroups =
        args.manager_roles === undefined ? undefined : parseManagerRoles(args.manager_roles);
      settings = {
        ...settings,
        ...(managerGroups && { managerGroups }),
        ...(args.locale && { locale: args.locale }),
        ...(args.timezone && { timeZone: args.timezone }),
        ...(currency && { currency }),
      };
      tx.setTeam({ ...tx.team, settings });
      const changed = ['locale', 'timezone', 'currency', 'manager_roles'].filter(
        (k) => args[k as keyof typeof args] !== undefined,
      );
      recordAudit(tx, {
        action: args.manager_roles !== undefined ? 'role_change' : 'settings',
        actorId: ctx.member.id,
        at: ctx.now,
        counts: Object.fromEntries(changed.map((k) => [k, 1])),
      });
    }
    return reply({
      title: changing ? t('settings.saved') : t('settings.title', { team: tx.team.name }),
      tone: changing ? 'success' : 'info',
      blocks: [
        fields([
          { label: t('settings.locale'), value: settings.locale, inline: true },
          { label: t('settings.timezone'), value: settings.timeZone, inline: true },
          { label: t('settings.currency'), value: settings.currency, inline: true },
          {
            label: t('settings.manager_roles'),
            value:
              (settings.managerGroups ?? []).map((g) => `<@&${g.replace(/^discord:/, '')}>`).join(', ') ||
              '—',
            inline: true,
          },
        ]),
      ],
      data: { settings },
    });
  },
});
