// The report as HTML: the web page for the portal (「导出网页」, 「复制网页格式」) and the blocks the print preview
// lays out on A4 pages. Semantic tables with the official rowspan/colspan and labels (src/formats), a <caption>
// per table; typography from the export's layout facts. No DOM here: strings only, so tests run it in node.
import {
  COLUMN_WIDTHS,
  CSS_FONT,
  HEADING_FONT,
  FONT,
  SIZE,
  TEXT_WIDTH,
  labelAlignment,
  paragraphParts,
  sealedSignatureIndents,
  signatureIndents,
  blankLinesBeforeSignature,
} from '../export/layout';
import { cleanText } from '../export/sanitize';
import { placeCells } from '../export/table-grid';
import type { LabelCell, TableDef } from '../formats';
import { chineseDate, computeAll, formatOf, paragraphsOf, reportTitle, type Report } from '../model';

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'table' | 'blank' | 'signature';
export interface HtmlBlock {
  kind: BlockKind;
  html: string;
}

/** With `inline`, each element carries its own style (a CMS keeps inline styles and drops stylesheets). */
export interface HtmlOptions {
  inline: boolean;
}

const escapeHtml = (text: string) =>
  cleanText(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const CSS_OF: Record<string, string> = {
  [FONT.title]: CSS_FONT.title,
  [FONT.body]: CSS_FONT.body,
  [FONT.hei]: CSS_FONT.hei,
  [FONT.kai]: CSS_FONT.kai,
  [FONT.song]: CSS_FONT.song,
};
const pt = (halfPoints: number) => `${halfPoints / 2}pt`;
const fontCss = (font: string, halfPoints: number) => `font-family:${CSS_OF[font]};font-size:${pt(halfPoints)}`;

function attrs(options: HtmlOptions, cls: string, style: string): string {
  return options.inline ? ` class="${cls}" style="${style.replace(/"/g, '&quot;')}"` : ` class="${cls}"`;
}

function span(text: string, font: string, halfPoints: number, options: HtmlOptions): string {
  return `<span${attrs(options, `nb-font-${fontKey(font)}`, fontCss(font, halfPoints))}>${escapeHtml(text)}</span>`;
}
const fontKey = (font: string) => Object.entries(FONT).find(([, f]) => f === font)?.[0] ?? 'body';

function labelHtml(cell: LabelCell, size: number, options: HtmlOptions): string {
  if (cell.type === 'note') return span(cell.text, FONT.kai, size, options);
  if (cell.lines) return cell.lines.map((l) => escapeHtml(l)).join('<br>');
  if (cell.kaiSuffix && cell.text.endsWith(cell.kaiSuffix)) {
    return escapeHtml(cell.text.slice(0, -cell.kaiSuffix.length)) + span(cell.kaiSuffix, FONT.kai, size, options);
  }
  return escapeHtml(cell.text);
}

export function tableHtml(table: TableDef, values: Readonly<Record<string, string>>, options: HtmlOptions): string {
  const size = table.id === 't2' ? SIZE.table : SIZE.tableSmall;
  const cellStyle = 'border:1px solid #000;padding:1px 3px;vertical-align:middle;font-weight:normal';
  const rows = placeCells(table.rows, table.grid).map((slots, r) => {
    const cells = slots.flatMap((slot) => {
      if (slot.kind === 'continue') return [];
      const span = `${slot.rowspan > 1 ? ` rowspan="${slot.rowspan}"` : ''}${slot.colspan > 1 ? ` colspan="${slot.colspan}"` : ''}`;
      const cell = slot.cell;
      if (cell.type === 'value') {
        return [`<td${span}${attrs(options, 'nb-value', `${cellStyle};text-align:center`)}>${escapeHtml(values[cell.key] ?? '')}</td>`];
      }
      const align = labelAlignment(table, r, cell, slot.rowspan);
      return [
        `<th${span}${attrs(options, `nb-label nb-${align}`, `${cellStyle};text-align:${align}`)}>${labelHtml(cell, size, options)}</th>`,
      ];
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  const tableStyle = `border-collapse:collapse;table-layout:fixed;width:100%;margin:0 auto;${fontCss(FONT.song, size)};line-height:1.3`;
  // The .docx's column widths, as shares of the text width: 「三、本年度办理结果」 stays one character wide.
  const cols = COLUMN_WIDTHS[table.id].map((w) => `<col style="width:${((w / TEXT_WIDTH) * 100).toFixed(2)}%">`).join('');
  const captionStyle = `caption-side:top;text-align:left;text-indent:2em;${fontCss(FONT.hei, SIZE.body)};line-height:1.8`;
  return (
    `<table${attrs(options, `nb-table nb-${table.id}`, tableStyle)}><caption${attrs(options, 'nb-caption', captionStyle)}>${escapeHtml(table.caption)}</caption>` +
    `<colgroup>${cols}</colgroup><tbody>${rows.join('')}</tbody></table>`
  );
}

const BODY_STYLE = `margin:0;text-indent:2em;text-align:justify;${fontCss(FONT.body, SIZE.body)};line-height:1.8`;

/** The report as blocks in reading order, each a piece of HTML (the preview paginates them). */
export function reportBlocks(report: Report, options: HtmlOptions): HtmlBlock[] {
  const format = formatOf(report);
  const values = computeAll(format, report.values);
  const blocks: HtmlBlock[] = [];
  const titleStyle = `margin:0;text-align:center;font-weight:normal;${fontCss(FONT.title, SIZE.title)};line-height:1.6`;
  const agency = cleanText(report.agencyName).trim();
  const titleLines = [agency, reportTitle({ agencyName: '', year: report.year })].filter((l) => l !== '').map(escapeHtml);
  blocks.push({ kind: 'title', html: `<h1${attrs(options, 'nb-title', titleStyle)}>${titleLines.join('<br>')}</h1>` });
  blocks.push({ kind: 'blank', html: `<p${attrs(options, 'nb-blank', BODY_STYLE)}>&nbsp;</p>` });
  for (const section of format.sections) {
    if (section.table) {
      blocks.push({ kind: 'table', html: tableHtml(format.tables[section.table], values, options) });
      continue;
    }
    const headingStyle = `margin:0;text-indent:2em;font-weight:normal;${fontCss(FONT.hei, SIZE.body)};line-height:1.8`;
    blocks.push({ kind: 'heading', html: `<h2${attrs(options, 'nb-heading', headingStyle)}>${escapeHtml(section.heading)}</h2>` });
    const text = report.texts[section.id as keyof Report['texts']] ?? '';
    for (const paragraph of paragraphsOf(cleanText(text))) {
      const { level, heading, rest } = paragraphParts(paragraph);
      const inner = (heading ? span(heading, HEADING_FONT[level], SIZE.body, options) : '') + escapeHtml(rest);
      blocks.push({ kind: 'paragraph', html: `<p${attrs(options, 'nb-body', BODY_STYLE)}>${inner}</p>` });
    }
  }
  blocks.push(...signatureBlocks(report, options));
  return blocks;
}

function signatureBlocks(report: Report, options: HtmlOptions): HtmlBlock[] {
  const signature = cleanText(report.signature).trim();
  const date = chineseDate(report.dateWritten);
  if (!signature && !date) return [];
  const indents = report.sealed ? sealedSignatureIndents(signature, date) : signatureIndents(signature, date);
  const line = (text: string, chars: number): HtmlBlock => ({
    kind: 'signature',
    html: `<p${attrs(options, 'nb-signature', `margin:0;text-align:right;padding-right:${chars}em;${fontCss(FONT.body, SIZE.body)};line-height:1.8`)}>${escapeHtml(text)}</p>`,
  });
  const out: HtmlBlock[] = Array.from({ length: blankLinesBeforeSignature(report.sealed) }, () => ({
    kind: 'blank',
    html: `<p${attrs(options, 'nb-blank', BODY_STYLE)}>&nbsp;</p>`,
  }));
  if (signature) out.push(line(signature, indents.signature));
  if (date) out.push(line(date, indents.date));
  return out;
}

/** What 「复制网页格式」 puts on the clipboard as text/html: the report in one <div>, styles inline. */
export function reportHtmlFragment(report: Report): string {
  const blocks = reportBlocks(report, { inline: true }).filter((b) => b.kind !== 'blank');
  return `<div class="nb-report" style="max-width:42em;margin:0 auto;color:#000;background:#fff">${blocks.map((b) => b.html).join('\n')}</div>`;
}

/** The single .html of 「导出网页」: UTF-8, no scripts, no external files. */
export function reportHtmlDocument(report: Report): string {
  return (
    `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(reportTitle(report))}</title>\n</head>\n<body style="margin:1em">\n${reportHtmlFragment(report)}\n</body>\n</html>\n`
  );
}

/** The text/plain flavour: paragraphs one per line, table rows one per line with cells separated by tabs. */
export function reportPlainText(report: Report): string {
  const format = formatOf(report);
  const values = computeAll(format, report.values);
  const lines = [cleanText(report.agencyName).trim(), reportTitle({ agencyName: '', year: report.year })].filter((l) => l !== '');
  for (const section of format.sections) {
    lines.push(section.heading);
    if (section.table) {
      for (const slots of placeCells(format.tables[section.table].rows, format.tables[section.table].grid)) {
        const cells = slots.flatMap((s) =>
          s.kind === 'continue' ? [] : [s.cell.type === 'value' ? (values[s.cell.key] ?? '') : s.cell.text],
        );
        lines.push(cells.join('\t'));
      }
    } else lines.push(...paragraphsOf(cleanText(report.texts[section.id as keyof Report['texts']] ?? '')));
  }
  const signature = cleanText(report.signature).trim();
  const date = chineseDate(report.dateWritten);
  if (signature) lines.push(signature);
  if (date) lines.push(date);
  return lines.join('\n');
}
