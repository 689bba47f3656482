import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore(); // today: Saturday 2026-11-28, this week 23..29 Nov
});
afterEach(async () => {
  await core.close();
});

const WEEK = [
  'kind:call outcome:no_answer prospect:A date:2026-11-23',
  'kind:call outcome:no_answer prospect:B date:2026-11-23',
  'kind:call outcome:no_answer prospect:C date:2026-11-24',
  'kind:call outcome:no_answer prospect:D date:2026-11-24',
  'kind:call outcome:reached prospect:E date:2026-11-24',
  'kind:call outcome:refused prospect:F date:2026-11-25',
  'kind:call outcome:appointment prospect:G date:2026-11-25',
  'kind:call outcome:appointment prospect:H date:2026-11-25',
  'kind:door outcome:callback prospect:I date:2026-11-26',
  'kind:visit outcome:signed prospect:G date:2026-11-27 amount:1000',
  'kind:visit outcome:proposal prospect:H date:2026-11-27 amount:2500',
  'kind:meeting outcome:refused prospect:J date:2026-11-28',
  // last week, for the comparison
  'kind:call outcome:reached prospect:K date:2026-11-18',
];

interface FunnelData {
  view: 'activity' | 'cohort';
  period: { from: string; to: string };
  stages: Record<string, number>;
  ratios: Record<string, { numerator: number; denominator: number; value: number | null }>;
  previous?: { stages: Record<string, number> };
  comparison?: { stages: Record<string, { delta: number; change: { value: number | null } }> };
}

describe('/funnel', () => {
  it('counts every stage and ratio of a hand-computed week (DOMAIN §1)', async () => {
    for (const line of WEEK) expect((await core.run(`/log ${line}`)).error).toBeUndefined();
    const r = await core.run('/funnel this-week');
    const d = r.data as unknown as FunnelData;
    expect(d.view).toBe('activity');
    expect(d.period).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(d.stages).toEqual({
      targeted: 10,
      attempted: 9,
      reached: 5,
      pitched: 4,
      appointment: 2,
      visited: 3,
      proposal: 1,
      signed: 1,
    });
    expect(d.ratios.reach_rate).toEqual({ numerator: 5, denominator: 9, value: 5 / 9 });
    expect(d.ratios.pitch_rate).toEqual({ numerator: 4, denominator: 5, value: 0.8 });
    expect(d.ratios.appointment_rate).toEqual({ numerator: 2, denominator: 5, value: 0.4 });
    // 3 visits for 2 appointments: J's meeting had no appointment logged, and the data says so
    expect(d.ratios.show_rate).toEqual({
      numerator: 3,
      denominator: 2,
      value: 1.5,
      excess: [{ cause: 'visits_without_appointment', count: 1 }],
    });
    expect(d.ratios.proposal_rate).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(d.ratios.close_rate).toEqual({ numerator: 1, denominator: 3, value: 1 / 3 });
    expect(d.ratios.appointment_close_rate).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(d.ratios.global_rate).toEqual({ numerator: 1, denominator: 10, value: 0.1 });
    expect(d.ratios.prospecting_effort).toEqual({ numerator: 3, denominator: 3, value: 1 });
    expect(d.ratios.conquest_rate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    // the ratio is shown with its fraction, French style
    const ratioTable = r.blocks.filter((b) => b.type === 'table')[1];
    expect(ratioTable?.type === 'table' && ratioTable.rows[0]).toEqual([
      'Taux de joignabilité',
      '55,6\u00a0% (5/9)',
    ]);
    const charts = r.blocks.filter((b) => b.type === 'chart');
    expect(charts).toHaveLength(1);
    const spec = charts[0]?.type === 'chart' ? charts[0].spec : undefined;
    expect(spec?.type).toBe('funnel');
    // bars from attempted down (targeted counts prospects, not attempts: it is stated, not drawn);
    // beside each stage, the DOMAIN ratio that leads to it; none for attempted
    expect(spec?.type === 'funnel' && spec.stages.map((s) => s.rate)).toEqual([
      undefined,
      5 / 9,
      0.8,
      0.4,
      1.5,
      1 / 3,
      1 / 3,
    ]);
  });

  it('never shows a rate above 100 % without its cause, and offers the cohort view', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    const r = await core.run('/entonnoir');
    const texts = r.blocks.flatMap((b) => (b.type === 'text' ? [b.text] : []));
    expect(texts).toContain(
      '* Taux de réalisation des RDV 150,0\u00a0% (3/2) dépasse 100 % : dont 1 visite sans RDV en attente (deuxième visite, RDV non saisi ou de plus de 3 mois).',
    );
    const ratioTable = r.blocks.filter((b) => b.type === 'table')[1];
    expect(ratioTable?.type === 'table' && ratioTable.rows[3]).toEqual([
      'Taux de réalisation des RDV *',
      '150,0\u00a0% (3/2)',
    ]);
    const chart = r.blocks.find((b) => b.type === 'chart');
    const spec = chart?.type === 'chart' ? chart.spec : undefined;
    expect(spec?.type === 'funnel' && spec.stages.find((s) => s.label === 'RDV réalisés')?.rateNote).toBe(
      '*',
    );
    expect(spec?.subtitle).toContain('dont 1 visite sans RDV en attente');
    expect(r.followUps).toEqual([
      { label: 'Vue cohorte', command: '/entonnoir période:2026-11-23..2026-11-29 vue:cohorte' },
      { label: 'Définitions', command: '/entonnoir période:2026-11-23..2026-11-29 détails:oui' },
      {
        label: 'Comparer avec la période précédente',
        command: '/entonnoir période:2026-11-23..2026-11-29 comparer:précédente',
      },
    ]);
    for (const f of r.followUps) expect((await core.run(f.command)).error, f.command).toBeUndefined();
    const en = await core.run('/funnel', { locale: 'en' });
    expect(en.followUps[1]?.command).toBe('/funnel period:2026-11-23..2026-11-29 details:true');
    expect(en.blocks).toContainEqual({
      type: 'text',
      text: '* Show rate 150.0% (3/2) is above 100%: including 1 visit with no appointment waiting (a second visit, an appointment not logged or over 3 months old).',
    });
  });

  it('counts a visit for an appointment obtained up to three months before the period; an older one has lapsed', async () => {
    await core.run('/log kind:call outcome:appointment prospect:A date:2026-09-01'); // 83 days before the 23rd
    await core.run('/log kind:call outcome:appointment prospect:B date:2026-08-01'); // 114 days before
    await core.run('/log kind:call outcome:appointment prospect:C date:2026-11-24');
    for (const p of ['A', 'B', 'C'])
      await core.run(`/log kind:visit outcome:callback prospect:${p} date:2026-11-26`);
    const d = (await core.run('/funnel this-week')).data as unknown as FunnelData;
    expect(d.ratios.show_rate).toMatchObject({
      numerator: 3,
      denominator: 1,
      excess: [
        { cause: 'appointments_before_period', count: 1 },
        { cause: 'visits_without_appointment', count: 1 },
      ],
    });
  });

  it('cohort view: each prospect once per stage reached, monotonic, followed up to today', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    const r = await core.run('/entonnoir vue:cohorte période:2026-11-23..2026-11-26');
    const d = r.data as unknown as FunnelData & { until: string };
    expect(d.view).toBe('cohort');
    expect(d.until).toBe('2026-11-28');
    // A–I first worked by the 26th; G and H went on to visits on the 27th (J, first seen on the 28th, is out)
    expect(d.stages).toEqual({
      targeted: 9,
      attempted: 9,
      reached: 5,
      pitched: 4,
      appointment: 2,
      visited: 2,
      proposal: 2,
      signed: 1,
    });
    expect(Object.values(d.ratios).every((x) => x.value === null || x.value <= 1)).toBe(true);
    expect(r.followUps[0]).toEqual({
      label: 'Vue activité',
      command: '/entonnoir période:2026-11-23..2026-11-26',
    });
  });

  it('details:oui defines each ratio: formula in words, both numbers and where they come from', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    const r = await core.run('/entonnoir détails:oui');
    const fieldsBlock = r.blocks.find((b) => b.type === 'fields');
    const defs = fieldsBlock?.type === 'fields' ? fieldsBlock.fields : [];
    expect(defs).toHaveLength(10);
    expect(defs[8]).toEqual({
      label: 'Effort de prospection = visites à des prospects / toutes les visites réalisées',
      value:
        '100,0\u00a0% (3/3)\n3 : visites à des prospects (pas encore clients le jour de la visite)\n3 : toutes les visites et RDV à distance tenus sur la période',
    });
    expect(defs[9]?.label).toBe('Taux de conquête = nouveaux clients / clients');
    expect(defs[9]?.value).toContain(
      '1 : prospects travaillés sur la période et devenus clients pendant celle-ci',
    );
    expect(r.followUps.map((f) => f.label)).not.toContain('Définitions');
    const en = await core.run('/funnel details:true', { locale: 'en' });
    const enFields = en.blocks.find((b) => b.type === 'fields');
    expect(enFields?.type === 'fields' && enFields.fields[0]?.label).toBe('Reach rate = reached / attempts');
  });

  it('takes a named campaign’s own period when none is given, with its follow-ups as its dashboard does', async () => {
    await core.run('/campaign create "Salon" from:2026-10-12 to:2026-10-18 target_size:40');
    await core.run('/log kind:event outcome:appointment prospect:A date:2026-10-14 campaign:C-1');
    await core.run('/log kind:visit outcome:signed prospect:A date:2026-10-16 campaign:C-1 amount:900');
    const r = await core.run('/entonnoir campagne:Salon');
    const d = r.data as unknown as FunnelData;
    expect(d.period).toEqual({ from: '2026-10-12', to: '2026-10-18' });
    expect(d.stages).toMatchObject({ targeted: 40, attempted: 1, appointment: 1, visited: 1, signed: 1 });
    expect(r.followUps[1]?.command).toBe(
      '/entonnoir période:2026-10-12..2026-10-18 campagne:C-1 détails:oui',
    );
    // a visit after the show, logged under the campaign, widens its period
    await core.run('/log kind:event outcome:appointment prospect:B date:2026-10-15 campaign:C-1');
    await core.run('/log kind:visit outcome:proposal prospect:B date:2026-10-22 campaign:C-1');
    const later = (await core.run('/funnel campaign:C-1')).data as unknown as FunnelData;
    expect(later.period).toEqual({ from: '2026-10-12', to: '2026-10-22' });
    expect(later.stages).toMatchObject({ appointment: 2, visited: 2, proposal: 1, signed: 1 });
  });

  it('the campaign dashboard explains its ratios above 100 % as /funnel does', async () => {
    await core.run('/campaign create "Relance" from:2026-11-02 to:2026-11-29');
    await core.run('/log kind:call outcome:appointment prospect:A date:2026-11-03 campaign:C-1');
    await core.run('/log kind:visit outcome:callback prospect:A date:2026-11-05 campaign:C-1');
    await core.run('/log kind:visit outcome:signed prospect:A date:2026-11-12 campaign:C-1 amount:500');
    const r = await core.run('/dashboard C-1');
    const d = r.data as unknown as FunnelData;
    expect(d.ratios.show_rate).toEqual({
      numerator: 2,
      denominator: 1,
      value: 2,
      excess: [{ cause: 'visits_without_appointment', count: 1 }],
    });
    expect(r.blocks).toContainEqual({
      type: 'text',
      text: 'Taux de réalisation des RDV 200,0\u00a0% (2/1) dépasse 100 % : dont 1 visite sans RDV en attente (deuxième visite, RDV non saisi ou de plus de 3 mois).',
    });
  });

  it('compares with the previous week and draws the comparison chart', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    const r = await core.run('/entonnoir période:cette-semaine comparer:précédente');
    const d = r.data as unknown as FunnelData;
    expect(d.previous?.stages).toMatchObject({ targeted: 1, attempted: 1, reached: 1, signed: 0 });
    expect(d.comparison?.stages.attempted).toMatchObject({ delta: 8, change: { value: 8 } });
    expect(d.comparison?.stages.signed.change.value).toBeNull();
    expect(r.blocks.filter((b) => b.type === 'chart')).toHaveLength(2);
  });

  it('gives null ratios, never 0 or NaN, on an empty period', async () => {
    const r = await core.run('/funnel period:2026-01');
    const d = r.data as unknown as FunnelData;
    expect(d.period).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(Object.values(d.ratios).every((x) => x.value === null && x.denominator === 0)).toBe(true);
    expect(JSON.stringify(r.blocks)).toContain('n.d. (0/0)');
  });

  it('filters by rep, and refuses an unknown period with examples', async () => {
    for (const line of WEEK) await core.run(`/log ${line}`);
    await core.run('/log kind:call outcome:refused prospect:Z date:2026-11-26', { user: 'bob' });
    const bob = await core.run('/funnel this-week rep:bob');
    expect((bob.data as unknown as FunnelData).stages).toMatchObject({
      targeted: 1,
      attempted: 1,
      reached: 1,
      pitched: 1,
    });
    // the buttons keep the rep: each reruns the same funnel with one option more
    for (const f of bob.followUps) {
      const again = await core.run(f.command);
      expect((again.data as unknown as { filters: { rep: string } }).filters.rep, f.command).toBe('cli:bob');
    }
    const bad = await core.run('/funnel period:someday');
    expect(bad.error?.code).toBe('invalid_period');
    expect(bad.error?.message).toContain('cette-semaine');
  });
});
