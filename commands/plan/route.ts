import { z } from 'zod';
import { defineSubcommand } from '../../src/core/command.ts';
import { UserError } from '../../src/core/errors.ts';
import { opt } from '../../src/core/options.ts';
import { chart, reply, table, text } from '../../src/core/reply.ts';
import type { Prospect } from '../../src/domain/entities.ts';
import { requireByRef } from '../../src/domain/lookup.ts';
import { requireMember } from '../../src/domain/member-ref.ts';
import { DEFAULTS } from '../../src/domain/operation-settings.ts';
import type { LatLon } from '../../src/planning/geo.ts';
import { geoUri, osmUrl, stopLinks, stopPlace } from '../../src/planning/map-links.ts';
import { parseLatLon, planDay, prospectLocator, type StopInput } from '../../src/planning/route-plan.ts';
import { DEFAULT_HOURS, dayOff, nextWorkingDay, parseWorkingHours } from '../../src/planning/working-day.ts';
import { contactable } from '../../src/privacy/opposition.ts';
import { resolveProspectRef } from '../../src/prospects/merged.ts';
import { activityShardOf } from '../../src/store/collections.ts';

/** Beyond this, nearest neighbour + 2-opt from every start stops being instant, and no rep visits more in a day. */
export const MAX_STOPS = 25;

const clock = (min: number): string => {
  const m = Math.round(min);
  return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

function parseClock(typed: string): number | null {
  const m = /^(\d{1,2})(?:[:h](\d{2})?)?$/.exec(typed.trim().toLowerCase());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? 0);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export const planRouteCommand = defineSubcommand({
  name: 'route',
  frName: 'tournée',
  aliases: ['tournee', 'itineraire', 'trajet'],
  slow: true,
  description: {
    fr: 'Tournée du jour : visites ordonnées, distance, horaires, carte',
    en: 'The day’s round: visits in order, distance, schedule, map',
  },
  examples: [
    '/plan route date:2026-11-27',
    '/plan tournée date:demain prospects:"P-3, P-7, P-12" départ:45.75,4.84',
  ],
  options: z.object({
    date: opt.date({
      positional: true,
      aliases: ['jour', 'le'],
      description: {
        fr: 'Jour de la tournée (aujourd’hui par défaut)',
        en: 'Day of the round (default today)',
      },
    }),
    from: opt.text({
      frName: 'départ',
      aliases: ['depart', 'start'],
      maxLength: 40,
      description: {
        fr: 'Point de départ et retour : code postal ou lat,lon',
        en: 'Start and end: postal code or lat,lon',
      },
    }),
    prospects: opt.text({
      maxLength: 1000,
      description: {
        fr: 'Prospects à visiter, séparés par des virgules',
        en: 'Prospects to visit, comma-separated',
      },
    }),
    rep: opt.text({
      frName: 'commercial',
      autocomplete: 'rep',
      description: { fr: 'Commercial (vous par défaut)', en: 'Sales rep (you by default)' },
    }),
    speed: opt.number({
      frName: 'vitesse',
      min: 5,
      max: 130,
      description: {
        fr: 'Vitesse moyenne en km/h (50 par défaut)',
        en: 'Average speed in km/h (default 50)',
      },
    }),
    at: opt.text({
      frName: 'heure',
      maxLength: 5,
      description: {
        fr: 'Heure de départ (début des horaires, 8:30 par défaut)',
        en: 'Start time (start of the working hours, default 8:30)',
      },
    }),
    hours: opt.text({
      frName: 'horaires',
      maxLength: 40,
      description: {
        fr: 'Horaires de travail, pause déjeuner entre les deux (8:30-12:00, 13:30-18:00 par défaut)',
        en: 'Working hours, lunch break between them (default 8:30-12:00, 13:30-18:00)',
      },
    }),
    any_day: opt.boolean({
      frName: 'jour_non_ouvré',
      aliases: ['jour_non_ouvre', 'any_day'],
      description: {
        fr: 'Autoriser un samedi, un dimanche ou un jour férié',
        en: 'Allow a Saturday, a Sunday or a public holiday',
      },
    }),
    visit_duration: opt.duration({
      frName: 'durée_visite',
      aliases: ['duree_visite'],
      description: {
        fr: 'Durée d’une visite sans durée saisie (60 min)',
        en: 'Visit length when none is logged (60 min)',
      },
    }),
  }),
  handler(args, ctx) {
    const { tx, t, fmt } = ctx;
    const hours = args.hours === undefined ? DEFAULT_HOURS : parseWorkingHours(args.hours);
    if (!hours) throw new UserError('route_hours_invalid', { value: args.hours ?? '' }, 'hours');
    // Without a date, the next working day; a day off typed on purpose needs any_day.
    const date = args.date ?? (args.any_day ? ctx.today : nextWorkingDay(ctx.today));
    const off = args.any_day ? null : dayOff(date);
    if (off) throw new UserError('route_day_off', { date: fmt.date(date), reason: off }, 'date');
    const rep = args.rep === undefined ? ctx.member : requireMember(tx.members, args.rep, 'rep');
    const startMin = args.at === undefined ? hours.morning[0] : parseClock(args.at);
    if (startMin === null)
      throw new UserError(
        'invalid_time',
        { option: ctx.locale === 'fr' ? 'heure' : 'at', value: args.at ?? '' },
        'at',
      );
    const prospects = tx.prospects.all();
    const { locate, postalCode } = prospectLocator(prospects);
    let start: LatLon | undefined;
    if (args.from !== undefined) {
      const point = parseLatLon(args.from) ?? postalCode(args.from);
      if (!point) throw new UserError('route_start_unknown', { value: args.from }, 'from');
      start = point;
    }
    const visitMin = args.visit_duration ?? DEFAULTS.visitMin;
    const wanted: { prospect: Prospect; durationMin: number }[] = [];
    const remote: Prospect[] = [];
    if (args.prospects !== undefined) {
      for (const ref of args.prospects
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const p = requireByRef(tx.prospects, resolveProspectRef(tx, ref), 'prospect_not_found', 'prospects');
        if (!wanted.some((w) => w.prospect.id === p.id)) wanted.push({ prospect: p, durationMin: visitMin });
      }
    } else {
      for (const a of tx.activities.inShards(activityShardOf(date), activityShardOf(date))) {
        if (a.date !== date || a.repId !== rep.id) continue;
        const p = tx.prospects.get(a.prospectId);
        if (!p) continue;
        if (a.kind === 'meeting') remote.push(p);
        else if (a.kind === 'visit') wanted.push({ prospect: p, durationMin: a.durationMin ?? visitMin });
      }
    }
    // Nobody on the do-not-contact list (or erased) is visited: left out of the round.
    const canVisit = contactable(tx, ctx.dataDir);
    wanted.splice(0, wanted.length, ...wanted.filter((w) => canVisit(w.prospect)));
    if (wanted.length > MAX_STOPS)
      throw new UserError('route_too_many', { count: wanted.length, max: MAX_STOPS }, 'prospects');
    const located: StopInput[] = [];
    const unlocated: Prospect[] = [];
    for (const w of wanted) {
      const where = locate(w.prospect);
      if (where) located.push({ ...w, ...where });
      else unlocated.push(w.prospect);
    }
    const speed = args.speed ?? DEFAULTS.speedKmh;
    const plan = planDay(located, { ...(start && { start }), speedKmh: speed, startMin, hours });
    const name = (p: Prospect) => `${p.name} (${p.id})`;
    const blocks = [
      text(
        t('ops.route_summary', {
          rep: rep.displayName,
          date: fmt.date(date),
          stops: plan.stops.length,
          km: fmt.number(plan.km, 1),
          drive: Math.round(plan.driveMin),
          speed: fmt.number(speed),
          visit: Math.round(plan.visitMin),
          end: clock(plan.end),
        }),
      ),
    ];
    if (wanted.length === 0) blocks.push(text(t('ops.route_empty', { date: fmt.date(date) })));
    if (plan.stops.length)
      blocks.push(
        table(
          [
            { label: '#' },
            { label: t('field.prospect') },
            { label: t('field.city') },
            { label: t('ops.col_km'), align: 'right' },
            { label: t('ops.col_arrive'), align: 'right' },
            { label: t('ops.col_leave'), align: 'right' },
          ],
          [
            ...plan.stops.flatMap((s, i) => [
              ...(s.afterLunch
                ? [['', t('ops.route_lunch'), '', '', clock(hours.morning[1]), clock(hours.afternoon[0])]]
                : []),
              [
                String(i + 1),
                name(s.prospect) + (s.approx ? ' ≈' : ''),
                [s.prospect.postalCode, s.prospect.city].filter(Boolean).join(' '),
                fmt.number(s.legKm, 1),
                clock(s.arrive),
                clock(s.leave),
              ],
            ]),
            ...(start
              ? [['↩', t('ops.route_back'), '', fmt.number(plan.returnKm, 1), clock(plan.end), '']]
              : []),
          ],
          t('ops.route_caption', { speed: fmt.number(speed) }),
        ),
      );
    const late = plan.stops.flatMap((s, i) => (s.afterHours ? [String(i + 1)] : []));
    if (late.length)
      blocks.push(
        text(t('ops.route_after_hours', { list: late.join(', '), end: clock(hours.afternoon[1]) })),
      );
    if (plan.stops.some((s) => s.by === 'postal_code')) blocks.push(text(t('ops.route_approx')));
    if (plan.stops.some((s) => s.by === 'team_postal_code')) blocks.push(text(t('ops.route_approx_team')));
    if (unlocated.length)
      blocks.push(text(t('ops.route_unlocated', { list: unlocated.map(name).join(', ') })));
    if (remote.length) blocks.push(text(t('ops.route_remote', { list: remote.map(name).join(', ') })));
    if (plan.stops.length) {
      blocks.push(text(plan.stops.map((s, i) => stopLinks(i + 1, s.prospect.name, s.point)).join('\n')));
      blocks.push(
        chart({
          type: 'map',
          title: t('ops.route_chart_title', { date: fmt.date(date), rep: rep.displayName }),
          subtitle: t('ops.route_chart_subtitle', { km: fmt.number(plan.km, 1), stops: plan.stops.length }),
          alt: t('ops.route_chart_alt', {
            list: plan.stops.map((s, i) => `${i + 1}. ${s.prospect.name}`).join(', '),
          }),
          locale: ctx.locale,
          ...(start && { start: { ...start, label: t('ops.route_start') } }),
          stops: plan.stops.map((s) => ({ ...s.point, label: stopPlace(s) })),
        }),
      );
    }
    const stopData = (p: Prospect) => ({ prospectId: p.id, name: p.name, postalCode: p.postalCode ?? null });
    return reply({
      title: t('ops.route_title', { date: fmt.date(date) }),
      blocks,
      data: {
        date,
        rep: rep.id,
        start: start ?? null,
        speed_kmh: speed,
        stops: plan.stops.map((s, i) => ({
          order: i + 1,
          ...stopData(s.prospect),
          lat: s.point.lat,
          lon: s.point.lon,
          approx: s.approx,
          located_by: s.by,
          ...(s.commune && { commune: s.commune }),
          geo_uri: geoUri(s.point),
          map_url: osmUrl(s.point),
          leg_km: s.legKm,
          drive_min: s.driveMin,
          duration_min: s.durationMin,
          arrive: clock(s.arrive),
          leave: clock(s.leave),
          after_lunch: s.afterLunch,
          after_hours: s.afterHours,
        })),
        hours: { morning: hours.morning.map(clock), afternoon: hours.afternoon.map(clock) },
        return_km: plan.returnKm,
        distance_km: plan.km,
        drive_min: plan.driveMin,
        visit_min: plan.visitMin,
        total_min: plan.totalMin,
        unlocated: unlocated.map(stopData),
        remote: remote.map(stopData),
      },
    });
  },
});
