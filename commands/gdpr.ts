import { defineCommand } from '../src/core/command.ts';
import { incidentsSubcommand } from './gdpr/incidents.ts';
import { noticeSubcommand } from './gdpr/notice.ts';
import { requestsSubcommand } from './gdpr/requests.ts';
import { retentionSubcommand } from './gdpr/retention.ts';
import { eraseSubcommand, exportSubcommand, opposeSubcommand } from './gdpr/rights.ts';

export default defineCommand({
  name: 'gdpr',
  frName: 'rgpd',
  aliases: ['privacy', 'vie-privee'],
  description: {
    fr: 'Droits RGPD des personnes : accès, effacement, opposition, registre, information',
    en: 'GDPR rights of people: access, erasure, objection, register, information',
  },
  subcommands: [
    exportSubcommand,
    eraseSubcommand,
    opposeSubcommand,
    requestsSubcommand,
    noticeSubcommand,
    retentionSubcommand,
    incidentsSubcommand,
  ],
});
