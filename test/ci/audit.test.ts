import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script of CI, without types
import { judge } from '../../scripts/audit.mjs';

const accepted = JSON.parse(readFileSync('.ci/audit-accepted.json', 'utf8'));

/** The shape `npm audit --json` (report version 2) prints. */
const report = (vulnerabilities: Record<string, unknown>) => ({ auditReportVersion: 2, vulnerabilities });
const advisory = (name: string, ghsa: string, severity: string) => ({
  source: 1,
  name,
  dependency: name,
  title: `${name} issue`,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  range: '<9',
});

describe('npm audit in CI', () => {
  it('skips, saying why, when the registry does not answer audits', () => {
    const verdict = judge(
      { message: '405 Method Not Allowed - POST …/advisories/bulk', error: { summary: '' } },
      accepted,
    );
    expect(verdict).toEqual({ status: 'skipped', reason: '405 Method Not Allowed - POST …/advisories/bulk' });
  });

  it('passes on the accepted @babel/runtime advisory and on moderate ones, and fails on an unaccepted high one', () => {
    const babel = {
      name: '@babel/runtime',
      severity: 'moderate',
      via: [advisory('@babel/runtime', 'GHSA-968p-4wvh-cqc8', 'moderate')],
    };
    const webchat = { name: 'botframework-webchat', severity: 'moderate', via: ['@babel/runtime'] };
    const ok = judge(report({ '@babel/runtime': babel, 'botframework-webchat': webchat }), accepted);
    expect(ok.status).toBe('ok');
    expect(ok.findings).toEqual([
      expect.objectContaining({
        package: '@babel/runtime',
        advisory: 'GHSA-968p-4wvh-cqc8',
        accepted: true,
        fails: false,
      }),
    ]);
    const high = {
      name: 'undici',
      severity: 'high',
      via: [advisory('undici', 'GHSA-aaaa-bbbb-cccc', 'high')],
    };
    const bad = judge(report({ '@babel/runtime': babel, undici: high }), accepted);
    expect(bad.status).toBe('fail');
    expect(
      bad.findings.filter((f: { fails: boolean }) => f.fails).map((f: { package: string }) => f.package),
    ).toEqual(['undici']);
  });

  it('lists every accepted advisory in docs/security.md with its reason', () => {
    const doc = readFileSync('docs/security.md', 'utf8');
    for (const a of accepted) expect(doc).toContain(a.advisory);
  });
});
