#!/usr/bin/env node
// `npm audit` for CI (.ci/run): fails only on a high or critical advisory of a production dependency
// that .ci/audit-accepted.json does not list (docs/security.md says why each is accepted). A registry
// that does not answer audits (offline, a mirror without the endpoint) skips the check, said plainly.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FAILING = new Set(['high', 'critical']);

/** The advisory id (GHSA-…) of one `via` entry of `npm audit --json`. */
const advisoryId = (via) => /GHSA-[\w-]+$/.exec(via.url ?? '')?.[0] ?? String(via.source ?? via.title);

/**
 * Judges an `npm audit --json` report: `skipped` when it holds no audit (the registry's error),
 * else every advisory with whether it fails the build.
 */
export function judge(report, accepted) {
  if (!report || typeof report.vulnerabilities !== 'object')
    return { status: 'skipped', reason: report?.message ?? report?.error?.summary ?? 'no audit report' };
  const ok = new Set(accepted.map((a) => a.advisory));
  const findings = [];
  for (const vuln of Object.values(report.vulnerabilities)) {
    for (const via of vuln.via) {
      if (typeof via !== 'object') continue; // reached through another package, judged there
      const advisory = advisoryId(via);
      findings.push({
        package: via.name ?? vuln.name,
        advisory,
        severity: via.severity,
        title: via.title,
        accepted: ok.has(advisory),
        fails: FAILING.has(via.severity) && !ok.has(advisory),
      });
    }
  }
  return { status: findings.some((f) => f.fails) ? 'fail' : 'ok', findings };
}

async function main() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const accepted = JSON.parse(readFileSync(`${root}.ci/audit-accepted.json`, 'utf8'));
  const stdout = await new Promise((resolve) => {
    execFile(
      'npm',
      ['audit', '--omit=dev', '--json'],
      { cwd: root, timeout: 120_000, maxBuffer: 64 << 20 },
      (_e, out) => resolve(out ?? ''),
    );
  });
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    report = undefined;
  }
  const verdict = judge(report, accepted);
  if (verdict.status === 'skipped') {
    console.log(`npm audit skipped: the registry did not answer (${verdict.reason})`);
    return 0;
  }
  for (const f of verdict.findings)
    console.log(
      `${f.fails ? 'FAIL' : f.accepted ? 'accepted' : 'ok'}  ${f.severity}  ${f.package}  ${f.advisory}  ${f.title}`,
    );
  console.log(
    verdict.status === 'fail' ? 'npm audit: unaccepted high or critical advisories' : 'npm audit: ok',
  );
  return verdict.status === 'fail' ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = await main();
