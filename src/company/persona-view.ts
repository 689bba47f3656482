import type { CommandContext } from '../core/command.ts';
import { type Block, fields } from '../core/reply.ts';
import { type Persona, personasOf } from './personas.ts';

type Ctx = Pick<CommandContext, 't' | 'tx'>;

export const motivesText = (ctx: Pick<CommandContext, 't'>, p: Persona): string =>
  p.motives.map((m) => ctx.t(`persona.soncas.${m}`)).join(', ');

/** A persona's card; the campaigns that name it as a target at the end. */
export function personaBlocks(ctx: Ctx, p: Persona): Block[] {
  const { t } = ctx;
  const none = t('persona.none_field');
  const campaigns = ctx.tx.campaigns
    .all()
    .filter((c) => c.personaIds?.includes(p.id))
    .map((c) => `${c.name} (${c.id})`);
  return [
    fields([
      { label: t('persona.field.type'), value: t(`persona.type.${p.customerType}`), inline: true },
      { label: t('persona.field.segment'), value: p.segment ?? none, inline: true },
      { label: t('persona.field.motives'), value: motivesText(ctx, p) || none, inline: true },
      { label: t('persona.field.needs'), value: p.needs ?? none },
      { label: t('persona.field.objections'), value: p.objections ?? none },
      { label: t('persona.field.channels'), value: p.channels ?? none },
      ...(campaigns.length > 0 ? [{ label: t('persona.field.campaigns'), value: campaigns.join(', ') }] : []),
    ]),
  ];
}

/** `Artisan plombier (PE-1), Jeune retraité (PE-2)`: a campaign's target personas, or undefined. */
export function personaNames(
  ctx: Pick<CommandContext, 'tx'>,
  ids: readonly string[] | undefined,
): string | undefined {
  if (!ids || ids.length === 0) return undefined;
  const all = personasOf(ctx);
  return ids.map((id) => `${all.get(id)?.name ?? id} (${id})`).join(', ');
}
