import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';

// Docker cannot run here: compose.yaml is checked as YAML (PyYAML, as Compose reads YAML 1.1 merge
// keys) and its replicas' environment against the configuration, not started.
const parsed = spawnSync(
  'python3',
  ['-c', 'import json, sys, yaml; print(json.dumps(yaml.safe_load(open("compose.yaml"))))'],
  { encoding: 'utf8' },
);
const haveYaml = parsed.status === 0;

const standIns: Record<string, string> = {
  POSTGRES_PASSWORD: 'secret',
  PUBLIC_BASE_URL: 'https://prospecta.example.org',
  MicrosoftAppId: '1b7ed3f2-0000-4000-8000-000000000001',
  MicrosoftAppPassword: 'password',
  MicrosoftAppType: 'MultiTenant',
  DISCORD_TOKEN: 'token',
  DISCORD_APPLICATION_ID: '1100000000000000001',
};

type Service = { environment?: Record<string, string>; command?: unknown; healthcheck?: { test: string[] } };

describe('compose.yaml', () => {
  it.skipIf(!haveYaml)(
    'parses, and each replica’s environment is a valid configuration with its own Discord shard',
    () => {
      const compose = JSON.parse(parsed.stdout) as { services: Record<string, Service> };
      expect(Object.keys(compose.services).sort()).toEqual([
        'postgres',
        'prospecta-1',
        'prospecta-2',
        'proxy',
      ]);
      const known = new Set(
        [...readFileSync('.env.example', 'utf8').matchAll(/^#?\s*([A-Za-z][A-Za-z_]*)=/gm)].map((m) => m[1]),
      );
      const shards: unknown[] = [];
      for (const name of ['prospecta-1', 'prospecta-2']) {
        const service = compose.services[name] as Service;
        const env = service.environment ?? {};
        expect(Object.keys(env).filter((k) => !known.has(k))).toEqual([]);
        expect(service.healthcheck?.test.join(' ')).toContain('/readyz');
        // Compose fills ${NAME} (or ${NAME:-default}) from .env: stand-ins of the right shape here.
        const filled = Object.fromEntries(
          Object.entries(env).map(([k, v]) => [
            k,
            String(v).replace(
              /\$\{(\w+)(?::-[^}]*)?\}/g,
              (_, name: string) => standIns[name] ?? `<${name} unset>`,
            ),
          ]),
        );
        const config = loadConfig(filled);
        expect(config.store).toEqual({
          engine: 'postgres',
          url: 'postgres://prospecta:secret@postgres:5432/prospecta',
          teamCache: 200,
        });
        expect(config.teams?.appId).toBe('1b7ed3f2-0000-4000-8000-000000000001');
        shards.push(config.discord?.shards);
      }
      expect(shards).toEqual([
        { count: 2, ids: [0] },
        { count: 2, ids: [1] },
      ]);
    },
  );
});
