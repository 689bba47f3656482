import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCore } from '../helpers/core.ts';

let core: Awaited<ReturnType<typeof createTestCore>>;
beforeEach(async () => {
  core = await createTestCore();
});
afterEach(async () => {
  await core.close();
});

describe('/prospect', () => {
  it('adds, shows, lists and edits a prospect, with its derived last contact', async () => {
    const add = await core.run(
      '/prospect ajouter nom:"Garage Dupont" ville:Lyon code_postal:69003 type:pro consentement:non',
    );
    expect(add.data).toMatchObject({
      prospect: {
        id: 'P-1',
        name: 'Garage Dupont',
        city: 'Lyon',
        postalCode: '69003',
        type: 'b2b',
        consent: { status: 'refused', at: '2026-11-28' },
      },
    });
    expect((await core.run('/prospect add name:"garage dupont"')).error?.code).toBe('prospect_exists');
    await core.run('/log kind:call outcome:reached prospect:P-1 date:2026-11-20');
    await core.run('/log kind:call outcome:callback prospect:P-1 date:2026-11-25');
    const show = await core.run('/prospect show garage dupont');
    expect(show.data).toMatchObject({ prospect: { id: 'P-1', lastContact: '2026-11-25' }, activityCount: 2 });
    const edit = await core.run('/prospect edit P-1 phone:"04 78 00 00 00" status:customer');
    expect(edit.data).toMatchObject({
      prospect: { phone: '04 78 00 00 00', status: 'customer', customerSince: '2026-11-28' },
    });
    expect((await core.run('/prospect edit P-1')).error?.code).toBe('nothing_to_change');
    await core.run('/prospect add name:"Boulangerie Martin" city:Villeurbanne');
    const list = await core.run('/prospect list city:lyon');
    expect(list.data).toMatchObject({ total: 1, prospects: [{ id: 'P-1', lastContact: '2026-11-25' }] });
    const clients = await core.run('/prospect liste statut:client');
    expect((clients.data as { total: number }).total).toBe(1);
  });

  it('asks for an action when none is given, and suggests the closest one', async () => {
    expect((await core.run('/prospect')).error?.code).toBe('missing_subcommand');
    const r = await core.run('/prospect shwo P-1', { locale: 'en' });
    expect(r.error?.code).toBe('unknown_subcommand');
    expect(r.error?.message).toContain('Did you mean “show”?');
  });

  it('suggests an option, an action or a command by the name the user’s language gives it', async () => {
    // `text` is one letter from the French alias `texte` of the option `body`: English says `body`.
    const en = await core.run('/watch add type:competitive title:"Rival" text:"Prices down" source:Press', {
      locale: 'en',
    });
    expect(en.error?.code).toBe('unknown_option');
    expect(en.error?.message).toContain('Did you mean “body”?');
    const fr = await core.run('/veille ajouter type:concurrentielle titre:"Rival" texe:"Prix en baisse"');
    expect(fr.error?.message).toContain('Vouliez-vous dire « texte » ?');
    // An action typed close to its French name, in English: its English name.
    const action = await core.run('/prospect afficer P-1', { locale: 'en' });
    expect(action.error?.message).toContain('Did you mean “show”?');
    const command = await core.run('/entonoir', { locale: 'en' });
    expect(command.error?.message).toContain('Did you mean “funnel”?');
    expect((await core.run('/funel')).error?.message).toContain('Vouliez-vous dire « entonnoir » ?');
  });
});

describe('/help and /settings', () => {
  it('lists every command in the user’s language and details one', async () => {
    const fr = await core.run('/aide');
    const lines = fr.blocks.flatMap((b) => (b.type === 'text' ? b.text.split('\n') : []));
    const names = lines.filter((l) => l.startsWith('/')).map((l) => l.split(' ')[0]);
    expect(names.slice(0, 5)).toEqual(['/journal', '/action', '/prospect', '/relances', '/importer']);
    for (const n of ['/entonnoir', '/portefeuille', '/veille', '/réglages']) {
      expect(names).toContain(n);
    }
    expect(names.at(-1)).toBe('/aide');
    const en = await core.run('/help log', { locale: 'en' });
    expect(en.title).toBe('/log — Log a prospecting action');
    expect(JSON.stringify(en.blocks)).toContain('no answer, wrong contact, reached');
  });

  it('makes members of the team’s manager roles managers, and validates the roles', async () => {
    await core.run('/help'); // alice sets the team up: admin
    const set = await core.run('/réglages rôles_managers:"discord:123456789, discord:987654321"');
    expect(set.data).toMatchObject({
      settings: { managerGroups: ['discord:123456789', 'discord:987654321'] },
    });
    expect((await core.run('/settings manager_roles:@chefs')).error?.code).toBe('invalid_manager_role');
    const rep = await core.run('/settings currency:USD', { user: 'bob', groups: ['discord:555555'] });
    expect(rep.error?.code).toBe('forbidden');
    const manager = await core.run('/settings currency:USD', {
      user: 'carol',
      groups: ['discord:987654321'],
    });
    expect(manager.data).toMatchObject({ settings: { currency: 'USD' } });
    const cleared = await core.run('/settings manager_roles:aucun');
    expect(cleared.data).toMatchObject({ settings: { managerGroups: [] } });
  });

  it('changes the team language, time zone and currency (managers only) and validates them', async () => {
    const r = await core.run('/settings langue:anglais timezone:America/Montreal currency:cad');
    expect(r.data).toMatchObject({
      settings: { locale: 'en', timeZone: 'America/Montreal', currency: 'CAD' },
    });
    expect((await core.run('/settings timezone:Mars/Olympus')).error?.code).toBe('invalid_timezone');
    await core.run('/help', { user: 'bob' });
    const bob = await core.run('/settings currency:USD', { user: 'bob' });
    expect(bob.error?.code).toBe('forbidden');
    expect(bob.error?.message).toBe('This command is for the “manager” role. Ask a team lead.'); // team now answers in English
  });
});
