import type { CommandContext } from '../core/command.ts';
import { opt } from '../core/options.ts';
import { type Block, text } from '../core/reply.ts';
import type { Prospect } from '../domain/entities.ts';
import { nextId } from '../domain/lookup.ts';
import type { TeamTx } from '../store/types.ts';
import { consentOn } from './current.ts';
import {
  CONSENT_DECISIONS,
  type ConsentChannel,
  type ConsentRecord,
  consentsCollection,
} from './entities.ts';

const decision = (fr: string, en: string, frName: string) =>
  opt.choice(CONSENT_DECISIONS, {
    frName,
    description: { fr, en },
    choiceLabels: {
      fr: { granted: 'donné', refused: 'refusé' },
      en: { granted: 'granted', refused: 'refused' },
    },
    choiceAliases: {
      granted: ['oui', 'yes', 'y', 'o', '1', 'true', 'vrai', 'x', 'donne', 'accepte', 'opt-in', 'optin'],
      refused: ['non', 'no', 'n', '0', 'false', 'faux', 'refuse', 'retire', 'opt-out', 'optout'],
    },
  });

/** Per-channel consent columns of `/import prospects`: each non-empty cell becomes a consent record. */
export const consentImportColumns = {
  consent_phone: decision('Consentement aux appels', 'Consent to calls', 'consentement_téléphone'),
  consent_email: decision('Consentement aux e-mails', 'Consent to e-mails', 'consentement_email'),
  consent_sms: decision('Consentement aux SMS', 'Consent to SMS', 'consentement_sms'),
  consent_date: opt.date({
    frName: 'date_consentement',
    noFuture: true,
    description: { fr: 'Date du consentement', en: 'Date of the consent' },
  }),
  consent_proof: opt.text({
    frName: 'preuve_consentement',
    maxLength: 500,
    description: { fr: 'Preuve du consentement (texte ou URL)', en: 'Proof of the consent (text or URL)' },
  }),
};

/** Headers seen in CRM and form exports (matched accent- and case-insensitively). */
export const CONSENT_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  consent_phone: [
    'consentement telephone',
    'consentement tel',
    'consentement appel',
    'consentement appels',
    'opt-in telephone',
    'optin telephone',
    'accepte appels',
    'phone consent',
    'consent phone',
    'phone opt-in',
    'call consent',
  ],
  consent_email: [
    'consentement e-mail',
    'consentement mail',
    'consentement courriel',
    'opt-in email',
    'optin email',
    'email consent',
    'consent email',
    'email opt-in',
  ],
  consent_sms: ['consentement sms', 'opt-in sms', 'optin sms', 'sms consent', 'consent sms', 'sms opt-in'],
  consent_date: ['date consentement', 'date du consentement', 'date opt-in', 'consent date', 'opt-in date'],
  consent_proof: ['preuve', 'preuve du consentement', 'consent proof', 'proof', 'proof of consent'],
};

export interface ConsentCells {
  consent_phone?: ConsentRecord['status'] | undefined;
  consent_email?: ConsentRecord['status'] | undefined;
  consent_sms?: ConsentRecord['status'] | undefined;
  consent_date?: string | undefined;
  consent_proof?: string | undefined;
}

/**
 * Stages the consent records a file's row gives for `prospect`. A decision already holding on the
 * same day (a file imported twice) adds nothing. Without a proof column the proof is the file and
 * line it was read from.
 */
export function consentStager(
  tx: TeamTx,
  by: { memberId: string; now: Date; today: string; file: string; proofOf: (line: number) => string },
) {
  const consents = tx.collection(consentsCollection);
  // Indexed once: a 200,000-row file must not scan every record for each row.
  const byProspect = new Map<string, ConsentRecord[]>();
  for (const c of consents.all()) byProspect.set(c.prospectId, [...(byProspect.get(c.prospectId) ?? []), c]);
  let n = Number(nextId(consents, 'K').slice(2));
  let staged = 0;
  const stage = (line: number, cells: ConsentCells, prospect: Prospect): void => {
    const at = cells.consent_date ?? by.today;
    const history = byProspect.get(prospect.id) ?? [];
    byProspect.set(prospect.id, history);
    for (const channel of ['phone', 'email', 'sms'] as const satisfies readonly ConsentChannel[]) {
      const status = cells[`consent_${channel}`];
      if (status === undefined) continue;
      const current = consentOn(prospect, history, channel, at);
      if (current.record && current.status === status && current.at === at) continue;
      const record: ConsentRecord = {
        id: `K-${n++}`,
        prospectId: prospect.id,
        channel,
        status,
        ...(status === 'granted' && { basis: 'consent' as const }),
        at,
        source: by.file.slice(0, 120),
        proof: cells.consent_proof ?? by.proofOf(line),
        recordedAt: by.now.toISOString(),
        recordedBy: by.memberId,
        origin: 'import',
      };
      consents.put(record);
      history.push(record);
      staged++;
    }
  };
  return { stage, count: () => staged };
}

/** `/import prospects`' consent columns for one command: the row hook, then what to say. */
export function consentImport(ctx: CommandContext, file: string) {
  const stager = consentStager(ctx.tx, {
    memberId: ctx.member.id,
    now: ctx.now,
    today: ctx.today,
    file,
    proofOf: (line) => ctx.t('consent.import_proof', { file, line }),
  });
  return {
    onRow: (row: { line: number; args: object }, prospect: Prospect) =>
      stager.stage(row.line, row.args as ConsentCells, prospect),
    count: stager.count,
    blocks: (): Block[] =>
      stager.count() > 0 ? [text(ctx.t('consent.imported', { count: stager.count() }))] : [],
  };
}
