// The .docx parts the docx library writes poorly, written here whole and handed to Packer as overrides:
// styles.xml (no blue Heading styles; real outline levels; widow control off; table paragraph styles off the
// character grid; each style carries its runs' fonts, size and tracking, so runs name only what differs),
// fontTable.xml (altName/panose/charset so Word finds 仿宋 where 仿宋_GB2312 is missing), and the
// two footers (the PAGE field with a cached number, so a viewer that does not update fields still shows one).
// Element order follows the ISO 29500 schemas (tests/fixtures/ooxml validates every export).
import { BODY_LINE, BODY_TRACKING, FONT, PAGE_NUMBER_LINE, SIZE, TITLE_LINE } from './layout';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const fonts = (eastAsia: string, latin: string = FONT.latin) =>
  `<w:rFonts w:ascii="${latin}" w:hAnsi="${latin}" w:eastAsia="${eastAsia}" w:cs="${latin}" w:hint="eastAsia"/>`;
const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
/** Character spacing (tracking) in twips; rPr orders it after rFonts and before sz. */
const tracking = (twips: number) => `<w:spacing w:val="${twips}"/>`;

/** Style ids the builder uses. */
export const STYLE = {
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  table: 'TableText',
  tableSmall: 'TableTextSmall',
  tableKept: 'TableTextKeep',
  tableSmallKept: 'TableTextSmallKeep',
  reportTable: 'ReportTable',
  signature: 'Signature',
  footer: 'Footer',
} as const;

/** The 汉字 font each paragraph style gives its runs (Normal's is the document default's). */
export const STYLE_FONT = {
  normal: FONT.body,
  title: FONT.title,
  heading1: FONT.hei,
  heading2: FONT.kai,
  table: FONT.song,
} as const;

/** A paragraph style: `pPr` and `rPr` change what it is based on (Normal, unless `basedOn` names another style). */
function paragraphStyle(id: string, name: string, pPr: string, rPr: string, { basedOn = 'Normal', extra = '' } = {}): string {
  return (
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${basedOn}"/>` +
    `<w:next w:val="Normal"/>${extra}<w:qFormat/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}</w:style>`
  );
}

export function stylesXml(): string {
  const exact = (line: number) => `<w:spacing w:before="0" w:after="0" w:line="${line}" w:lineRule="exact"/>`;
  return (
    `${HEAD}<w:styles ${W}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(STYLE_FONT.normal)}${size(SIZE.body)}<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:widowControl w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${BODY_LINE}" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr>` +
    `<w:rPr>${tracking(BODY_TRACKING)}</w:rPr></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    // The statutory tables: every cell centred vertically (once here, not in each of the ~600 cells).
    `<w:style w:type="table" w:styleId="${STYLE.reportTable}"><w:name w:val="报告表格"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="59"/><w:tcPr><w:vAlign w:val="center"/></w:tcPr></w:style>` +
    paragraphStyle(
      STYLE.title,
      'Title',
      `<w:spacing w:before="0" w:after="0" w:line="${TITLE_LINE}" w:lineRule="exact"/><w:jc w:val="center"/>`,
      `${fonts(STYLE_FONT.title)}${tracking(0)}${size(SIZE.title)}`,
    ) +
    // 一、 and （一） headings: black, 三号, in the navigation pane as levels 1 and 2.
    paragraphStyle(
      STYLE.heading1,
      'heading 1',
      `<w:keepNext/>${exact(BODY_LINE)}<w:outlineLvl w:val="0"/>`,
      `${fonts(STYLE_FONT.heading1)}${size(SIZE.body)}`,
    ) +
    paragraphStyle(
      STYLE.heading2,
      'heading 2',
      `<w:keepNext/>${exact(BODY_LINE)}<w:outlineLvl w:val="1"/>`,
      `${fonts(STYLE_FONT.heading2)}${size(SIZE.body)}`,
    ) +
    // Table text keeps off the character grid: rows as tall as their 小五/五号 line, not a grid line.
    paragraphStyle(
      STYLE.table,
      '表格文字',
      '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>',
      `${fonts(STYLE_FONT.table)}${tracking(0)}${size(SIZE.table)}`,
    ) +
    paragraphStyle(STYLE.tableSmall, '表格文字（小五）', '', size(SIZE.tableSmall), { basedOn: STYLE.table }) +
    // A row kept with the next one (its cells' paragraphs keep with the next): a style, not 300 keepNext elements.
    paragraphStyle(STYLE.tableKept, '表格文字（与下行同页）', '<w:keepNext/>', '', { basedOn: STYLE.table }) +
    paragraphStyle(STYLE.tableSmallKept, '表格文字（小五，与下行同页）', '<w:keepNext/>', '', { basedOn: STYLE.tableSmall }) +
    // 署名 and 成文日期: no automatic space between 汉字 and digits, so the indents in characters hold.
    paragraphStyle(STYLE.signature, '署名', '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/><w:jc w:val="right"/>', '') +
    paragraphStyle(
      STYLE.footer,
      'footer',
      `<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${PAGE_NUMBER_LINE}" w:lineRule="exact"/>`,
      `${fonts(FONT.song, FONT.song)}${tracking(0)}${size(SIZE.pageNumber)}`,
      { extra: '<w:uiPriority w:val="99"/>' },
    ) +
    `<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:semiHidden/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>` +
    '</w:styles>'
  );
}

interface FontFacts {
  name: string;
  altName?: string;
  panose: string;
  charset: string;
  family: string;
  pitch: string;
}

/** The fonts the report uses, with what Word needs to substitute a missing one (the _GB2312 names on stock Windows). */
export const FONT_TABLE: readonly FontFacts[] = [
  { name: FONT.body, altName: '仿宋', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.kai, altName: '楷体', panose: '02010609030101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.title, altName: '宋体', panose: '02000000000000000000', charset: '86', family: 'auto', pitch: 'variable' },
  { name: FONT.hei, altName: 'SimHei', panose: '02010609060101010101', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.song, altName: 'SimSun', panose: '02010600030101010101', charset: '86', family: 'auto', pitch: 'variable' },
  { name: FONT.latin, panose: '02020603050405020304', charset: '00', family: 'roman', pitch: 'variable' },
];

export function fontTableXml(): string {
  const entry = (f: FontFacts) =>
    `<w:font w:name="${f.name}">${f.altName ? `<w:altName w:val="${f.altName}"/>` : ''}` +
    `<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  return `${HEAD}<w:fonts ${W} ${R}>${FONT_TABLE.map(entry).join('')}</w:fonts>`;
}

/**
 * §7.5 page number 「— N —」, odd pages right and even pages left, one character in. The PAGE field carries
 * a cached result (1 on the odd footer, 2 on the even one) that Word and WPS replace when they lay out.
 */
export function footerXml(side: 'odd' | 'even'): string {
  const run = (inner: string) => `<w:r>${inner}</w:r>`;
  const text = (t: string) => run(`<w:t xml:space="preserve">${t}</w:t>`);
  const indent = side === 'odd' ? `<w:ind w:right="${SIZE.pageNumber * 10}"/>` : `<w:ind w:left="${SIZE.pageNumber * 10}"/>`;
  return (
    `${HEAD}<w:ftr ${W} ${R}><w:p><w:pPr><w:pStyle w:val="${STYLE.footer}"/>${indent}<w:jc w:val="${side === 'odd' ? 'right' : 'left'}"/></w:pPr>` +
    text('— ') +
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    text(side === 'odd' ? '1' : '2') +
    run('<w:fldChar w:fldCharType="end"/>') +
    text(' —') +
    '</w:p></w:ftr>'
  );
}

/** Overrides for Packer: the parts above at the paths docx gives them (footer1 = default/odd, footer2 = even). */
export function partOverrides(): { path: string; data: string }[] {
  return [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'word/fontTable.xml', data: fontTableXml() },
    { path: 'word/footer1.xml', data: footerXml('odd') },
    { path: 'word/footer2.xml', data: footerXml('even') },
  ];
}
