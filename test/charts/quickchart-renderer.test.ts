import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runInThisContext } from 'node:vm';
import type { ChartConfiguration } from 'chart.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { drawChartPng, drawConfigPng, prepareChartRuntime } from '../../src/charts/draw.ts';
import { THEME } from '../../src/charts/palette.ts';
import { pngSize } from '../../src/charts/png-encode.ts';
import { createQuickChartRenderer } from '../../src/charts/quickchart-renderer.ts';
import { ChartSpec } from '../../src/charts/spec.ts';
import { comparisonSpec, funnelSpec } from './fixtures.ts';

interface Received {
  path: string;
  body: Record<string, unknown>;
  config: ChartConfiguration;
}

/** Imitates QuickChart's POST /chart: evaluates the serialized config and draws it with Chart.js. */
function fakeQuickChart(received: Received[], mode: { status: number; delayMs: number }): Server {
  const readBody = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  };
  return createServer(async (req, res) => {
    const body = await readBody(req);
    if (mode.delayMs) await new Promise((resolve) => setTimeout(resolve, mode.delayMs));
    if (mode.status !== 200) {
      res.writeHead(mode.status, { 'x-quickchart-error': 'Chart.js failed: boom' }).end('error');
      return;
    }
    // The config is JavaScript (functions included), as QuickChart evaluates it; a trusted test input.
    const config = runInThisContext(`(${String(body.chart)})`) as ChartConfiguration;
    received.push({ path: req.url ?? '', body, config });
    const png = drawConfigPng(config, Number(body.width), Number(body.height), 'fr');
    res.writeHead(200, { 'content-type': 'image/png' }).end(png);
  });
}

const received: Received[] = [];
const mode = { status: 200, delayMs: 0 };
let server: Server;
let base: string;

beforeAll(async () => {
  prepareChartRuntime();
  server = fakeQuickChart(received, mode);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  received.length = 0;
  Object.assign(mode, { status: 200, delayMs: 0 });
});

describe('QuickChart renderer', () => {
  it('posts the config, size, format and background, and returns the server PNG', async () => {
    const renderer = createQuickChartRenderer({ url: base });
    const chart = await renderer.render(funnelSpec);
    expect(received).toHaveLength(1);
    const [request] = received as [Received];
    expect(request.path).toBe('/chart');
    expect(request.body).toMatchObject({
      width: 800,
      height: 450,
      format: 'png',
      version: '4',
      backgroundColor: THEME.background,
      devicePixelRatio: 1,
    });
    expect(request.config.type).toBe('bar');
    expect(request.config.data.labels).toHaveLength(8);
    expect(request.config.options?.plugins?.prospectaFunnelLabels?.conversions?.[7]).toBe('n.d.');
    expect(pngSize(chart.png)).toEqual({ width: 800, height: 450 });
    // Functions survived serialization: the server's pixels equal a local render of the same spec.
    expect(Buffer.from(chart.png).equals(Buffer.from(drawChartPng(ChartSpec.parse(funnelSpec))))).toBe(true);
    await renderer.render(funnelSpec);
    expect(renderer.stats()).toMatchObject({ rendered: 1, cacheHits: 1 });
    await renderer.close();
  });

  it('keeps a path prefix of the server URL', async () => {
    const renderer = createQuickChartRenderer({ url: `${base}/quickchart/` });
    await renderer.render(comparisonSpec);
    expect(received[0]?.path).toBe('/quickchart/chart');
    expect(received[0]?.config.options?.indexAxis).toBe('y');
  });

  it('turns a server error into an error naming the server and its message', async () => {
    mode.status = 500;
    const renderer = createQuickChartRenderer({ url: base });
    await expect(renderer.render(comparisonSpec)).rejects.toThrow(
      `QuickChart server ${base} answered 500 Internal Server Error: Chart.js failed: boom`,
    );
    expect(renderer.stats()).toMatchObject({ rendered: 1, failures: 1 });
  });

  it('gives up after the timeout', async () => {
    mode.delayMs = 1_000;
    const renderer = createQuickChartRenderer({ url: base, timeoutMs: 100 });
    await expect(renderer.render(comparisonSpec)).rejects.toThrow(
      `QuickChart server ${base} did not answer within 100 ms`,
    );
  });

  it('says when nothing listens at the URL', async () => {
    const renderer = createQuickChartRenderer({ url: 'http://127.0.0.1:9' });
    await expect(renderer.render(comparisonSpec)).rejects.toThrow(
      'QuickChart server http://127.0.0.1:9 is unreachable',
    );
  });
});
