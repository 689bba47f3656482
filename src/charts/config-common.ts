import type { ChartOptions, ChartType } from 'chart.js';
import { FONT_STACK } from './fonts.ts';
import { createValueFormatter, type ValueFormatter } from './format.ts';
import { THEME } from './palette.ts';
import type { ChartSpec } from './spec.ts';

export const TITLE_SIZE = 18;
export const SUBTITLE_SIZE = 13;
export const LABEL_SIZE = 12;

/** CSS font shorthand for text the inline plugins draw themselves. */
export const labelFont = (weight: 'normal' | 'bold' = 'normal', size = LABEL_SIZE): string =>
  `${weight === 'bold' ? 'bold ' : ''}${size}px ${FONT_STACK}`;

export const formatterFor = (spec: ChartSpec): ValueFormatter =>
  createValueFormatter(spec.locale, spec.currency);

/**
 * Greedy word wrap by an estimated character width (DejaVu Sans averages ~0.6 em), so that long
 * titles go onto several lines instead of being cut at the image edge.
 */
export function wrapText(text: string, widthPx: number, fontPx: number): string[] {
  const maxChars = Math.max(12, Math.floor(widthPx / (fontPx * 0.62)));
  const lines: string[] = [];
  // A line break in the text starts a new line.
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > maxChars) {
        lines.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(line);
  }
  return lines.length ? lines : [text];
}

/** Options every chart shares: static rendering, fonts, background, title and subtitle, legend. */
export function baseOptions<T extends ChartType>(spec: ChartSpec, legend: boolean): ChartOptions<T> {
  const textWidth = spec.width - 32;
  return {
    animation: false,
    responsive: false,
    maintainAspectRatio: false,
    devicePixelRatio: 1,
    events: [],
    color: THEME.text,
    font: { family: FONT_STACK, size: LABEL_SIZE },
    layout: { padding: { top: 10, right: 16, bottom: 10, left: 12 } },
    plugins: {
      title: {
        display: true,
        text: wrapText(spec.title, textWidth, TITLE_SIZE),
        align: 'start',
        color: THEME.title,
        font: { size: TITLE_SIZE, weight: 'bold' },
        padding: { top: 0, bottom: spec.subtitle ? 4 : 14 },
      },
      subtitle: {
        display: Boolean(spec.subtitle),
        text: spec.subtitle ? wrapText(spec.subtitle, textWidth, SUBTITLE_SIZE) : '',
        align: 'start',
        color: THEME.subtitle,
        font: { size: SUBTITLE_SIZE },
        padding: { top: 0, bottom: 14 },
      },
      legend: {
        display: legend,
        position: 'top',
        align: 'start',
        labels: { color: THEME.text, boxWidth: 14, boxHeight: 14, padding: 14, font: { size: LABEL_SIZE } },
      },
      tooltip: { enabled: false },
      prospectaBackground: { color: THEME.background },
    },
  } as ChartOptions<T>;
}
