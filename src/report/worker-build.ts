import { commands } from '../../commands/index.ts';
import type { ChannelId, CommandContext } from '../core/command.ts';
import { silentLogger } from '../core/logger.ts';
import { createRegistry } from '../core/registry.ts';
import type { Member, Team } from '../domain/entities.ts';
import type { Locale } from '../domain/ids.ts';
import { createFormatter, createTranslator } from '../i18n/index.ts';
import { buildReport } from './build.ts';
import type { ReportScope } from './collect.ts';
import type { ReportDoc } from './model.ts';
import type { TeamSnapshot } from './snapshot.ts';
import { snapshotTx } from './snapshot-view.ts';

/** What the main thread knows of the command that asked for the dossier (all plain data). */
export interface DossierRequest {
  snapshot: TeamSnapshot;
  team: Team;
  member: Member;
  channel: ChannelId;
  locale: Locale;
  now: Date;
  today: string;
  dataDir: string;
  scope: ReportScope;
  cover: { campaign?: string | undefined; period?: string | undefined; rep?: string | undefined };
}

let registry: ReturnType<typeof createRegistry> | undefined;

/**
 * The dossier's sections, built in the worker thread: the same commands run as in chat, over a
 * read-only view of the team's snapshot taken in the command's transaction.
 */
export function buildInWorker(r: DossierRequest): Promise<ReportDoc> {
  registry ??= createRegistry(commands);
  const ctx: CommandContext = {
    channel: r.channel,
    team: r.team,
    tx: snapshotTx(r.snapshot, r.team),
    member: r.member,
    locale: r.locale,
    t: createTranslator(r.locale),
    fmt: createFormatter(r.locale, r.team.settings.currency, r.team.settings.timeZone),
    now: r.now,
    today: r.today,
    logger: silentLogger,
    registry,
    dataDir: r.dataDir,
  };
  return buildReport(ctx, r.scope, r.cover);
}
