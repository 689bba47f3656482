import quickChartModule from 'quickchart-js';
import { type Logger, silentLogger } from '../core/logger.ts';
import { toChartJsConfig } from './chartjs-config.ts';
import { THEME } from './palette.ts';
import { type CountingChartRenderer, createCachedRenderer } from './render-cache.ts';
import type { ChartSpec } from './spec.ts';

// quickchart-js types its ESM build as CommonJS (`exports.default`), while Node gives the class
// itself as the default export: accept both shapes.
type QuickChartClass = typeof quickChartModule.default;
const QuickChart: QuickChartClass =
  (quickChartModule as unknown as { default?: QuickChartClass }).default ??
  (quickChartModule as unknown as QuickChartClass);

export interface QuickChartRendererOptions {
  /** Base URL of the QuickChart server: `https://quickchart.io`, `http://127.0.0.1:3400`, or with a path prefix. */
  url: string;
  /** For quickchart.io accounts; self-hosted servers need none. */
  apiKey?: string;
  logger?: Logger;
  /** Default 10 s. */
  timeoutMs?: number;
  /** Rendered charts kept in memory (LRU); 0 turns the cache off. Default 200. */
  cacheSize?: number;
}

/** The request quickchart-js would POST: the config serialized with its functions, size, format, Chart.js 4. */
export function quickChartRequest(
  spec: ChartSpec,
  base: URL,
  apiKey?: string,
): { endpoint: string; body: string } {
  const qc = new QuickChart(apiKey)
    .setConfig(toChartJsConfig(spec))
    .setWidth(spec.width)
    .setHeight(spec.height)
    .setDevicePixelRatio(1)
    .setBackgroundColor(THEME.background)
    .setFormat('png')
    .setVersion('4')
    .setScheme(base.protocol.slice(0, -1))
    // quickchart-js joins `${scheme}://${host}/chart`: a path prefix rides along with the host.
    .setHost(`${base.host}${base.pathname.replace(/\/+$/, '')}`);
  // Same endpoint and body as QuickChart#toBinary; we send them ourselves so a timeout can abort.
  const endpoint = `${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, '')}/chart`;
  return { endpoint, body: JSON.stringify(qc.getPostData()) };
}

async function postChart(
  endpoint: string,
  body: string,
  url: string,
  timeoutMs: number,
): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'prospecta (quickchart-js)' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const why = timedOut
      ? `did not answer within ${timeoutMs} ms`
      : `is unreachable (${(error as Error).message})`;
    throw new Error(`QuickChart server ${url} ${why}`, { cause: error });
  }
  if (!response.ok) {
    const detail = response.headers.get('x-quickchart-error') ?? (await response.text()).slice(0, 200);
    throw new Error(
      `QuickChart server ${url} answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}`,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/png')) {
    throw new Error(`QuickChart server ${url} answered ${type || 'no content type'} instead of image/png`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Renders on a QuickChart server (Chart.js 4 there), with the same cache as the local renderer. */
export function createQuickChartRenderer(options: QuickChartRendererOptions): CountingChartRenderer {
  const base = new URL(options.url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error(`QuickChart URL must be http(s): ${options.url}`);
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  return createCachedRenderer({
    name: 'quickchart',
    cacheSize: options.cacheSize ?? 200,
    logger: options.logger ?? silentLogger,
    renderPng: (spec) => {
      const { endpoint, body } = quickChartRequest(spec, base, options.apiKey);
      return postChart(endpoint, body, options.url, timeoutMs);
    },
    close: async () => {},
  });
}
