import { diagramHeight, treeLayoutOf } from '../charts/diagram-config.ts';
import type { ChartSpecInput } from '../charts/spec.ts';
import type { CommandContext } from '../core/command.ts';
import { chart, type Reply, reply, table, text } from '../core/reply.ts';
import { type OrgRole, orderedRoles } from './org-chart.ts';
import { companyCollection } from './profile.ts';

type Ctx = Pick<CommandContext, 't' | 'tx' | 'locale'>;

const WIDTH = 1024;

/** The org chart as an image spec: one box per person (name, job title) under their manager. */
export function orgChartSpec(ctx: Ctx, roles: readonly OrgRole[], companyName?: string): ChartSpecInput {
  const nodes = roles.map((r) => ({
    id: r.id,
    label: r.name,
    sublabel: r.title,
    ...(r.reportsTo && { parent: r.reportsTo }),
  }));
  const title = companyName
    ? ctx.t('company.org_title_named', { name: companyName })
    : ctx.t('company.org_title');
  const subtitle = ctx.t('company.org_subtitle', { count: roles.length });
  const height = diagramHeight({ title, subtitle, width: WIDTH }, treeLayoutOf({ nodes, width: WIDTH }));
  const alt = roles
    .map((r) => {
      const manager = r.reportsTo ? roles.find((m) => m.id === r.reportsTo) : undefined;
      return manager
        ? ctx.t('company.org_alt_line', { name: r.name, title: r.title, manager: manager.name })
        : `${r.name}, ${r.title}`;
    })
    .join(' ; ')
    .slice(0, 2000);
  return { type: 'tree', title, subtitle, alt, locale: ctx.locale, width: WIDTH, height, nodes };
}

/** `/company role list`: the chart image and the same people in a table. */
export function orgChartReply(ctx: Ctx & Pick<CommandContext, 'fmt'>): Reply {
  const roles = orderedRoles(ctx);
  if (roles.length === 0)
    return reply({
      title: ctx.t('company.org_title'),
      blocks: [text(ctx.t('company.org_none'))],
      data: { roles: [] },
    });
  const name = ctx.tx.collection(companyCollection).get('team')?.name;
  const byId = new Map(roles.map((r) => [r.id, r]));
  return reply({
    title: name ? ctx.t('company.org_title_named', { name }) : ctx.t('company.org_title'),
    blocks: [
      chart(orgChartSpec(ctx, roles, name)),
      table(
        [
          { label: 'Id' },
          { label: ctx.t('company.col.name') },
          { label: ctx.t('company.col.title') },
          { label: ctx.t('company.col.reports_to') },
        ],
        roles.map((r) => [
          r.id,
          r.name,
          r.title,
          r.reportsTo ? (byId.get(r.reportsTo)?.name ?? r.reportsTo) : '—',
        ]),
      ),
    ],
    data: { roles },
  });
}
