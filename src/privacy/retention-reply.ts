import { type Block, text } from '../core/reply.ts';
import type { Translator } from '../i18n/index.ts';
import type { RetentionPlan } from './retention.ts';
import type { RetentionSettings } from './retention-settings.ts';

const ids = (xs: readonly string[]): string => xs.slice(0, 40).join(', ') + (xs.length > 40 ? '…' : '');

/** The plan in words: what is told, anonymised, purged (ids only: no name in a notice). */
export function retentionBlocks(t: Translator, plan: RetentionPlan, rules: RetentionSettings): Block[] {
  const blocks: Block[] = [];
  if (plan.notice.length > 0)
    blocks.push(
      text(
        t('gdpr.retention.notice', {
          count: plan.notice.length,
          days: rules.noticeDays,
          ids: ids(plan.notice.map((d) => d.prospectId)),
        }),
      ),
    );
  if (plan.anonymise.length > 0)
    blocks.push(
      text(
        t('gdpr.retention.anonymise', {
          count: plan.anonymise.length,
          ids: ids(plan.anonymise.map((d) => d.prospectId)),
        }),
      ),
    );
  if (plan.purgeOppositions.length > 0)
    blocks.push(
      text(
        t('gdpr.retention.purge', { count: plan.purgeOppositions.length, ids: ids(plan.purgeOppositions) }),
      ),
    );
  if (blocks.length === 0) blocks.push(text(t('gdpr.retention.nothing')));
  return blocks;
}

/** The rules in words. */
export function retentionRules(t: Translator, rules: RetentionSettings): Block[] {
  return [
    text(
      t('gdpr.retention.rules', {
        prospectYears: rules.prospectYears,
        customerYears: rules.customerYears,
        oppositionYears: rules.oppositionYears,
        noticeDays: rules.noticeDays,
      }),
    ),
    ...(rules.reason ? [text(t('gdpr.retention.reason', { reason: rules.reason }))] : []),
  ];
}
