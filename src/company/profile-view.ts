import type { CommandContext } from '../core/command.ts';
import { type Block, type Field, fields, text } from '../core/reply.ts';
import type { CompanyProfile, ProfileField } from './profile.ts';

type Ctx = Pick<CommandContext, 't' | 'fmt'>;

/** Card sections in the outline's order: identity (1.1.1), activity, 4P (1.1.3), relationship (2.1.1). */
const SECTIONS: readonly {
  heading: `company.section.${'identity' | 'activity' | 'mix' | 'relationship'}`;
  fields: readonly ProfileField[];
  inline: boolean;
}[] = [
  {
    heading: 'company.section.identity',
    fields: ['name', 'legalForm', 'siren', 'sector', 'headcount', 'revenue', 'foundedYear', 'address'],
    inline: true,
  },
  { heading: 'company.section.activity', fields: ['activity', 'offer', 'customerTypes'], inline: false },
  { heading: 'company.section.mix', fields: ['product', 'price', 'place', 'promotion'], inline: false },
  {
    heading: 'company.section.relationship',
    fields: ['relationshipChannels', 'loyaltyActions'],
    inline: false,
  },
];

function valueText(ctx: Ctx, p: CompanyProfile, field: ProfileField): string | undefined {
  const v = p[field];
  if (v === undefined) return undefined;
  if (field === 'revenue') return ctx.fmt.money(v as number);
  if (field === 'headcount') return ctx.fmt.integer(v as number);
  return String(v);
}

/** The profile card: one fields block per section, empty fields left out, empty sections named. */
export function profileBlocks(ctx: Ctx, p: CompanyProfile | undefined): Block[] {
  if (!p) return [text(ctx.t('company.none'))];
  const blocks: Block[] = [];
  for (const section of SECTIONS) {
    const f: Field[] = [];
    for (const field of section.fields) {
      const value = valueText(ctx, p, field);
      if (value !== undefined)
        f.push({
          label: ctx.t(`company.field.${field}`),
          value,
          inline: section.inline && field !== 'address',
        });
    }
    blocks.push(text(`▸ ${ctx.t(section.heading)}`));
    blocks.push(f.length > 0 ? fields(f) : text(ctx.t('company.section_empty')));
  }
  return blocks;
}
