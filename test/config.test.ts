import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

const teams = { MicrosoftAppId: '1b7ed3f2-0000-4000-8000-000000000001', MicrosoftAppPassword: 'secret' };

describe('loadConfig: Teams identity and public address', () => {
  it('refuses the placeholder app id of .env.example, naming the variable and the fix', () => {
    expect(() => loadConfig({ ...teams, MicrosoftAppId: '00000000-0000-0000-0000-000000000000' })).toThrow(
      /MicrosoftAppId: 00000000-0000-0000-0000-000000000000 is the placeholder.*Microsoft App ID/,
    );
  });

  it('refuses an app id that is not a GUID', () => {
    expect(() => loadConfig({ ...teams, MicrosoftAppId: 'my-bot' })).toThrow(/MicrosoftAppId: .*GUID/);
  });

  it('refuses an http:// PUBLIC_BASE_URL with credentials: Teams loads images and pages over https only', () => {
    expect(() => loadConfig({ ...teams, PUBLIC_BASE_URL: 'http://prospecta.example.org' })).toThrow(
      /PUBLIC_BASE_URL: must start with https:\/\//,
    );
    expect(() => loadConfig({ ...teams, PUBLIC_BASE_URL: 'http://127.0.0.1:3978' })).toThrow(
      /PUBLIC_BASE_URL: must start with https:\/\//,
    );
  });

  it('refuses an http:// public host even without credentials; allows loopback http in local mode only', () => {
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'http://prospecta.example.org' })).toThrow(/PUBLIC_BASE_URL/);
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://localhost:3978' }).publicBaseUrl).toBe(
      'http://localhost:3978',
    );
    expect(loadConfig({ PUBLIC_BASE_URL: 'http://127.0.0.1:3978' }).publicBaseUrl).toBe(
      'http://127.0.0.1:3978',
    );
  });

  it('accepts a real app id with an https address', () => {
    const c = loadConfig({ ...teams, PUBLIC_BASE_URL: 'https://prospecta.example.org' });
    expect(c.teams?.appId).toBe(teams.MicrosoftAppId);
    expect(c.publicBaseUrl).toBe('https://prospecta.example.org');
  });
});

describe('loadConfig: PROSPECTA_TEAM_CACHE', () => {
  it('defaults to 200 teams on PostgreSQL and takes a whole number', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db' }).store).toEqual({
      engine: 'postgres',
      url: 'postgres://h/db',
      teamCache: 200,
    });
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', PROSPECTA_TEAM_CACHE: '50' }).store).toMatchObject({
      teamCache: 50,
    });
  });

  it('refuses a cache of no team or not a whole number, naming the variable', () => {
    expect(() => loadConfig({ PROSPECTA_TEAM_CACHE: '0' })).toThrow(/PROSPECTA_TEAM_CACHE: at least 1 team/);
    expect(() => loadConfig({ PROSPECTA_TEAM_CACHE: 'many' })).toThrow(
      /PROSPECTA_TEAM_CACHE: a whole number of teams/,
    );
  });
});
