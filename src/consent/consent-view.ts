import { DateTime } from 'luxon';
import type { CommandContext } from '../core/command.ts';
import type { Block, Field } from '../core/reply.ts';
import { table } from '../core/reply.ts';
import type { Prospect } from '../domain/entities.ts';
import type { MessageKey } from '../i18n/index.ts';
import { type ChannelConsent, consentHistory, consentOn } from './current.ts';
import { CONSENT_CHANNELS, type ConsentChannel, type ConsentRecord } from './entities.ts';

/** The consent holding today on each channel, for `--json` and the card. */
export function currentConsents(
  ctx: CommandContext,
  p: Prospect,
  history: readonly ConsentRecord[] = consentHistory(ctx.tx, p.id),
): Record<ConsentChannel, ChannelConsent> {
  const out = {} as Record<ConsentChannel, ChannelConsent>;
  for (const c of CONSENT_CHANNELS) out[c] = consentOn(p, history, c, ctx.today);
  return out;
}

const channelLabel = (ctx: CommandContext, c: ConsentChannel): string =>
  ctx.t(`consent_channel.${c}` as MessageKey);

const statusLabel = (ctx: CommandContext, c: ChannelConsent): string =>
  ctx.t(`consent.${c.status}` as MessageKey) +
  (c.basis ? ` · ${ctx.t(`basis.${c.basis}` as MessageKey)}` : '');

/** The card's consent line: `téléphone : donné · consentement, e-mail : inconnu, SMS : inconnu`. */
export function consentField(ctx: CommandContext, p: Prospect): Field {
  const now = currentConsents(ctx, p);
  const value = CONSENT_CHANNELS.map((c) =>
    ctx.t('consent.summary_item', { channel: channelLabel(ctx, c), status: statusLabel(ctx, now[c]) }),
  ).join(', ');
  return { label: ctx.t('field.consent'), value, inline: false };
}

const recordRow = (ctx: CommandContext, channel: ConsentChannel, c: ChannelConsent): string[] => [
  channelLabel(ctx, channel),
  ctx.t(`consent.${c.status}` as MessageKey),
  c.basis ? ctx.t(`basis.${c.basis}` as MessageKey) : '',
  c.at ? ctx.fmt.date(c.at) : '',
  c.record ? (c.record.source ?? '') : c.status === 'unknown' ? '' : ctx.t('consent.general'),
  c.record?.proof ?? '',
];

/** Today's consent per channel, then every decision recorded, newest first. */
export function consentBlocks(ctx: CommandContext, p: Prospect, history: readonly ConsentRecord[]): Block[] {
  const { t } = ctx;
  const columns = [
    { label: t('consent.col_channel') },
    { label: t('consent.col_status') },
    { label: t('consent.col_basis') },
    { label: t('consent.col_date') },
    { label: t('consent.col_source') },
    { label: t('consent.col_proof') },
  ];
  const now = currentConsents(ctx, p, history);
  const blocks = [
    table(
      columns,
      CONSENT_CHANNELS.map((c) => recordRow(ctx, c, now[c])),
    ),
  ];
  if (history.length > 0)
    blocks.push(
      table(
        columns,
        history.map((r) =>
          recordRow(ctx, r.channel, {
            status: r.status,
            at: r.at,
            record: r,
            ...(r.basis && { basis: r.basis }),
          }),
        ),
        t('consent.history', { count: history.length }),
      ),
    );
  return blocks;
}

/** `lundi 28 déc. 2026 à 10:00` / `Monday 28 Dec 2026 at 10:00`, from a team wall-clock `YYYY-MM-DDTHH:mm`. */
export function formatSlot(ctx: CommandContext, local: string): string {
  const d = DateTime.fromISO(local, { zone: 'utc' }).setLocale(ctx.locale === 'fr' ? 'fr-FR' : 'en-GB');
  return ctx.t('can_call.when', {
    weekday: d.toFormat('cccc'),
    date: ctx.fmt.date(local.slice(0, 10)),
    time: local.slice(11, 16),
  });
}
