import { z } from 'zod';
import { defineCommand } from '../src/core/command.ts';
import { opt } from '../src/core/options.ts';
import { fields, reply, text } from '../src/core/reply.ts';
import { requireByRef } from '../src/domain/lookup.ts';
import { requireMember } from '../src/domain/member-ref.ts';
import { snapshotDossier, warmReportRenderer } from '../src/report/render.ts';

const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export default defineCommand({
  name: 'report',
  frName: 'dossier',
  description: {
    fr: 'Le dossier complet (PDF ou Word) : chaque partie du plan avec vos chiffres et graphiques',
    en: 'The whole dossier (PDF or Word): every part of the outline with your figures and charts',
  },
  slow: true,
  examples: ['/dossier', '/dossier campagne:C-1 format:docx', '/report period:Q4 rep:Alice'],
  options: z.object({
    campaign: opt.text({
      frName: 'campagne',
      autocomplete: 'campaign',
      description: {
        fr: 'L’opération de prospection (la plus récente sinon)',
        en: 'The prospecting campaign (the latest otherwise)',
      },
    }),
    period: opt.period({
      frName: 'période',
      aliases: ['periode', 'quand'],
      description: {
        fr: 'Période : T4, novembre, 2026-11-01..2026-11-30',
        en: 'Period: Q4, november, 2026-11-01..2026-11-30',
      },
    }),
    rep: opt.text({
      frName: 'commercial',
      aliases: ['vendeur'],
      autocomplete: 'rep',
      description: { fr: 'Un seul commercial', en: 'One sales rep only' },
    }),
    format: opt.choice(['pdf', 'docx'], {
      description: { fr: 'pdf (par défaut) ou docx (Word)', en: 'pdf (default) or docx (Word)' },
      choiceLabels: { fr: { pdf: 'PDF', docx: 'Word (DOCX)' }, en: { pdf: 'PDF', docx: 'Word (DOCX)' } },
      choiceAliases: { docx: ['word', 'doc'] },
    }),
  }),
  async handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    warmReportRenderer();
    const member = args.rep === undefined ? undefined : requireMember(tx.members, args.rep, 'rep');
    const campaign =
      args.campaign === undefined
        ? tx.campaigns.all().sort((a, b) => Number(b.id.slice(2)) - Number(a.id.slice(2)))[0]
        : requireByRef(tx.campaigns, args.campaign, 'campaign_not_found', 'campaign');
    const p = args.period;
    const scope = {
      campaign: campaign?.id,
      period: p ? `${p.from}..${p.to}` : undefined,
      rep: member?.displayName,
    };
    const format = args.format ?? 'pdf';
    // A snapshot of the team taken in this transaction; the file is built and rendered from it in a
    // worker thread once the transaction committed, while the team's other commands go on.
    const render = await snapshotDossier(ctx, format, scope, {
      campaign: campaign ? `${campaign.name} (${campaign.id})` : undefined,
      period: p ? `${fmt.date(p.from)} – ${fmt.date(p.to)}` : undefined,
      rep: member?.displayName,
    });
    const name = `${t('report.title')
      .toLowerCase()
      .replace(/[^a-z0-9]+/gi, '-')}${campaign ? `-${campaign.id}` : ''}.${format}`;
    return reply({
      tone: 'success',
      blocks: [],
      async finish() {
        const { bytes, sections, charts } = await render();
        return {
          title: t('report.done', { file: name }),
          blocks: [
            fields([
              {
                label: t('export.file'),
                value: t('report.file', { file: name, size: fmt.number(bytes.length / 1024, 0) }),
              },
            ]),
            text(t('report.sections', { count: sections.length, charts })),
          ],
          files: [{ name, mimeType: MIME[format], content: bytes }],
          data: {
            format,
            file: name,
            bytes: bytes.length,
            campaign: campaign?.id ?? null,
            period: p ?? null,
            rep: member?.id ?? null,
            sections,
            charts,
          },
        };
      },
    });
  },
});
