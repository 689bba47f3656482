import { diagramHeight, networkLayoutOf } from '../charts/diagram-config.ts';
import type { NetworkChartSpec } from '../charts/diagram-spec.ts';
import type { ChartSpecInput } from '../charts/spec.ts';
import type { CommandContext } from '../core/command.ts';
import { type Block, type Field, fields } from '../core/reply.ts';
import { canSee } from './access.ts';
import { NETWORK_TYPES, type NetworkContact, networkCollection } from './entities.ts';
import { MEANS_LABELS, TYPE_LABELS } from './options.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt' | 'tx' | 'member' | 'locale'>;

export type Scope = 'mine' | 'team';

/** The contacts a scope covers, each with the label this member may see (others' personal ones masked). */
export function contactsIn(
  ctx: Ctx,
  scope: Scope,
): { contact: NetworkContact; label: string; masked: boolean }[] {
  return ctx.tx
    .collection(networkCollection)
    .all()
    .filter((c) => scope === 'team' || c.ownerId === ctx.member.id)
    .map((contact) => {
      const masked = !canSee(ctx, contact);
      const owner = ctx.tx.members.get(contact.ownerId)?.displayName ?? contact.ownerId;
      return { contact, masked, label: masked ? ctx.t('network.masked', { owner }) : contact.name };
    });
}

export const typeLabel = (ctx: Pick<CommandContext, 'locale'>, c: Pick<NetworkContact, 'type'>): string =>
  TYPE_LABELS[ctx.locale][c.type];

export const strengthText = (ctx: Pick<CommandContext, 't'>, strength: number): string =>
  ctx.t(`network.strength.${strength as 1 | 2 | 3}`);

/** A contact's card. */
export function contactBlocks(ctx: Ctx, c: NetworkContact): Block[] {
  const { t, fmt, locale, tx } = ctx;
  const prospect = c.prospectId ? tx.prospects.get(c.prospectId) : undefined;
  const f: Field[] = [
    { label: t('network.field.type'), value: typeLabel(ctx, c), inline: true },
    { label: t('network.field.strength'), value: strengthText(ctx, c.strength), inline: true },
    { label: t('network.field.organisation'), value: c.organisation ?? '—', inline: true },
    ...(c.means
      ? [{ label: t('network.field.means'), value: MEANS_LABELS[locale][c.means], inline: true }]
      : []),
    ...(c.lastExchange
      ? [{ label: t('network.field.last_exchange'), value: fmt.date(c.lastExchange), inline: true }]
      : []),
    ...(c.howMet ? [{ label: t('network.field.how_met'), value: c.howMet }] : []),
    ...(c.purpose ? [{ label: t('network.field.purpose'), value: c.purpose }] : []),
    ...(c.prospectId
      ? [
          {
            label: t('network.field.prospect'),
            value: prospect ? `${prospect.name} (${prospect.id})` : c.prospectId,
          },
        ]
      : []),
    {
      label: t('network.field.owner'),
      value: tx.members.get(c.ownerId)?.displayName ?? c.ownerId,
      inline: true,
    },
  ];
  return [fields(f)];
}

const WIDTH = 1024;

/** The network map: the rep (or team) at the centre, a quadrant per type, closer for stronger links. */
export function networkMapSpec(
  ctx: Ctx,
  contacts: readonly { contact: NetworkContact; label: string; masked: boolean }[],
  centre: string,
): ChartSpecInput {
  const { t, locale } = ctx;
  const counts = NETWORK_TYPES.map((type) => contacts.filter((c) => c.contact.type === type).length);
  const base: Omit<NetworkChartSpec, 'height'> = {
    type: 'network',
    title: t('network.map_title', { name: centre }),
    subtitle: t('network.map_subtitle', { count: contacts.length }),
    alt: '',
    locale,
    currency: 'EUR',
    width: WIDTH,
    center: centre,
    sectors: NETWORK_TYPES.map((type) => ({ label: t(`network.type.${type}`) })),
    rings: [t('network.strength.3'), t('network.strength.2'), t('network.strength.1')],
    nodes: contacts.map(({ contact, label, masked }) => ({
      label,
      ...(!masked && contact.organisation && { sublabel: contact.organisation }),
      sector: NETWORK_TYPES.indexOf(contact.type),
      ring: 3 - contact.strength,
    })),
  };
  const alt = [
    t('network.map_alt', {
      name: centre,
      personal: counts[0] ?? 0,
      vertical: counts[1] ?? 0,
      horizontal: counts[2] ?? 0,
      transversal: counts[3] ?? 0,
    }),
    ...contacts.map(
      ({ contact, label }) => `${label} (${typeLabel(ctx, contact)}, ${strengthText(ctx, contact.strength)})`,
    ),
  ]
    .join(' ; ')
    .slice(0, 2000);
  const height = diagramHeight(base, networkLayoutOf({ ...base, height: 700 }));
  return { ...base, alt, height };
}
