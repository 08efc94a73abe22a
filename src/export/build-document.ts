// Report → .docx. This module (and docx with it) is loaded with import() on the first export only,
// so the app's first load never carries the docx library. Layout: shared/spec/layout.md (GB/T 9704-2012),
// every typographic fact from ./layout; styles, font table and footers written whole in ./docx-parts.
import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  Paragraph,
  type Table,
  type TextRun,
} from 'docx';
import { chineseDate, computeAll, formatOf, paragraphsOf, reportTitle, type Report } from '../model';
import { buildTable, styledRun } from './build-table';
import { partOverrides, STYLE, STYLE_FONT } from './docx-parts';
import {
  BODY_LINE,
  CHAR_PITCH,
  FIRST_LINE_INDENT,
  FONT,
  HEADING_FONT,
  MARGIN_MM,
  PAGE_SIZE,
  TITLE_LINE,
  blankLinesBeforeSignature,
  paragraphParts,
  sealedSignatureIndents,
  signatureIndents,
} from './layout';
import { cleanText } from './sanitize';

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const BODY_SPACING = { line: BODY_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
const FIRST_LINE = { firstLine: FIRST_LINE_INDENT };

/**
 * A run of body text: 三号 and 0.25 pt tight (so a line holds 28 characters) by the Normal style, in `font` when
 * that differs from the font of its paragraph's style (`styleFont`).
 */
const bodyRun = (text: string, font: string, styleFont: string = STYLE_FONT.normal): TextRun => styledRun(text, font, styleFont);

interface BodyOptions {
  alignment?: Align;
  indent?: Record<string, number>;
  keepNext?: boolean;
  style?: string;
}

function bodyParagraph(children: TextRun[], options: BodyOptions = {}): Paragraph {
  return new Paragraph({
    ...(options.style ? { style: options.style } : {}),
    alignment: options.alignment ?? AlignmentType.BOTH,
    spacing: BODY_SPACING,
    indent: options.indent ?? FIRST_LINE,
    ...(options.keepNext ? { keepNext: true } : {}),
    children,
  });
}

const blankLine = (): Paragraph => new Paragraph({ spacing: BODY_SPACING, children: [] });

/** A paragraph of a text section: a run-in heading sentence in its level's font, then body text in 仿宋. */
function textParagraph(paragraph: string): Paragraph {
  const { level, heading, rest } = paragraphParts(paragraph);
  // A heading on a line of its own stays with the text it heads and shows in the navigation pane (level 2);
  // a run-in heading leaves its paragraph body text, or the pane would list whole paragraphs.
  const alone = heading !== '' && rest === '' && level <= 2;
  const styleFont = alone ? STYLE_FONT.heading2 : STYLE_FONT.normal;
  const runs: TextRun[] = [];
  if (heading) runs.push(bodyRun(heading, HEADING_FONT[level], styleFont));
  if (rest) runs.push(bodyRun(rest, FONT.body, styleFont));
  return bodyParagraph(runs, { keepNext: heading !== '' && rest === '', ...(alone ? { style: STYLE.heading2 } : {}) });
}

/** 一、… in 黑体; never the last line of a page (keepNext: it stays with its table or first paragraph). */
function sectionHeading(heading: string): Paragraph {
  return new Paragraph({
    style: STYLE.heading1,
    alignment: AlignmentType.BOTH,
    spacing: BODY_SPACING,
    indent: FIRST_LINE,
    keepNext: true,
    children: [bodyRun(heading, FONT.hei, STYLE_FONT.heading1)],
  });
}

function titleParagraphs(report: Report): Paragraph[] {
  const agency = cleanText(report.agencyName).trim();
  // Line 1 the agency, line 2 「{年度}年政府信息公开工作年度报告」 (reportTitle without the agency).
  const lines = [agency, reportTitle({ agencyName: '', year: report.year })].filter((l) => l !== '');
  return lines.map(
    (line) =>
      new Paragraph({
        style: STYLE.title,
        alignment: AlignmentType.CENTER,
        spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [styledRun(line, FONT.title, STYLE_FONT.title)],
      }),
  );
}

/**
 * 署名 and 成文日期, only what the clerk filled in: unsealed after one blank line (GB/T 9704 §7.3.5.2), sealed
 * after two with the date four characters in and the 署名 centred over it (§7.3.5.1). Indents count characters
 * at the grid pitch; the 署名 style turns off the automatic space between 汉字 and digits, so the count holds.
 */
function signatureBlock(report: Report): Paragraph[] {
  const signature = cleanText(report.signature).trim();
  const date = chineseDate(report.dateWritten);
  if (!signature && !date) return [];
  const indents = report.sealed ? sealedSignatureIndents(signature, date) : signatureIndents(signature, date);
  const line = (text: string, chars: number) =>
    bodyParagraph([bodyRun(text, FONT.body)], {
      style: STYLE.signature,
      alignment: AlignmentType.RIGHT,
      indent: { right: Math.round(chars * CHAR_PITCH) },
    });
  const out = Array.from({ length: blankLinesBeforeSignature(report.sealed) }, blankLine);
  if (signature) out.push(line(signature, indents.signature));
  if (date) out.push(line(date, indents.date));
  return out;
}

// ---- document ----

/** Footers as placeholders: docx writes their relationships, docx-parts their content (with the PAGE field). */
const placeholderFooter = (): Footer => new Footer({ children: [new Paragraph({ children: [] })] });

export function buildDocument(report: Report): Document {
  const format = formatOf(report);
  const values = computeAll(format, report.values);
  const children: (Paragraph | Table)[] = [...titleParagraphs(report), blankLine()];
  for (const section of format.sections) {
    children.push(sectionHeading(section.heading));
    if (section.table) children.push(buildTable(format.tables[section.table], values));
    else for (const p of paragraphsOf(cleanText(report.texts[section.id as keyof Report['texts']] ?? ''))) children.push(textParagraph(p));
  }
  children.push(...signatureBlock(report));

  const twip = convertMillimetersToTwip;
  return new Document({
    title: cleanText(reportTitle(report)),
    creator: cleanText(report.agencyName) || '政府信息公开工作年度报告',
    lastModifiedBy: cleanText(report.agencyName) || '政府信息公开工作年度报告',
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_SIZE.width, height: PAGE_SIZE.height },
            margin: {
              top: twip(MARGIN_MM.top),
              bottom: twip(MARGIN_MM.bottom),
              left: twip(MARGIN_MM.left),
              right: twip(MARGIN_MM.right),
              header: twip(MARGIN_MM.header),
              footer: twip(MARGIN_MM.footer),
            },
          },
          // GB/T 9704 §5.2.3: 22 lines of 28 characters: a line grid at the body pitch, 28 characters by tracking
          // (layout.ts says why not a character grid); tables keep off the grid through their paragraph style.
          grid: { type: DocumentGridType.LINES, linePitch: BODY_LINE },
        },
        footers: { default: placeholderFooter(), even: placeholderFooter() },
        children,
      },
    ],
  });
}

/** The finished .docx as a Blob for the download. */
export async function exportDocx(report: Report): Promise<Blob> {
  return Packer.toBlob(buildDocument(report), false, partOverrides());
}

/** The same bytes for tests and benchmarks (node has Blob, but bytes are what they read). */
export async function exportDocxBytes(report: Report): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(report), false, partOverrides()));
}
