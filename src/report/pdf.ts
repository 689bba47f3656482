import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { PrintChart } from './chart-cache.ts';
import { printChartPng } from './chart-png.ts';
import { frenchTypography } from './french.ts';
import type { ReportDoc, ReportPart } from './model.ts';

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
const MARGIN = 56;
const INK = '#1f2937';
const MUTED = '#6b7280';
const ACCENT = '#1d4ed8';
const MAX_TABLE_ROWS = 40;

/**
 * Markdown-ish emphasis of chat replies (`**x**`, `_x_`, backquotes) is not for print, nor are the
 * emoji that mark some lines in chat (the print font has none: they showed as empty boxes).
 */
const plain = (s: string) =>
  s
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|\s)_(\S[^_]*)_(?=\s|$)/g, '$1$2')
    .replace(/\p{Extended_Pictographic}\uFE0F?\s?/gu, '');

/**
 * Column widths within `width`: a column narrower than its fair share keeps its natural width (a
 * label, a figure), the long ones share the rest; a label column (fields) never takes over 35 %.
 */
function columnWidths(natural: number[], width: number, header: boolean): number[] {
  const padded = natural.map((n) => n + 8);
  if (!header && padded.length === 2) {
    const label = Math.min(padded[0] ?? 0, width * 0.35);
    return [label, Math.min(padded[1] ?? 0, width - label)];
  }
  const total = padded.reduce((a, b) => a + b, 0);
  if (total <= width) return padded;
  const fair = width / padded.length;
  const small = padded.filter((w) => w <= fair).reduce((a, b) => a + b, 0);
  const big = padded.filter((w) => w > fair).reduce((a, b) => a + b, 0);
  return padded.map((w) => (w <= fair ? w : (w / big) * (width - small)));
}

/** The dossier as a PDF: cover, contents with page numbers, numbered pages, charts at print resolution. */
export async function renderPdf(doc: ReportDoc, chartPng: PrintChart = printChartPng): Promise<Uint8Array> {
  // French typography for French text only: a part may say it is in the other language (`lang`).
  const typo = (s: string, lang = doc.locale) => (lang === 'fr' ? frenchTypography(plain(s)) : plain(s));
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: doc.title, Creator: 'Prospecta' },
    lang: doc.locale === 'fr' ? 'fr-FR' : 'en-GB',
    autoFirstPage: true,
  });
  pdf.registerFont('regular', font('DejaVuSans.ttf'));
  pdf.registerFont('bold', font('DejaVuSans-Bold.ttf'));
  pdf.registerFont('italic', font('DejaVuSans-Oblique.ttf'));
  pdf.registerFont('condensed', font('DejaVuSansCondensed.ttf'));
  pdf.registerFont('condensed-bold', font('DejaVuSansCondensed-Bold.ttf'));
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  const width = pdf.page.width - 2 * MARGIN;
  const bottom = () => pdf.page.height - MARGIN;
  const ensure = (h: number) => {
    if (pdf.y + h > bottom()) pdf.addPage();
  };
  /** The size a chart takes on the page, at the width it is shown. */
  const chartBox = (spec: { width: number; height: number }) => {
    const shownW = Math.min(width, spec.width * 0.6);
    return { shownW, shownH: (spec.height / spec.width) * shownW };
  };

  // Cover.
  pdf.rect(0, 0, pdf.page.width, 12).fill(ACCENT);
  pdf.font('bold').fontSize(28).fillColor(INK).text(typo(doc.title), MARGIN, 230, { width });
  pdf.moveDown(0.5).font('regular').fontSize(13).fillColor(MUTED).text(typo(doc.subtitle), { width });
  pdf.moveDown(2).fontSize(12).fillColor(INK);
  for (const line of doc.cover) pdf.text(typo(line), { width }).moveDown(0.3);

  // Contents: one page kept now, written once the sections' pages are known.
  pdf.addPage();
  const tocPage = pdf.bufferedPageRange().count - 1;
  const pages: number[] = [];

  doc.sections.forEach((s, i) => {
    if (s.level === 0) pdf.addPage();
    else ensure(s.level === 1 ? 90 : 60);
    pages[i] = pdf.bufferedPageRange().count - 1;
    const heading = `${s.number}. ${s.title}`;
    if (s.level === 0) {
      pdf
        .moveDown(4)
        .font('bold')
        .fontSize(22)
        .fillColor(ACCENT)
        .text(typo(heading.toLocaleUpperCase(doc.locale)), { width });
      pdf
        .moveTo(MARGIN, pdf.y + 6)
        .lineTo(MARGIN + width, pdf.y + 6)
        .lineWidth(1.5)
        .stroke(ACCENT);
      pdf.moveDown(1.5);
    } else {
      pdf.moveDown(s.level === 1 ? 1 : 0.6);
      pdf
        .font('bold')
        .fontSize(s.level === 1 ? 16 : 13)
        .fillColor(s.level === 1 ? ACCENT : INK)
        .text(typo(heading), MARGIN, pdf.y, { width });
      pdf.moveDown(0.4);
    }
    pdf.outline.addItem(heading);
    for (const text of s.omitted ?? []) renderPart({ type: 'missing', text }, undefined);
    s.parts.forEach((part, i) => {
      renderPart(part, s.parts[i + 1]);
    });
  });

  function renderPart(p: ReportPart, next: ReportPart | undefined): void {
    switch (p.type) {
      case 'heading':
        // A heading stays with the chart under it (else it ends a page alone).
        ensure(40 + (next?.type === 'chart' ? chartBox(next.spec).shownH + 10 : 0));
        pdf
          .moveDown(0.4)
          .font('bold')
          .fontSize(11)
          .fillColor(INK)
          .text(typo(p.text), MARGIN, pdf.y, { width });
        pdf.moveDown(0.2);
        return;
      case 'text':
        pdf
          .font('regular')
          .fontSize(10)
          .fillColor(INK)
          .text(typo(p.text, p.lang), MARGIN, pdf.y, { width, lineGap: 2 });
        pdf.moveDown(0.4);
        return;
      case 'missing':
        ensure(30);
        pdf.font('italic').fontSize(10).fillColor(MUTED).text(typo(p.text), MARGIN, pdf.y, { width });
        pdf.moveDown(0.4);
        return;
      case 'fields':
        renderTable(
          [{ label: '' }, { label: '' }],
          p.fields.map((f) => [f.label, f.value]),
          undefined,
          false,
        );
        return;
      case 'table':
        renderTable(p.columns, p.rows, p.caption, true);
        return;
      case 'chart': {
        const { png, width: w, height: h } = chartPng(p.spec);
        const { shownW, shownH } = chartBox({ width: w, height: h });
        ensure(shownH + 10);
        pdf.image(Buffer.from(png), MARGIN + (width - shownW) / 2, pdf.y, { width: shownW, height: shownH });
        pdf.y += shownH + 8;
        return;
      }
    }
  }

  function renderTable(
    columns: { label: string; align?: 'left' | 'right' }[],
    allRows: string[][],
    caption: string | undefined,
    header: boolean,
  ): void {
    const rows = allRows.slice(0, MAX_TABLE_ROWS);
    const size = columns.length > 5 ? 7.5 : 8.5;
    pdf.fontSize(size);
    const natural = columns.map((c, i) =>
      Math.max(
        20,
        pdf.font('condensed-bold').widthOfString(typo(c.label)),
        ...rows.map((r) =>
          pdf.font(!header && i === 0 ? 'condensed-bold' : 'condensed').widthOfString(typo(r[i] ?? '')),
        ),
      ),
    );
    const widths = columnWidths(natural, width, header);
    const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
      const fontOf = (i: number) => (bold || (!header && i === 0) ? 'condensed-bold' : 'condensed');
      const heights = cells.map((c, i) =>
        pdf
          .font(fontOf(i))
          .fontSize(size)
          .heightOfString(typo(c), { width: (widths[i] ?? 20) - 6 }),
      );
      const h = Math.max(...heights, size + 2) + 5;
      if (pdf.y + h > bottom()) {
        pdf.addPage();
        if (header && !bold)
          drawRow(
            columns.map((c) => c.label),
            true,
            true,
          );
      }
      const y = pdf.y;
      if (shade)
        pdf
          .rect(
            MARGIN,
            y,
            widths.reduce((a, b) => a + b, 0),
            h,
          )
          .fill('#eef2ff');
      let x = MARGIN;
      cells.forEach((c, i) => {
        const w = widths[i] ?? 20;
        pdf
          .fillColor(INK)
          .font(fontOf(i))
          .text(typo(c), x + 3, y + 2.5, {
            width: w - 6,
            align: columns[i]?.align === 'right' ? 'right' : 'left',
          });
        x += w;
      });
      pdf
        .moveTo(MARGIN, y + h)
        .lineTo(x, y + h)
        .lineWidth(0.4)
        .stroke('#d1d5db');
      pdf.x = MARGIN;
      pdf.y = y + h;
    };
    ensure(40);
    if (header)
      drawRow(
        columns.map((c) => c.label),
        true,
        true,
      );
    for (const r of rows) drawRow(r, false, false);
    const more = allRows.length - rows.length;
    const note = [caption, more > 0 ? `… (+${more})` : undefined].filter(Boolean).join(' ');
    if (note)
      pdf
        .font('italic')
        .fontSize(8)
        .fillColor(MUTED)
        .text(typo(note), MARGIN, pdf.y + 3, { width });
    pdf.moveDown(0.6);
  }

  // Contents, then page numbers on every page but the cover.
  pdf.switchToPage(tocPage);
  pdf.font('bold').fontSize(20).fillColor(INK).text(typo(doc.tocTitle), MARGIN, MARGIN, { width });
  pdf.moveDown(0.8);
  doc.sections.forEach((s, i) => {
    const indent = s.level * 14;
    const label = typo(`${s.number}. ${s.title}`);
    const page = String((pages[i] ?? 0) + 1);
    pdf
      .font(s.level < 2 ? 'bold' : 'regular')
      .fontSize(s.level === 0 ? 11 : 10)
      .fillColor(INK);
    const y = pdf.y;
    pdf.text(label, MARGIN + indent, y, { width: width - indent - 40 });
    const after = pdf.y;
    pdf.text(page, MARGIN + width - 36, y, { width: 36, align: 'right' });
    pdf.y = Math.max(after, y + 12) + (s.level === 0 ? 4 : 1);
  });
  // What the reader's role leaves out, and why: said once here rather than as gaps in the sections.
  const omitted = doc.sections.flatMap((s) => s.omitted ?? []);
  if (omitted.length > 0) {
    pdf
      .moveDown(1)
      .font('bold')
      .fontSize(10)
      .fillColor(INK)
      .text(typo(doc.omittedTitle), MARGIN, pdf.y, { width });
    pdf.font('italic').fontSize(9).fillColor(MUTED);
    for (const line of omitted) pdf.text(typo(line), MARGIN, pdf.y + 2, { width });
  }
  const { count } = pdf.bufferedPageRange();
  for (let i = 1; i < count; i++) {
    pdf.switchToPage(i);
    // The footer sits in the bottom margin: without this, pdfkit would start a new page for it.
    pdf.page.margins.bottom = 0;
    const footer = doc.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(count));
    pdf
      .font('regular')
      .fontSize(8)
      .fillColor(MUTED)
      .text(typo(footer), MARGIN, pdf.page.height - MARGIN + 18, {
        width,
        align: 'center',
        lineBreak: false,
      });
  }
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
