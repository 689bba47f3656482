import type { Activity } from '../domain/entities.ts';
import type { ActivityKind, Outcome } from '../domain/ids.ts';
import { addDays, clock, type DemoCalendar, instantOf } from './calendar.ts';
import { CANCELLED, callMinute, durationOf, HABITS, MIXES, slot, travelTo, visitMinute } from './habits.ts';
import { noteFor } from './notes.ts';
import type { Rng } from './random.ts';
import { applyOutcome, canCall, canContact, newQuote, type ProspectState } from './state.ts';
import { type DemoTeam, REP_IDS } from './team.ts';

interface Draft {
  seq: number;
  s: ProspectState;
  kind: ActivityKind;
  outcome: Outcome;
  day: string;
  minute: number;
  durationMin: number;
  travel?: { min: number; km: number };
  quote?: { amount: number; margin: number };
  campaignId: string | undefined;
  note: string | undefined;
}

type Pick = (day: string, where: (s: ProspectState) => boolean) => ProspectState | undefined;

/** Replays three months of prospecting, day by day; the states end as the prospects now stand. */
export function simulateActivities(
  rng: Rng,
  cal: DemoCalendar,
  team: DemoTeam,
  states: ProspectState[],
): Activity[] {
  const drafts: Draft[] = [];
  // Salon leads are followed up under the salon's operation for a month.
  const campaignFor = (s: ProspectState, day: string): string | undefined =>
    s.d.prospect.source === 'salon' && team.salonDays.length > 0 && day <= addDays(team.salonEnd, 30)
      ? 'C-1'
      : s.d.shop && day >= team.shopOperation.from && day <= team.shopOperation.to
        ? 'C-2'
        : undefined;

  const emit = (
    s: ProspectState,
    kind: ActivityKind,
    outcome: Outcome,
    day: string,
    minute: number,
    extra: Partial<Draft> = {},
  ) => {
    const held = kind === 'visit' || kind === 'meeting';
    // A held appointment keeps the campaign it was booked under (or none); a customer follow-up has none.
    const campaignId = 'campaignId' in extra ? extra.campaignId : campaignFor(s, day);
    const quote = outcome === 'proposal' || outcome === 'signed' ? (s.quote ?? newQuote(rng, s)) : undefined;
    if (outcome === 'proposal') s.quote = quote;
    const durationMin = durationOf(rng, kind, outcome);
    const note =
      applyOutcome(rng, s, day, outcome, held, campaignId) ?? noteFor(rng, kind, outcome, s.d.service.label);
    drafts.push({
      seq: drafts.length,
      s,
      kind,
      outcome,
      day,
      minute,
      durationMin,
      ...extra,
      campaignId,
      note,
      ...(quote && { quote }),
    });
  };

  for (const day of cal.workdays) {
    for (const s of states) {
      if (s.pendingVisit?.day !== day) continue;
      const { remote, campaignId } = s.pendingVisit;
      s.pendingVisit = undefined;
      if (rng.chance(CANCELLED)) continue;
      emit(s, remote ? 'meeting' : 'visit', rng.weighted(MIXES.held), day, visitMinute(rng), {
        campaignId,
        ...(!remote && { travel: travelTo(rng, s.d.place) }),
      });
    }
    const salonDay = team.salonDays.includes(day);
    for (const rep of REP_IDS) {
      const habits = HABITS[rep];
      if (!habits) continue;
      const mine = states.filter((s) => s.rep === rep);
      // Due callbacks first, then (during the operation) the shops, then anyone.
      const pick: Pick = (d, where) => {
        const pool = mine.filter(where);
        const due = pool.filter((s) => s.callbackDue !== undefined && s.callbackDue <= d);
        if (due.length > 0 && rng.chance(0.6)) return rng.pick(due);
        const shops = pool.filter((s) => campaignFor(s, d) === 'C-2');
        if (shops.length > 0 && rng.chance(0.5)) return rng.pick(shops);
        return pool.length > 0 ? rng.pick(pool) : undefined;
      };
      if (salonDay) {
        for (const s of mine.filter((x) => x.from === day && x.d.metAt !== undefined)) {
          emit(s, 'event', rng.weighted(MIXES.event), day, s.d.metAt ?? 600, { campaignId: 'C-1' });
        }
      }
      for (let n = salonDay ? rng.int(1, 3) : rng.int(...habits.calls); n > 0; n--) {
        let outcome = rng.weighted(MIXES.call);
        const quoted = mine.filter((x) => x.quote && canCall(x, day));
        if (outcome === 'signed' && quoted.length === 0) outcome = 'callback';
        const s = outcome === 'signed' ? rng.pick(quoted) : pick(day, (x) => canCall(x, day));
        if (!s) break;
        s.calls.push(day);
        emit(s, 'call', outcome, day, callMinute(rng, s.b2c));
      }
      for (let n = rng.int(...habits.emails); n > 0; n--) {
        const s = pick(day, (x) => x.reachable && canContact(x, day));
        if (s) emit(s, 'email', rng.weighted(MIXES.email), day, slot(rng, 510, 1080));
      }
      if (rng.chance(habits.social)) {
        const s = pick(day, (x) => !x.b2c && canContact(x, day));
        if (s) emit(s, 'social', rng.weighted(MIXES.social), day, slot(rng, 510, 1080));
      }
      if (!salonDay && rng.chance(habits.door)) doorRound(pick, mine, day);
      // Consumers who gave no consent get a letter; calling back gives it.
      const letter = rng.chance(0.06) ? pick(day, (x) => !x.reachable && canContact(x, day)) : undefined;
      if (letter) {
        const outcome = rng.weighted(MIXES.letter);
        if (outcome === 'callback') {
          letter.reachable = true;
          letter.consentOn = day;
        }
        emit(letter, 'letter', outcome, day, slot(rng, 510, 600));
      }
      const customer = rng.chance(0.04) ? pick(day, (x) => x.wasCustomer && x.lastTouch !== day) : undefined;
      if (customer) {
        emit(customer, 'visit', rng.weighted(MIXES.followUp), day, visitMinute(rng), {
          campaignId: undefined,
          travel: travelTo(rng, customer.d.place),
        });
      }
    }
  }

  /** A door-to-door round among the rep's businesses of one commune and its neighbours. */
  function doorRound(pick: Pick, mine: ProspectState[], day: string): void {
    const open = (x: ProspectState) => !x.b2c && canContact(x, day);
    const first = pick(day, open);
    if (!first) return;
    const near = mine.filter((x) => x !== first && open(x) && Math.abs(x.d.place.km - first.d.place.km) <= 3);
    let minute = rng.chance(0.5) ? 570 : 870;
    [first, ...near].slice(0, rng.int(4, 7)).forEach((s, i) => {
      const travel = i === 0 ? travelTo(rng, s.d.place) : { km: rng.int(0, 2), min: rng.int(2, 6) };
      emit(s, 'door', rng.weighted(MIXES.door), day, minute, { travel });
      minute += rng.int(3, 5) * 5;
    });
  }

  drafts.sort((a, b) => a.day.localeCompare(b.day) || a.minute - b.minute || a.seq - b.seq);
  return drafts.map((d, i) => toActivity(cal, d, i));
}

function toActivity(cal: DemoCalendar, d: Draft, i: number): Activity {
  // Today's actions planned after `now` are kept, so that the week never looks empty, but get no time.
  const time = d.day === cal.today && clock(d.minute) > cal.nowTime ? undefined : clock(d.minute);
  return {
    id: `A-demo-${String(i + 1).padStart(5, '0')}`,
    kind: d.kind,
    outcome: d.outcome,
    prospectId: d.s.d.prospect.id,
    repId: d.s.rep,
    date: d.day,
    ...(time && { time }),
    ...(d.quote && { amount: d.quote.amount, margin: d.quote.margin }),
    durationMin: d.durationMin,
    ...(d.travel && { travelMin: d.travel.min, km: d.travel.km }),
    ...(d.campaignId && { campaignId: d.campaignId }),
    ...(d.note && { note: d.note }),
    source: 'chat',
    createdAt: time ? instantOf(cal, d.day, clock(d.minute + d.durationMin)) : cal.now.toISOString(),
    createdBy: d.s.rep,
  };
}
