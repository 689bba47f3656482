import type { TeamTx } from '../store/types.ts';
import { competitorsCollection } from '../watch/competitors.ts';
import type { ReportScope } from './collect.ts';
import { exampleRound } from './example-round.ts';

/**
 * The dossier outline (shared/seed/dossier-outline.fr.txt, parts I and II) and, for each section,
 * the commands whose answers fill it: the report shows what those commands show, figures included.
 */
export interface OutlineEntry {
  number: string;
  /** A messages key `report.section.<key>`. */
  key: string;
  level: 0 | 1 | 2;
  /**
   * Commands run for this section, as typed in English; scope options are added when accepted.
   * A function gives commands that depend on the team's records (a SWOT per competitor).
   */
  commands: readonly (string | ((tx: TeamTx, scope: ReportScope, today: string) => string[]))[];
}

export const OUTLINE: readonly OutlineEntry[] = [
  { number: 'I', key: 'part1', level: 0, commands: [] },
  { number: '1', key: 'frame', level: 1, commands: [] },
  { number: '1.1', key: 'company', level: 2, commands: ['/company show', '/company role list'] },
  {
    number: '1.2',
    key: 'market',
    level: 2,
    commands: [
      '/competitor list',
      (tx) =>
        tx
          .collection(competitorsCollection)
          .all()
          .slice(0, 5)
          .map((c) => `/competitor show name:${c.id}`),
    ],
  },
  { number: '2', key: 'portfolio_part', level: 1, commands: [] },
  { number: '2.1', key: 'demand', level: 2, commands: ['/persona list'] },
  {
    number: '2.2',
    key: 'portfolio',
    level: 2,
    commands: ['/portfolio summary', '/portfolio abc', '/portfolio rfm'],
  },
  { number: '2.3', key: 'value', level: 2, commands: ['/portfolio value'] },
  { number: '2.4', key: 'objectives', level: 2, commands: ['/campaign show'] },
  { number: '3', key: 'targets', level: 1, commands: [] },
  { number: '3.1', key: 'target', level: 2, commands: ['/prospect grid'] },
  { number: '3.2', key: 'offer', level: 2, commands: ['/campaign list'] },
  { number: '3.3', key: 'method', level: 2, commands: ['/method compare'] },
  { number: '4', key: 'prospecting', level: 1, commands: [] },
  {
    number: '4.1',
    key: 'preparation',
    level: 2,
    commands: ['/prospect list', '/plan time', (tx, scope, today) => [exampleRound(tx, scope, today)]],
  },
  { number: '4.2', key: 'efficiency', level: 2, commands: ['/funnel'] },
  { number: '4.3', key: 'profitability', level: 2, commands: ['/dashboard', '/profitability'] },
  {
    number: '5',
    key: 'network',
    level: 1,
    commands: ['/network objectives scope:team', '/network map scope:team'],
  },
  { number: 'II', key: 'part2', level: 0, commands: [] },
  { number: 'II.1', key: 'information', level: 1, commands: ['/watch search'] },
  { number: 'II.1.3', key: 'gdpr', level: 2, commands: ['/gdpr notice', '/gdpr requests'] },
  { number: 'II.2', key: 'collaborate', level: 1, commands: ['/watch digest'] },
];
