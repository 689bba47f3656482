import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkArchitecture,
  importsOf,
  RULES,
  type Rule,
  stripComments,
} from '../scripts/check-architecture.ts';
import { projectRoot } from '../src/project-root.ts';

describe('architecture rules of the source tree', () => {
  it('holds every rule on the project', () => {
    expect(RULES.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'commands-under-commands',
        'channels-no-store',
        'channels-root-contract',
        'core-no-channel-no-feature',
        'webchat-not-teams',
        'botframework-shared',
        'teams-not-webchat',
        'shipped-without-bench',
      ]),
    );
    expect(checkArchitecture(projectRoot())).toEqual([]);
  });
});

describe('the architecture checker', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'prospecta-arch-'));
  const write = (file: string, code: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), code);
  };
  write('src/core/command.ts', 'export function defineCommand(c: unknown) { return c; }\n');
  write(
    'commands/plan.ts',
    "import { defineCommand } from '../src/core/command.ts';\nexport default defineCommand({});\n",
  );
  write(
    'src/planning/route-command.ts',
    "import { defineSubcommand } from '../core/command.ts';\n// defineSubcommand( in a comment is fine\nexport const route = defineSubcommand({ name: 'route' });\n",
  );
  write(
    'src/channels/discord/post.ts',
    "import { openStore } from '../../store/index.ts';\nexport const x = openStore;\n",
  );
  write('src/channels/helper.ts', 'export const y = 1;\n');
  write('src/channels/channel.ts', 'export const z = 1;\n');
  write('test/commands/fake.test.ts', "defineCommand({ name: 'throwaway' });\n");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds a subcommand defined outside commands/, at its line, and nothing in comments or tests', () => {
    const commandsRule = RULES.filter((r) => r.id === 'commands-under-commands');
    expect(checkArchitecture(root, commandsRule)).toEqual([
      {
        rule: 'commands-under-commands',
        file: 'src/planning/route-command.ts',
        line: 3,
        detail: "export const route = defineSubcommand({ name: 'route' });",
      },
    ]);
  });

  it('finds forbidden imports and files out of place, as rules given as data', () => {
    const rules: Rule[] = [
      {
        kind: 'forbidden-import',
        id: 'channels-no-store',
        description: 'no file under src/channels/ imports the store',
        scope: { under: ['src/channels/'] },
        imports: ['src/store'],
      },
      {
        kind: 'only-files',
        id: 'channels-root-contract',
        description: 'only the adapter contract at the root of src/channels/',
        folder: 'src/channels',
        allowed: ['channel.ts'],
      },
    ];
    expect(checkArchitecture(root, rules)).toEqual([
      {
        rule: 'channels-no-store',
        file: 'src/channels/discord/post.ts',
        line: 1,
        detail: 'imports src/store/index.ts',
      },
      {
        rule: 'channels-root-contract',
        file: 'src/channels/helper.ts',
        line: 1,
        detail: 'only channel.ts belong here',
      },
    ]);
  });

  it('keeps the shared Bot Framework turn free of teams/ and webchat/, and teams/ free of webchat/', () => {
    write(
      'src/channels/botframework/handler.ts',
      "import { card } from '../teams/cards/types.ts';\nimport type { S } from '../webchat/surface.ts';\nimport { x } from './own.ts';\n",
    );
    write('src/channels/teams/http.ts', "import { createWebChat } from '../webchat/index.ts';\n");
    write('src/channels/webchat/index.ts', "import type { H } from '../botframework/hosted-chat.ts';\n");
    const ids = ['botframework-shared', 'teams-not-webchat'];
    expect(
      checkArchitecture(
        root,
        RULES.filter((r) => ids.includes(r.id)),
      ),
    ).toEqual([
      {
        rule: 'botframework-shared',
        file: 'src/channels/botframework/handler.ts',
        line: 1,
        detail: 'imports src/channels/teams/cards/types.ts',
      },
      {
        rule: 'botframework-shared',
        file: 'src/channels/botframework/handler.ts',
        line: 2,
        detail: 'imports src/channels/webchat/surface.ts',
      },
      {
        rule: 'teams-not-webchat',
        file: 'src/channels/teams/http.ts',
        line: 1,
        detail: 'imports src/channels/webchat/index.ts',
      },
    ]);
  });

  it('reads static, dynamic and re-exporting imports, resolved from the root', () => {
    const code = [
      "import { a } from './a.ts';",
      "import type { B } from '../core/b.ts';",
      "export { c } from './c/index.ts';",
      "const d = await import('../../src/store/d.ts');",
      "import 'node:fs';",
      "// import { e } from './e.ts';",
    ].join('\n');
    expect(importsOf('src/channels/x.ts', code)).toEqual([
      { target: 'src/channels/a.ts', line: 1 },
      { target: 'src/core/b.ts', line: 2 },
      { target: 'src/channels/c/index.ts', line: 3 },
      { target: 'src/store/d.ts', line: 4 },
    ]);
  });

  it('blanks comments but keeps URLs in strings and the line count', () => {
    const code = "const u = 'https://example.org'; // why\n/* a\n b */ x();";
    expect(stripComments(code)).toBe("const u = 'https://example.org'; \n    \n      x();");
  });
});
