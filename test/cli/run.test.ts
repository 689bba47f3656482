import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from '../helpers/cli.ts';
import { onPostgres } from '../helpers/test-store.ts';

const { dir, prospecta } = useCli('prospecta-cli-');

describe('prospecta run', () => {
  it('logs an activity and answers /funnel --json with figures under DOMAIN ids and a PNG file', async () => {
    const log = await prospecta(
      'run',
      '/log kind:call outcome:appointment prospect:"Boulangerie Martin" date:today',
    );
    expect(log.code).toBe(0);
    expect(log.stdout).toContain('Appel enregistré');
    const out = path.join(dir(), 'out');
    const r = await prospecta('run', '--json', '--out', out, '/funnel this-week');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      data: {
        stages: Record<string, number>;
        ratios: Record<string, { numerator: number; denominator: number; value: number | null }>;
      };
      charts: { file: string; width: number; height: number }[];
      error: null;
    };
    expect(json.ok).toBe(true);
    expect(json.error).toBeNull();
    expect(json.data.stages).toMatchObject({
      targeted: 1,
      attempted: 1,
      reached: 1,
      pitched: 1,
      appointment: 1,
      visited: 0,
    });
    expect(json.data.ratios.appointment_rate).toEqual({ numerator: 1, denominator: 1, value: 1 });
    expect(json.data.ratios.close_rate).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(json.charts).toHaveLength(1);
    expect(json.charts[0]).toMatchObject({ width: 800, height: 450 });
    const png = await readFile(json.charts[0]?.file ?? '');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeLessThan(1024 * 1024);
  });

  // Both look at the embedded store's team files.
  it.skipIf(onPostgres())(
    'exits 2 with a JSON error naming the field on bad input, and writes nothing',
    async () => {
      const before = await readdir(path.join(dir(), 'teams'), { recursive: true });
      const r = await prospecta(
        'run',
        '--json',
        '--locale',
        'en',
        '/log kind:call outcome:signed prospect:X amount:-3',
      );
      expect(r.code).toBe(2);
      const json = JSON.parse(r.stdout) as {
        ok: boolean;
        error: { code: string; field: string; message: string };
      };
      expect(json.ok).toBe(false);
      expect(json.error).toMatchObject({ code: 'negative_amount', field: 'amount' });
      expect(json.error.message).toBe('amount: the amount cannot be negative (“-3”).');
      expect(await readdir(path.join(dir(), 'teams'), { recursive: true })).toEqual(before);
    },
  );

  it('refuses a file over 200 MB before reading it, naming the limit', async () => {
    const big = path.join(dir(), 'huge.csv');
    await writeFile(big, '');
    await truncate(big, 200 * 2 ** 20 + 1); // sparse: nothing is written to disk
    const r = await prospecta('run', '--json', '--locale', 'en', `/import sales file:${big}`);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout) as { error: { code: string; field: string; message: string } };
    expect(json.error).toMatchObject({ code: 'file_too_large', field: 'file' });
    expect(json.error.message).toContain('200 MB');
    await rm(big);
  });

  it.skipIf(onPostgres())('stops with the name of a damaged data file and leaves it untouched', async () => {
    const teams = await readdir(path.join(dir(), 'teams'));
    const teamDir = path.join(dir(), 'teams', teams[0] ?? '');
    const file = path.join(teamDir, 'members.json');
    const damaged = '{"format":"prospecta/members","version":1,"items":[{"id":';
    await writeFile(file, damaged);
    const r = await prospecta('run', '/funnel this-week');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain('Prospecta ne peut pas démarrer : un fichier de données est endommagé');
    expect(await readFile(file, 'utf8')).toBe(damaged);
  });
});
