import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIEmbedField } from 'discord.js';
import type { ChartSpecInput, RenderedChart } from '../../charts/spec.ts';
import { defuseReplyLinks } from '../../core/defuse-links.ts';
import { largestFitting } from '../../core/largest-fitting.ts';
import { renderTableText } from '../../core/render-text.ts';
import type { Block, FollowUp, Reply } from '../../core/reply.ts';
import { createTranslator, type Translator } from '../../i18n/index.ts';
import { clip, LIMITS } from './limits.ts';

const COLOURS: Record<Reply['tone'], number> = {
  info: 0x5865f2,
  success: 0x57f287,
  warning: 0xfee75c,
  error: 0xed4245,
};
const EPHEMERAL = 1 << 6;
const BUTTON_PRIMARY = 1;
const BUTTON_SECONDARY = 2;

/** A message as discord.js sends it: embeds, PNG attachments, buttons; never pings anyone. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  files: { name: string; attachment: Buffer; description: string }[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags: number;
  allowedMentions: { parse: [] };
}

export interface ReplyToDiscordOptions {
  /** The custom id of a follow-up button, or undefined to leave the button out. */
  buttonId?: (command: string) => string | undefined;
}

/** The default button id: the command text itself, when it fits. */
export const runButtonId = (command: string): string | undefined => {
  const id = `run:${command}`;
  return id.length <= LIMITS.customId ? id : undefined;
};

// Two-column tables read better as fields on a phone (labels and values), others as monospace.
function tableAsFields(b: Extract<Block, { type: 'table' }>): APIEmbedField[] | undefined {
  if (b.columns.length !== 2 || b.rows.length > LIMITS.embedFields) return undefined;
  const inline = b.rows.every((r) => (r[1] ?? '').length <= 24);
  return b.rows.map((r) => ({
    name: clip(r[0] || '\u200b', LIMITS.fieldName),
    value: clip(r[1] || '\u200b', LIMITS.fieldValue),
    inline,
  }));
}

type TableBlock = Extract<Block, { type: 'table' }>;

/**
 * A table as a monospace block within one embed description, cut between rows: `shown` says how
 * many rows made it (a paged list then offers the rest with a *Suite* button).
 */
function codeBlock(b: TableBlock, t: Translator): { text: string; shown: number } {
  const body = (n: number) => renderTableText(b.columns, b.rows.slice(0, n)).replaceAll('```', "'''");
  const wrap = (caption: string | undefined, text: string) =>
    `${caption ? `${caption}\n` : ''}\`\`\`\n${text}\n\`\`\``;
  const whole = wrap(b.caption, body(b.rows.length));
  if (whole.length <= LIMITS.embedDescription) return { text: whole, shown: b.rows.length };
  const offset = b.page?.offset ?? 0;
  const total = b.page?.total ?? b.rows.length;
  const caption = (n: number) => t('discord.page_rows', { from: offset + 1, to: offset + n, total });
  const shown = Math.max(
    0,
    largestFitting(b.rows.length, (n) => wrap(caption(n), body(n)).length <= LIMITS.embedDescription),
  );
  if (shown === 0)
    return { text: wrap(b.caption, clip(body(b.rows.length), LIMITS.embedDescription - 20)), shown };
  return { text: wrap(caption(shown), body(shown)), shown };
}

/**
 * Embeds in block order: text and tables in descriptions, fields as fields, charts as images; and
 * the *Suite* follow-up of the first paged table that does not show the end of its list.
 */
function buildEmbeds(
  r: Reply,
  charts: readonly { name: string; alt: string }[],
  t: Translator,
): { embeds: APIEmbed[]; more?: FollowUp } {
  let more: FollowUp | undefined;
  const colour = COLOURS[r.tone];
  const embeds: APIEmbed[] = [{ color: colour, ...(r.title && { title: clip(r.title, LIMITS.embedTitle) }) }];
  let chartIndex = 0;
  const current = () => embeds[embeds.length - 1] as APIEmbed;
  const fresh = () => {
    embeds.push({ color: colour });
    return current();
  };
  const addText = (s: string) => {
    let e = current();
    // Text after fields or an image would show above them: start a new embed to keep the order.
    if (e.fields?.length || e.image) e = fresh();
    const joined = e.description ? `${e.description}\n\n${s}` : s;
    if (joined.length <= LIMITS.embedDescription) e.description = joined;
    else if (e.description) fresh().description = clip(s, LIMITS.embedDescription);
    else e.description = clip(s, LIMITS.embedDescription);
  };
  const addFields = (fs: APIEmbedField[]) => {
    for (const f of fs) {
      let e = current();
      if (e.image || (e.fields?.length ?? 0) >= LIMITS.embedFields) e = fresh();
      e.fields = [...(e.fields ?? []), f];
    }
  };
  for (const b of r.blocks) {
    if (b.type === 'text') addText(b.text);
    else if (b.type === 'fields')
      addFields(
        b.fields.map((f) => ({
          name: clip(f.label || '\u200b', LIMITS.fieldName),
          value: clip(f.value || '\u200b', LIMITS.fieldValue),
          inline: f.inline ?? false,
        })),
      );
    else if (b.type === 'table') {
      const asFields = tableAsFields(b);
      if (b.caption && asFields) addText(b.caption);
      const block = asFields ? undefined : codeBlock(b, t);
      if (asFields) addFields(asFields);
      else if (block) addText(block.text);
      const shown = block?.shown ?? b.rows.length;
      if (b.page && !more && b.page.offset + shown < b.page.total)
        more = {
          label: t('discord.more'),
          command: `${b.page.command} ${b.page.option}:${b.page.offset + shown + 1}`,
        };
    } else {
      const c = charts[chartIndex++];
      if (!c) continue;
      const e = current().image ? fresh() : current();
      e.image = { url: `attachment://${c.name}` };
    }
  }
  const kept = embeds.filter((e) => e.title || e.description || e.fields?.length || e.image);
  return more ? { embeds: kept, more } : { embeds: kept };
}

const embedSize = (e: APIEmbed): number =>
  (e.title?.length ?? 0) +
  (e.description?.length ?? 0) +
  (e.footer?.text.length ?? 0) +
  (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

/** Keeps the message within 10 embeds and 6000 characters, saying so when something was cut. */
function fitEmbeds(embeds: APIEmbed[], notice: string): APIEmbed[] {
  const budget = LIMITS.embedTotal - notice.length - 2;
  const out: APIEmbed[] = [];
  let used = 0;
  let cut = embeds.length > LIMITS.embeds;
  for (const e of embeds.slice(0, LIMITS.embeds)) {
    const size = embedSize(e);
    if (used + size <= budget) {
      out.push(e);
      used += size;
      continue;
    }
    cut = true;
    const room = budget - used - (e.title?.length ?? 0);
    const fields: APIEmbedField[] = [];
    let n = 0;
    for (const f of e.fields ?? []) {
      if (n + f.name.length + f.value.length > room) break;
      fields.push(f);
      n += f.name.length + f.value.length;
    }
    const description = e.description && room - n > 20 ? clip(e.description, room - n) : undefined;
    if (description || fields.length || e.image) {
      const { description: _d, fields: _f, ...rest } = e;
      out.push({ ...rest, ...(description && { description }), ...(fields.length && { fields }) });
    }
    break;
  }
  if (cut && out.length > 0) {
    const last = out[out.length - 1] as APIEmbed;
    last.footer = { text: notice };
  }
  return out;
}

/** Follow-ups as buttons: at most 5 rows of 5. */
function buttons(r: Reply, buttonId: (command: string) => string | undefined) {
  const list: APIButtonComponent[] = [];
  for (const [i, f] of r.followUps.entries()) {
    const custom_id = buttonId(f.command);
    if (!custom_id) continue;
    list.push({
      type: 2,
      style: i === 0 ? BUTTON_PRIMARY : BUTTON_SECONDARY,
      label: clip(f.label, LIMITS.buttonLabel),
      custom_id,
    });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < list.length && rows.length < LIMITS.actionRows; i += LIMITS.buttonsPerRow) {
    rows.push({ type: 1, components: list.slice(i, i + LIMITS.buttonsPerRow) });
  }
  return rows;
}

/** The reply's own files (an export, a report) as attachments; a failed command delivers none. */
const replyFiles = (r: Reply): DiscordMessage['files'] =>
  r.error
    ? []
    : (r.files ?? []).map((f) => ({
        name: f.name,
        attachment: Buffer.from(typeof f.content === 'string' ? Buffer.from(f.content, 'utf8') : f.content),
        description: f.name,
      }));

/**
 * A core `Reply` → a Discord message: embeds coloured by tone, charts as PNG attachments shown in
 * the embeds (alt text as the file description), follow-ups as buttons. Private replies and
 * errors are ephemeral; nothing in it can mention anyone.
 */
export function replyToDiscord(
  given: Reply,
  charts: readonly { spec: ChartSpecInput; png: RenderedChart }[] = [],
  opts: ReplyToDiscordOptions = {},
): DiscordMessage {
  // User text (a prospect named `[Urgent](https://…)`) is never a live link in an embed.
  const r = defuseReplyLinks(given);
  const t = createTranslator(r.locale ?? 'fr');
  const files = charts.slice(0, LIMITS.embeds).map((c, i) => ({
    name: `chart-${i + 1}.png`,
    attachment: Buffer.from(c.png.png),
    description: clip(c.spec.alt, 1024),
  }));
  const built = buildEmbeds(
    r,
    files.map((f) => ({ name: f.name, alt: f.description })),
    t,
  );
  let embeds = built.embeds;
  const withMore = built.more ? { ...r, followUps: [built.more, ...r.followUps] } : r;
  if (r.error) {
    const code = r.error.errorId ? `${r.error.code} · ${r.error.errorId}` : r.error.code;
    if (embeds.length === 0) embeds.push({ color: COLOURS.error, description: r.error.message });
    const last = embeds[embeds.length - 1] as APIEmbed;
    last.footer = { text: t('discord.error_code', { code }) };
  }
  embeds = fitEmbeds(embeds, t('discord.truncated'));
  const shown = new Set(embeds.flatMap((e) => (e.image ? [e.image.url.replace('attachment://', '')] : [])));
  const error = r.error !== undefined || r.tone === 'error';
  return {
    embeds,
    files: [...files.filter((f) => shown.has(f.name)), ...replyFiles(r)],
    // A question (a warning with a code, such as a possible duplicate) keeps its answer buttons.
    components: r.tone === 'error' ? [] : buttons(withMore, opts.buttonId ?? runButtonId),
    flags: error || r.visibility !== 'shared' ? EPHEMERAL : 0,
    allowedMentions: { parse: [] },
  };
}
