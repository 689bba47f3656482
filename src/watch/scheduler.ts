import type { App } from '../app.ts';
import { deliverBroadcast } from '../channels/broadcast.ts';
import type { Channel } from '../channels/channel.ts';
import { linksCollection } from '../channels/links.ts';
import { reply } from '../core/reply.ts';
import { createFormatter, createTranslator } from '../i18n/index.ts';
import { digestReply } from './digest.ts';
import { watchSettingsCollection, watchSettingsOf } from './entities.ts';
import { latestDigestSlot } from './schedule.ts';

/** How often the scheduler looks for a digest due (a digest is at most this late). */
const TICK_MS = 60_000;

/**
 * Posts each team's weekly digest once its slot has passed. The week is claimed in the team's
 * store (`lastDigestFrom`) in the same transaction that builds the digest, before posting: across
 * restarts and several processes a week is posted at most once (a failed post is not retried).
 */
export async function runDueDigests(
  app: Pick<App, 'deps' | 'posters' | 'logger'>,
  now: Date,
): Promise<string[]> {
  const posted: string[] = [];
  for (const teamId of await app.deps.store.listTeams()) {
    const due = await app.deps.store.transact(teamId, (tx) => {
      const settings = watchSettingsOf(tx, now);
      if (!settings.digestEnabled) return undefined;
      if (
        !tx
          .collection(linksCollection)
          .all()
          .some((l) => l.purpose === 'posts')
      )
        return undefined;
      const { at, period } = latestDigestSlot(settings, tx.team.settings.timeZone, now);
      if (at > now || settings.lastDigestFrom === period.from) return undefined;
      // The first slot after the team existed: a team created mid-week gets its first digest next week.
      if (tx.team.createdAt > at.toISOString()) return undefined;
      tx.collection(watchSettingsCollection).put({
        ...settings,
        lastDigestFrom: period.from,
        updatedAt: now.toISOString(),
      });
      const locale = tx.team.settings.locale;
      const t = createTranslator(locale);
      const digest = digestReply(tx, period, {
        t,
        fmt: createFormatter(locale, tx.team.settings.currency),
        locale,
      });
      return { ...digest, locale };
    });
    if (!due) continue;
    const result = await deliverBroadcast(
      app,
      teamId,
      reply({ blocks: [], broadcast: due, ...(due.locale && { locale: due.locale }) }),
    );
    if (result.posted) posted.push(teamId);
    app.logger.info('weekly digest', { teamId, posted: result.posted });
  }
  return posted;
}

/** The weekly digest as a background service of `prospecta start` (started after the channels). */
export function createDigestScheduler(app: App): Channel {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => runDueDigests(app, app.deps.clock()))
      .catch((e) =>
        app.logger.error('digest scheduler failed', { error: e instanceof Error ? e.message : String(e) }),
      );
  };
  return {
    name: 'Weekly watch digest',
    async start() {
      tick();
      timer = setInterval(tick, TICK_MS);
      timer.unref();
      return { where: 'every team with a posts channel, at its digest time (default Monday 09:00)' };
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
