import { z } from 'zod';
import type { CommandContext } from '../core/command.ts';
import { UserError } from '../core/errors.ts';
import { normalizeKey } from '../core/values.ts';
import { nextId, requireByRef } from '../domain/lookup.ts';
import type { CollectionDef, CollectionTx } from '../store/types.ts';

/** The most boxes an org chart holds: its image stays readable up to about 40. */
export const MAX_ROLES = 60;

/** One box of the team's org chart (outline 1.1.2): a person, a job title, who they report to. */
export const OrgRole = z.object({
  id: z.string().regex(/^R-\d+$/),
  name: z.string().min(1).max(80),
  title: z.string().min(1).max(80),
  /** The role this one reports to; absent at the top. */
  reportsTo: z
    .string()
    .regex(/^R-\d+$/)
    .optional(),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: z.string().min(1),
});
export type OrgRole = z.infer<typeof OrgRole>;

export const orgChartCollection: CollectionDef<OrgRole> = {
  name: 'org-chart',
  schema: OrgRole,
  version: 1,
};

type Tx = Pick<CommandContext, 'tx'>;
const rolesOf = (ctx: Tx): CollectionTx<OrgRole> => ctx.tx.collection(orgChartCollection);

/** A role by id (`R-2`) or person name, or a UserError naming `option` with the closest name. */
export const requireRole = (ctx: Tx, ref: string, option: string): OrgRole =>
  requireByRef(rolesOf(ctx), ref, 'org_role_not_found', option);

/** Every role, top of the chart first (breadth-first), then by creation. */
export function orderedRoles(ctx: Tx): OrgRole[] {
  const all = rolesOf(ctx)
    .all()
    .sort((a, b) => Number(a.id.slice(2)) - Number(b.id.slice(2)));
  const ids = new Set(all.map((r) => r.id));
  const out: OrgRole[] = [];
  let level = all.filter((r) => !r.reportsTo || !ids.has(r.reportsTo));
  while (level.length > 0) {
    out.push(...level);
    const seen = new Set(level.map((r) => r.id));
    level = all.filter((r) => r.reportsTo !== undefined && seen.has(r.reportsTo));
  }
  return out;
}

/** Adds a person to the chart; a name already there is refused (edit it instead). */
export function addRole(
  ctx: Tx & Pick<CommandContext, 'now' | 'member'>,
  input: { name: string; title: string; reportsTo?: string | undefined },
): OrgRole {
  const roles = rolesOf(ctx);
  const clash = roles.all().find((r) => normalizeKey(r.name) === normalizeKey(input.name));
  if (clash) throw new UserError('org_role_exists', { name: clash.name, id: clash.id }, 'name');
  if (roles.all().length >= MAX_ROLES) throw new UserError('org_chart_full', { limit: MAX_ROLES }, 'name');
  const manager = input.reportsTo === undefined ? undefined : requireRole(ctx, input.reportsTo, 'reports_to');
  const role: OrgRole = {
    id: nextId(roles, 'R'),
    name: input.name,
    title: input.title,
    ...(manager && { reportsTo: manager.id }),
    createdAt: ctx.now.toISOString(),
    createdBy: ctx.member.id,
  };
  roles.put(role);
  return role;
}

/** Changes a role's title or manager; a manager below the role itself would make a loop: refused. */
export function editRole(
  ctx: Tx,
  role: OrgRole,
  change: { title?: string | undefined; reportsTo?: string | undefined },
): OrgRole {
  const roles = rolesOf(ctx);
  let reportsTo = role.reportsTo;
  if (change.reportsTo !== undefined) {
    const manager = requireRole(ctx, change.reportsTo, 'reports_to');
    for (let up: OrgRole | undefined = manager; up; up = up.reportsTo ? roles.get(up.reportsTo) : undefined) {
      if (up.id === role.id)
        throw new UserError('org_cycle', { name: role.name, manager: manager.name }, 'reports_to');
    }
    reportsTo = manager.id;
  }
  const { reportsTo: _old, ...rest } = role;
  const next: OrgRole = {
    ...rest,
    ...(change.title !== undefined && { title: change.title }),
    ...(reportsTo && { reportsTo }),
  };
  roles.put(next);
  return next;
}

/** Removes a role; the people who reported to it now report to its own manager. */
export function removeRole(ctx: Tx, role: OrgRole): OrgRole[] {
  const roles = rolesOf(ctx);
  const moved: OrgRole[] = [];
  for (const r of roles.all()) {
    if (r.reportsTo !== role.id) continue;
    const { reportsTo: _old, ...rest } = r;
    const next = role.reportsTo ? { ...rest, reportsTo: role.reportsTo } : rest;
    roles.put(next);
    moved.push(next);
  }
  roles.remove(role.id);
  return moved;
}
