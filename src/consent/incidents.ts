import type { CommandContext } from '../core/command.ts';
import { type Reply, reply, table, text } from '../core/reply.ts';
import type { ActivityKind, ContactWarning } from '../domain/ids.ts';
import type { MessageKey } from '../i18n/index.ts';
import type { TeamView } from '../store/types.ts';

/** A contact recorded in breach of the consumer rules (DOMAIN §6): what managers review. */
export interface ComplianceIncident {
  activityId: string;
  date: string;
  time: string | null;
  kind: ActivityKind;
  prospectId: string;
  prospectName: string;
  repId: string;
  repName: string;
  codes: ContactWarning[];
}

export interface IncidentFilter {
  from?: string | undefined;
  to?: string | undefined;
  repId?: string | undefined;
  code?: ContactWarning | undefined;
}

/** Every flagged activity of the team that passes `f`, newest first. */
export function complianceIncidents(view: TeamView, f: IncidentFilter = {}): ComplianceIncident[] {
  return view.activities
    .all()
    .filter(
      (a) =>
        a.compliance !== undefined &&
        a.compliance.length > 0 &&
        (f.from === undefined || a.date >= f.from) &&
        (f.to === undefined || a.date <= f.to) &&
        (f.repId === undefined || a.repId === f.repId) &&
        (f.code === undefined || a.compliance.includes(f.code)),
    )
    .sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        (b.time ?? '').localeCompare(a.time ?? '') ||
        b.id.localeCompare(a.id, 'en', { numeric: true }),
    )
    .map((a) => ({
      activityId: a.id,
      date: a.date,
      time: a.time ?? null,
      kind: a.kind,
      prospectId: a.prospectId,
      prospectName: view.prospects.get(a.prospectId)?.name ?? a.prospectId,
      repId: a.repId,
      repName: view.members.get(a.repId)?.displayName ?? a.repId,
      codes: a.compliance ?? [],
    }));
}

/** How many incidents break each rule. */
export function countByRule(
  incidents: readonly ComplianceIncident[],
): Partial<Record<ContactWarning, number>> {
  const counts: Partial<Record<ContactWarning, number>> = {};
  for (const i of incidents) for (const c of i.codes) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

const SHOWN = 50;

/** The incidents as managers read them: a table, newest first, and the exact list in `data`. */
export function incidentsReply(ctx: CommandContext, f: IncidentFilter): Reply {
  const { t, fmt } = ctx;
  const incidents = complianceIncidents(ctx.tx, f);
  const shown = incidents.slice(0, SHOWN);
  return reply({
    title: t('incidents.title', { count: incidents.length }),
    tone: incidents.length > 0 ? 'warning' : 'info',
    blocks:
      incidents.length === 0
        ? [text(t('incidents.none'))]
        : [
            table(
              [
                { label: t('incidents.col_date') },
                { label: t('incidents.col_activity') },
                { label: t('incidents.col_prospect') },
                { label: t('incidents.col_rep') },
                { label: t('incidents.col_rules') },
              ],
              shown.map((i) => [
                `${fmt.date(i.date)}${i.time ? ` ${i.time}` : ''}`,
                `${i.activityId} · ${t(`kind.${i.kind}` as MessageKey)}`,
                `${i.prospectName} (${i.prospectId})`,
                i.repName,
                i.codes.map((c) => t(`contact_rule.${c}` as MessageKey)).join(', '),
              ]),
              incidents.length > shown.length
                ? t('incidents.more', { shown: shown.length, total: incidents.length })
                : undefined,
            ),
          ],
    data: { total: incidents.length, byRule: countByRule(incidents), incidents },
  });
}
