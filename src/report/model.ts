import type { ChartSpec } from '../charts/spec.ts';
import type { Column, Field } from '../core/reply.ts';

/** One piece of a section, taken from a command's answer (or the note that the section is empty). */
export type ReportPart =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string; lang?: 'fr' | 'en' }
  | { type: 'fields'; fields: Field[] }
  | { type: 'table'; columns: Column[]; rows: string[][]; caption?: string }
  | { type: 'chart'; spec: ChartSpec }
  | { type: 'missing'; text: string };

export interface ReportSection {
  /** `1.1`, `II.1`: the outline's number. */
  number: string;
  title: string;
  /** 0: a part of the outline (I, II); 1: a chapter; 2: a section. */
  level: 0 | 1 | 2;
  parts: ReportPart[];
  /** What this member's role leaves out of the section, and why (listed under the contents too). */
  omitted?: string[];
}

/** The whole dossier as plain data: built in the transaction, rendered in a worker thread. */
export interface ReportDoc {
  locale: 'fr' | 'en';
  title: string;
  subtitle: string;
  /** Lines of the cover under the title (team, campaign, period, rep, date). */
  cover: string[];
  tocTitle: string;
  /** The heading of the list of left-out parts under the contents (when some are). */
  omittedTitle: string;
  pageLabel: string;
  sections: ReportSection[];
}
