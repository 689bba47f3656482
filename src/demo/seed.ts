import type { Prospect } from '../domain/entities.ts';
import type { Store } from '../store/types.ts';
import { simulateActivities } from './activities.ts';
import { demoCalendar } from './calendar.ts';
import { seedCompany } from './company.ts';
import { seedRequests } from './privacy.ts';
import { makeProspects } from './prospects.ts';
import { createRng } from './random.ts';
import { demoSalesLines, importDemoSales } from './sales.ts';
import { initialState, type ProspectState } from './state.ts';
import { buildDemoTeam, demoTeamRecord, TEAM_NAME } from './team.ts';
import { seedWatch } from './watch.ts';

/** Fixed, so that the same `now` always gives the same demo team. */
const SEED = 0x5eed_2026;
/** The sales history draws from its own sequence: the replay's draws stay as they were. */
const SALES_SEED = 0x5a1e_2026;
const MONTHS = 3;
const TIME_ZONE = 'Europe/Paris';

/**
 * Creates the demo team `local:<team>` (members, prospects, operations, three months of activity
 * up to `now`) and returns a French summary. A team that already holds data is left untouched.
 */
export async function seedDemo(store: Store, opts: { team: string; now: Date }): Promise<string> {
  const teamId = `local:${opts.team}`;
  const cal = demoCalendar(opts.now, TIME_ZONE, MONTHS);
  return store.transact(
    teamId,
    async (tx) => {
      if (tx.activities.size > 0 || tx.prospects.size > 0) {
        return `L’équipe « ${opts.team} » existe déjà avec des données : rien n’a été ajouté. / Team "${opts.team}" already has data: nothing was added.`;
      }
      const rng = createRng(SEED);
      const team = buildDemoTeam(cal);
      const states = makeProspects(rng, cal, team).map(initialState);
      const activities = simulateActivities(rng, cal, team, states);

      // The team may exist already (an earlier command named it), but empty: make it the demo team.
      tx.setTeam({
        ...tx.team,
        name: TEAM_NAME,
        settings: { locale: 'fr', timeZone: TIME_ZONE, currency: 'EUR' },
      });
      for (const m of team.members) tx.members.put(m);
      for (const c of team.campaigns) tx.campaigns.put(c);
      seedCompany(tx, cal, team.campaigns);
      for (const s of states) tx.prospects.put(finalProspect(s));
      for (const a of activities) tx.activities.put(a);
      seedWatch(tx, cal);
      seedRequests(tx, cal, states);
      const sales = demoSalesLines(createRng(SALES_SEED), cal, states, activities);
      await importDemoSales(tx, sales);

      const n = new Intl.NumberFormat('fr-FR');
      const first = activities[0]?.date ?? cal.today;
      const last = activities.at(-1)?.date ?? cal.today;
      return (
        `Équipe démo « ${opts.team} » prête : ${team.members.length} membres, ${n.format(states.length)} prospects, ` +
        `${team.campaigns.length} opérations, ${n.format(activities.length)} actions du ${first} au ${last}, ` +
        `${n.format(sales.length)} lignes de ventes sur trois ans. ` +
        `Essayez : prospecta run --team ${opts.team} "/entonnoir cette-semaine"`
      );
    },
    { init: () => demoTeamRecord(teamId, cal) },
  );
}

/** The prospect as the replay left it: new customers, oppositions and consents recorded. */
function finalProspect(s: ProspectState): Prospect {
  const p = s.d.prospect;
  const consent = s.opposedOn
    ? { ...p.consent, status: 'refused' as const, at: s.opposedOn }
    : s.consentOn
      ? { status: 'granted' as const, basis: 'consent' as const, at: s.consentOn }
      : p.consent;
  const won = s.signedOn !== undefined && !s.wasCustomer;
  return { ...p, consent, ...(won && { status: 'customer', customerSince: s.signedOn }) };
}
