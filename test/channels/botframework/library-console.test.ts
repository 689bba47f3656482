import { describe, expect, it } from 'vitest';
import { memoryResponse } from '../../../src/channels/botframework/http-io.ts';
import { libraryConsole } from '../../../src/channels/botframework/library-console.ts';
import { createAdapter } from '../../../src/channels/teams/adapter.ts';
import { createLogger } from '../../../src/core/logger.ts';
import { channelMessage } from '../teams/activities.ts';

const TEAMS = {
  appId: '00000000-0000-0000-0000-000000000001',
  appType: 'MultiTenant',
  password: 'not-a-real-secret',
} as never;

describe("botbuilder's stderr goes through the JSON logger", () => {
  it('an unauthenticated request logs one JSON line (no stack) instead of a stack on stderr', async () => {
    const lines: string[] = [];
    const adapter = createAdapter(
      TEAMS,
      createLogger('warn', (l) => lines.push(l)),
    );
    const res = memoryResponse();
    await adapter.process(
      { method: 'POST', headers: {}, body: channelMessage('/aide') },
      res,
      async () => undefined,
    );
    expect(res.captured.status).toBe(401);
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] as string);
    expect(line).toMatchObject({
      level: 'error',
      msg: 'botbuilder',
      error: 'AuthenticationError',
      status: 401,
    });
    expect(lines[0]).not.toContain('\\n    at ');
  });

  it('obeys LOG_LEVEL: nothing at all when the level is silent', async () => {
    const lines: string[] = [];
    const adapter = createAdapter(
      TEAMS,
      createLogger('silent', (l) => lines.push(l)),
    );
    await adapter.process(
      { method: 'POST', headers: {}, body: channelMessage('/aide') },
      memoryResponse(),
      async () => undefined,
    );
    expect(lines).toEqual([]);
  });

  it('is rate-limited: beyond the lines of a window, the others are counted and said with the next line', async () => {
    const lines: string[] = [];
    const quiet = libraryConsole(
      createLogger('info', (l) => lines.push(l)),
      3,
      60_000,
    );
    for (let i = 0; i < 10; i++)
      await quiet(async () => console.error(new Error(`bad request ${i}\nsecond line`)));
    expect(lines.map((l) => JSON.parse(l).detail)).toEqual([
      'bad request 0',
      'bad request 1',
      'bad request 2',
    ]);
    // Outside a library call, console.error is left alone: nothing reaches this logger.
    console.error('plain');
    expect(lines).toHaveLength(3);
  });

  it('says how many lines it suppressed when the next window opens', async () => {
    const lines: string[] = [];
    let clock = 0;
    const quiet = libraryConsole(
      createLogger('info', (l) => lines.push(l)),
      1,
      60_000,
      () => clock,
    );
    await quiet(async () => console.warn('one'));
    await quiet(async () => console.warn('two'));
    await quiet(async () => console.warn('three'));
    clock = 60_000;
    await quiet(async () => console.warn('four'));
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ level: 'warn', detail: 'one' }),
      expect.objectContaining({ level: 'warn', detail: 'four', suppressed: 2 }),
    ]);
  });
});
