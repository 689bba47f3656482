import { type Reply, reply, text } from '../core/reply.ts';
import type { Locale } from '../domain/ids.ts';
import { createTranslator, type Translator } from '../i18n/index.ts';
import { TeamNotFoundError } from '../store/errors.ts';
import type { Store, TeamTx } from '../store/types.ts';
import { findReceipt, type Receipt, recordReceipt } from './receipts.ts';

/** The answer to a delivery seen before: nothing saved, the first answer's reference, no button that would save again. */
export function repeatReply(t: Translator, receipt: Receipt): Reply {
  const said = receipt.reference
    ? t('once.repeat_reference', { reference: receipt.reference })
    : t('once.repeat');
  return reply({
    title: t('once.already_saved'),
    tone: 'info',
    blocks: [text(receipt.title ? `${said}\n${t('once.first_answer', { title: receipt.title })}` : said)],
    ...(receipt.reference && { reference: receipt.reference }),
    data: {
      repeat: true,
      firstAt: receipt.at,
      ...(receipt.reference && { reference: receipt.reference }),
      ...(receipt.title && { title: receipt.title }),
    },
  });
}

/** Who delivered what, when: the parts of an invocation exactly-once needs. */
export interface Delivery {
  userId: string;
  key: string | undefined;
  now: Date;
}

/**
 * Runs `handler` at most once per delivery key: a key with a receipt answers `repeatReply`; otherwise
 * the handler runs, and a receipt is kept if it staged writes (a read leaves none; a failure throws
 * and writes nothing, so a corrected retry runs). Called inside the team's exclusive transaction, which makes
 * check-then-record atomic, across processes too.
 */
export async function once(
  tx: TeamTx,
  t: Translator,
  delivery: Delivery,
  handler: () => Promise<Reply>,
): Promise<Reply> {
  const { key } = delivery;
  if (key === undefined) return handler();
  const seen = findReceipt(tx, delivery.userId, key, delivery.now);
  if (seen) return repeatReply(t, seen);
  const before = tx.writes;
  const answer = await handler();
  if (tx.writes > before) {
    recordReceipt(tx, {
      userId: delivery.userId,
      key,
      at: delivery.now,
      reference: answer.reference,
      title: answer.title,
    });
  }
  return answer;
}

/**
 * The "already saved" answer for a delivery found without running a command (a Discord form whose
 * pending state was lost with a restart); undefined when the team or the receipt is unknown.
 */
export async function earlierAnswer(
  store: Store,
  q: { teamId: string; userId: string; key: string; now: Date; locale?: Locale | undefined },
): Promise<Reply | undefined> {
  try {
    return await store.transact(q.teamId, (tx) => {
      const seen = findReceipt(tx, q.userId, q.key, q.now);
      if (!seen) return undefined;
      const locale = q.locale ?? tx.members.get(q.userId)?.locale ?? tx.team.settings.locale;
      return { ...repeatReply(createTranslator(locale), seen), locale };
    });
  } catch (e) {
    if (e instanceof TeamNotFoundError) return undefined;
    throw e;
  }
}
