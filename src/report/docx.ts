import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PrintChart } from './chart-cache.ts';
import { printChartPng } from './chart-png.ts';
import { frenchTypography } from './french.ts';
import type { ReportDoc, ReportPart } from './model.ts';

const MAX_TABLE_ROWS = 40;
const plain = (s: string) => s.replace(/\*\*|__|`/g, '');

/** Under the contents: what the reader's role leaves out of the dossier, and why. */
function omittedList(doc: ReportDoc): Paragraph[] {
  const typo = (s: string, lang = doc.locale) => (lang === 'fr' ? frenchTypography(plain(s)) : plain(s));
  const lines = doc.sections.flatMap((s) => s.omitted ?? []);
  if (lines.length === 0) return [];
  return [
    new Paragraph({
      children: [new TextRun({ text: typo(doc.omittedTitle), bold: true })],
      spacing: { before: 240 },
    }),
    ...lines.map(
      (line) =>
        new Paragraph({ children: [new TextRun({ text: typo(line), italics: true, color: '6B7280' })] }),
    ),
  ];
}

/** The dossier as an editable Word file: the same sections, Word headings (a table of contents field), tables and charts. */
export async function renderDocx(doc: ReportDoc, chartPng: PrintChart = printChartPng): Promise<Uint8Array> {
  const typo = (s: string, lang = doc.locale) => (lang === 'fr' ? frenchTypography(plain(s)) : plain(s));
  const cell = (text: string, bold = false, right = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: typo(text), bold, size: 18 })],
        }),
      ],
    });
  const table = (columns: { label: string; align?: 'left' | 'right' }[], rows: string[][], header: boolean) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        ...(header
          ? [new TableRow({ tableHeader: true, children: columns.map((c) => cell(c.label, true)) })]
          : []),
        ...rows.slice(0, MAX_TABLE_ROWS).map(
          (r) =>
            new TableRow({
              children: columns.map((c, i) => cell(r[i] ?? '', !header && i === 0, c.align === 'right')),
            }),
        ),
      ],
    });
  const partOf = (p: ReportPart): (Paragraph | Table)[] => {
    switch (p.type) {
      case 'heading':
        return [
          new Paragraph({
            children: [new TextRun({ text: typo(p.text), bold: true })],
            spacing: { before: 160 },
          }),
        ];
      case 'text':
        return typo(p.text, p.lang)
          .split('\n')
          .map((line) => new Paragraph({ children: [new TextRun(line)] }));
      case 'missing':
        return [
          new Paragraph({ children: [new TextRun({ text: typo(p.text), italics: true, color: '6B7280' })] }),
        ];
      case 'fields':
        return [
          table(
            [{ label: '' }, { label: '' }],
            p.fields.map((f) => [f.label, f.value]),
            false,
          ),
          new Paragraph(''),
        ];
      case 'table': {
        const more = p.rows.length - MAX_TABLE_ROWS;
        const note = [p.caption, more > 0 ? `… (+${more})` : undefined].filter(Boolean).join(' ');
        return [
          table(p.columns, p.rows, true),
          new Paragraph({ children: [new TextRun({ text: typo(note), italics: true, size: 16 })] }),
        ];
      }
      case 'chart': {
        const { png, width, height } = chartPng(p.spec);
        const w = Math.min(600, width * 0.75);
        return [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: w, height: (height / width) * w },
                altText: { name: p.spec.title, description: p.spec.alt, title: p.spec.title },
              }),
            ],
          }),
        ];
      }
    }
  };
  const body: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(typo(doc.title))] }),
    new Paragraph({ children: [new TextRun({ text: typo(doc.subtitle), italics: true })] }),
    ...doc.cover.map((line) => new Paragraph({ children: [new TextRun(typo(line))] })),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(typo(doc.tocTitle))] }),
    new TableOfContents(doc.tocTitle, { hyperlink: true, headingStyleRange: '1-3' }),
    ...omittedList(doc),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  for (const s of doc.sections) {
    body.push(
      new Paragraph({
        heading:
          s.level === 0
            ? HeadingLevel.HEADING_1
            : s.level === 1
              ? HeadingLevel.HEADING_2
              : HeadingLevel.HEADING_3,
        pageBreakBefore: s.level === 0,
        children: [new TextRun(typo(`${s.number}. ${s.title}`))],
      }),
    );
    for (const text of s.omitted ?? []) body.push(...partOf({ type: 'missing', text }));
    for (const p of s.parts) body.push(...partOf(p));
  }
  const [before, after] = doc.pageLabel.split('{page}');
  const [middle, end] = (after ?? '').split('{pages}');
  const document = new Document({
    creator: 'Prospecta',
    title: doc.title,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'DejaVu Sans', size: 20 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [
                      before ?? '',
                      PageNumber.CURRENT,
                      middle ?? '',
                      PageNumber.TOTAL_PAGES,
                      end ?? '',
                    ],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
