import type { Activity } from '../domain/entities.ts';
import type { ActivityKind, Outcome } from '../domain/ids.ts';
import { addDays, clock, type DemoCalendar, instantOf } from './calendar.ts';
import { noteFor } from './notes.ts';
import type { Rng } from './random.ts';
import { applyOutcome, canCall, canContact, newQuote, type ProspectState } from './state.ts';
import { type DemoTeam, REP_IDS } from './team.ts';

type Mix = Partial<Record<Outcome, number>>;
const CALL_MIX: Mix = { no_answer: 40, wrong_contact: 7, reached: 15, refused: 14, callback: 10, appointment: 11, proposal: 2, signed: 1 };
const HELD_MIX: Mix = { proposal: 35, signed: 20, refused: 20, callback: 25 };
const FOLLOW_UP_MIX: Mix = { callback: 50, proposal: 30, signed: 20 };
const EMAIL_MIX: Mix = { no_answer: 55, reached: 15, refused: 9, callback: 15, appointment: 6 };
const SOCIAL_MIX: Mix = { no_answer: 55, reached: 25, callback: 14, appointment: 6 };
const DOOR_MIX: Mix = { no_answer: 20, reached: 25, refused: 25, callback: 15, appointment: 15 };
const EVENT_MIX: Mix = { reached: 30, refused: 15, callback: 35, appointment: 20 };
const MAIL_MIX: Mix = { no_answer: 85, callback: 15 };

/** How each rep works: calls a day, e-mails a day, chance of a LinkedIn or a door-to-door day. */
const PROFILES: Record<string, { calls: [number, number]; emails: [number, number]; social: number; door: number }> = {
  'demo:alice': { calls: [8, 12], emails: [0, 2], social: 0.5, door: 0.1 },
  'demo:karim': { calls: [6, 10], emails: [0, 1], social: 0.2, door: 0.25 },
  'demo:chloe': { calls: [5, 9], emails: [1, 3], social: 0.6, door: 0.08 },
};

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

/** Replays three months of prospecting, day by day; the states end as the prospects now stand. */
export function simulateActivities(rng: Rng, cal: DemoCalendar, team: DemoTeam, states: ProspectState[]): Activity[] {
  const drafts: Draft[] = [];
  // Salon leads are followed up under the salon's operation for a month.
  const campaignFor = (s: ProspectState, day: string): string | undefined =>
    s.d.prospect.source === 'salon' && team.salonDays.length > 0 && day <= addDays(team.salonEnd, 30)
      ? 'C-1'
      : s.d.shop && day >= team.shopOperation.from && day <= team.shopOperation.to
        ? 'C-2'
        : undefined;

  const emit = (s: ProspectState, kind: ActivityKind, outcome: Outcome, day: string, minute: number, extra: Partial<Draft> = {}) => {
    const held = kind === 'visit' || kind === 'meeting';
    const campaignId = extra.campaignId ?? campaignFor(s, day);
    const quote = outcome === 'proposal' || outcome === 'signed' ? (s.quote ?? newQuote(rng, s)) : undefined;
    if (outcome === 'proposal') s.quote = quote;
    const note = applyOutcome(rng, s, day, outcome, held, campaignId) ?? noteFor(rng, kind, outcome, s.d.service.label);
    drafts.push({ seq: drafts.length, s, kind, outcome, day, minute, durationMin: duration(kind, outcome), ...extra, campaignId, note, ...(quote && { quote }) });
  };
  const duration = (kind: ActivityKind, outcome: Outcome): number => {
    if (kind === 'call') return outcome === 'no_answer' || outcome === 'wrong_contact' ? rng.int(1, 2) : rng.int(3, 10);
    if (kind === 'visit') return rng.int(9, 18) * 5;
    if (kind === 'meeting') return rng.int(6, 12) * 5;
    if (kind === 'door') return rng.int(5, 15);
    if (kind === 'event') return rng.int(10, 20);
    return rng.int(3, 8);
  };
  const travelTo = (s: ProspectState) => {
    const km = Math.round(s.d.place.km * (0.9 + rng.next() * 0.3));
    return { km, min: Math.round(km * 1.5) + rng.int(5, 12) };
  };
  const slot = (from: number, to: number): number => rng.int(from / 5, to / 5) * 5;
  const callTime = (s: ProspectState): number =>
    rng.chance(0.5) ? slot(s.b2c ? 600 : 540, s.b2c ? 765 : 735) : slot(840, s.b2c ? 1170 : 1095);
  const pick = (pool: ProspectState[], day: string): ProspectState | undefined => {
    const due = pool.filter((s) => s.callbackDue !== undefined && s.callbackDue <= day);
    if (due.length > 0 && rng.chance(0.6)) return rng.pick(due);
    const shops = pool.filter((s) => s.d.shop && campaignFor(s, day) === 'C-2');
    if (shops.length > 0 && rng.chance(0.5)) return rng.pick(shops);
    return pool.length > 0 ? rng.pick(pool) : undefined;
  };

  for (const day of cal.workdays) {
    for (const s of states) {
      if (s.pendingVisit?.day !== day) continue;
      const { remote, campaignId } = s.pendingVisit;
      s.pendingVisit = undefined;
      if (rng.chance(0.08)) continue; // cancelled by the prospect
      const minute = rng.pick([570, 660, 870, 990]) + rng.int(0, 3) * 5;
      emit(s, remote ? 'meeting' : 'visit', rng.weighted(HELD_MIX), day, minute, {
        campaignId,
        ...(!remote && { travel: travelTo(s) }),
      });
    }
    const salonDay = team.salonDays.includes(day);
    for (const rep of REP_IDS) {
      const profile = PROFILES[rep];
      if (!profile) continue;
      const mine = states.filter((s) => s.rep === rep);
      if (salonDay) {
        for (const s of mine.filter((x) => x.from === day && x.d.prospect.source === 'salon')) {
          emit(s, 'event', rng.weighted(EVENT_MIX), day, s.d.metAt ?? 600, { campaignId: 'C-1' });
        }
      }
      const calls = salonDay ? rng.int(1, 3) : rng.int(...profile.calls);
      for (let i = 0; i < calls; i++) {
        let outcome = rng.weighted(CALL_MIX);
        const quoted = mine.filter((s) => s.quote && canCall(s, day));
        if (outcome === 'signed' && quoted.length === 0) outcome = 'callback';
        const s = outcome === 'signed' ? rng.pick(quoted) : pick(mine.filter((x) => canCall(x, day)), day);
        if (!s) break;
        s.calls.push(day);
        emit(s, 'call', outcome, day, callTime(s));
      }
      for (let i = rng.int(...profile.emails); i > 0; i--) {
        const s = pick(mine.filter((x) => x.reachable && canContact(x, day)), day);
        if (s) emit(s, 'email', rng.weighted(EMAIL_MIX), day, slot(510, 1080));
      }
      if (rng.chance(profile.social)) {
        const s = pick(mine.filter((x) => !x.b2c && canContact(x, day)), day);
        if (s) emit(s, 'social', rng.weighted(SOCIAL_MIX), day, slot(510, 1080));
      }
      if (!salonDay && rng.chance(profile.door)) doorRound(mine, day);
      if (rng.chance(0.06)) {
        const s = pick(mine.filter((x) => !x.reachable && canContact(x, day)), day);
        if (s) {
          const outcome = rng.weighted(MAIL_MIX);
          if (outcome === 'callback') {
            s.reachable = true;
            s.consentOn = day;
          }
          emit(s, 'mail', outcome, day, slot(510, 600));
        }
      }
      if (rng.chance(0.04)) {
        const s = pick(mine.filter((x) => x.wasCustomer && x.lastTouch !== day), day);
        if (s) emit(s, 'visit', rng.weighted(FOLLOW_UP_MIX), day, slot(570, 990), { travel: travelTo(s) });
      }
    }
  }

  /** A door-to-door round among the rep's businesses of one commune and its neighbours. */
  function doorRound(mine: ProspectState[], day: string): void {
    const open = mine.filter((x) => !x.b2c && canContact(x, day));
    const first = pick(open, day);
    if (!first) return;
    const round = [first, ...open.filter((x) => x !== first && Math.abs(x.d.place.km - first.d.place.km) <= 3)].slice(0, rng.int(4, 7));
    let minute = rng.chance(0.5) ? 570 : 870;
    round.forEach((s, i) => {
      emit(s, 'door', rng.weighted(DOOR_MIX), day, minute, {
        travel: i === 0 ? travelTo(s) : { km: rng.int(0, 2), min: rng.int(2, 6) },
      });
      minute += rng.int(3, 5) * 5;
    });
  }

  drafts.sort((a, b) => a.day.localeCompare(b.day) || a.minute - b.minute || a.seq - b.seq);
  return drafts.map((d, i) => toActivity(cal, d, i));
}

function toActivity(cal: DemoCalendar, d: Draft, i: number): Activity {
  // Today's actions planned after `now` are kept for a lively week, but without a time.
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
