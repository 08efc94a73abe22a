// The preview's stylesheet, written from the export's layout facts (src/export/layout.ts) so the screen, the
// printout and the .docx agree: A4, GB/T 9704 margins, 28.95 pt lines of 28 三号 characters, the same fonts.
// @media print shows only the pages: Ctrl+P or 「打印」 prints the report, not the editor.
import { BODY_LINE, BODY_TRACKING, CSS_FONT, MARGIN_MM, SIZE, TITLE_LINE } from '../export/layout';

const pt = (twips: number) => `${twips / 20}pt`;
const hp = (halfPoints: number) => `${halfPoints / 2}pt`;
export const TEXT_HEIGHT_MM = 297 - MARGIN_MM.top - MARGIN_MM.bottom;
const NUMBER_TOP_MM = 297 - MARGIN_MM.bottom + 7; // 一字线 7 mm under the text block (§7.5)

export const PREVIEW_CSS = `
.nb-preview-root { position: fixed; inset: 0; z-index: 100; overflow: auto; background: #7d8590; }
.nb-preview-toolbar { position: sticky; top: 0; z-index: 1; display: flex; gap: .6rem; align-items: center; padding: .5rem 1rem;
  background: #fff; border-bottom: 1px solid #d0d7de; font: 15px/1.4 system-ui, sans-serif; }
.nb-preview-toolbar button { font: inherit; padding: .3rem .9rem; border: 1px solid #8c959f; border-radius: 4px; background: #f6f8fa; cursor: pointer; }
.nb-preview-toolbar .nb-preview-info { color: #57606a; }
.nb-sheet { position: relative; box-sizing: border-box; width: 210mm; height: 297mm; margin: 1rem auto; background: #fff; color: #000;
  padding: ${MARGIN_MM.top}mm ${MARGIN_MM.right}mm ${MARGIN_MM.bottom}mm ${MARGIN_MM.left}mm; box-shadow: 0 1px 6px rgba(0,0,0,.35); overflow: hidden; }
.nb-sheet-body { height: ${TEXT_HEIGHT_MM}mm; overflow: hidden; }
.nb-slice { overflow: hidden; }
.nb-page-number { position: absolute; top: ${NUMBER_TOP_MM}mm; font-family: ${CSS_FONT.song}; font-size: ${hp(SIZE.pageNumber)}; line-height: 1; white-space: pre; }
.nb-page-number.nb-odd { right: calc(${MARGIN_MM.right}mm + 1em); }
.nb-page-number.nb-even { left: calc(${MARGIN_MM.left}mm + 1em); }
.nb-flow { width: ${210 - MARGIN_MM.left - MARGIN_MM.right}mm; }
.nb-flow h1, .nb-flow h2, .nb-flow p { margin: 0; font-weight: normal; }
.nb-title { text-align: center; font-family: ${CSS_FONT.title}; font-size: ${hp(SIZE.title)}; line-height: ${pt(TITLE_LINE)}; }
.nb-heading, .nb-caption { text-align: justify; text-indent: 2em; font-family: ${CSS_FONT.hei}; font-size: ${hp(SIZE.body)}; line-height: ${pt(BODY_LINE)}; letter-spacing: ${pt(BODY_TRACKING)}; }
.nb-body, .nb-blank { text-align: justify; text-indent: 2em; font-family: ${CSS_FONT.body}; font-size: ${hp(SIZE.body)}; line-height: ${pt(BODY_LINE)}; letter-spacing: ${pt(BODY_TRACKING)}; }
.nb-signature { text-align: right; font-family: ${CSS_FONT.body}; font-size: ${hp(SIZE.body)}; line-height: ${pt(BODY_LINE)}; letter-spacing: ${pt(BODY_TRACKING)}; }
.nb-font-title { font-family: ${CSS_FONT.title}; } .nb-font-body { font-family: ${CSS_FONT.body}; }
.nb-font-hei { font-family: ${CSS_FONT.hei}; } .nb-font-kai { font-family: ${CSS_FONT.kai}; } .nb-font-song { font-family: ${CSS_FONT.song}; }
.nb-table { width: 100%; table-layout: fixed; border-collapse: collapse; font-family: ${CSS_FONT.song}; font-size: ${hp(SIZE.tableSmall)}; line-height: 1.25; }
.nb-t2 { font-size: ${hp(SIZE.table)}; }
.nb-caption { caption-side: top; text-align: left; }
.nb-table th, .nb-table td { border: .5pt solid #000; padding: 0 1mm; overflow-wrap: anywhere; font-weight: normal; vertical-align: middle; }
.nb-table .nb-left { text-align: left; } .nb-table .nb-center, .nb-table td { text-align: center; }
.nb-measure { position: absolute; left: -10000px; top: 0; visibility: hidden; }
@page { size: A4; margin: 0; }
@media print {
  html.nb-previewing, html.nb-previewing body { background: #fff !important; height: auto !important; overflow: visible !important; }
  html.nb-previewing body > :not(.nb-preview-root) { display: none !important; }
  .nb-preview-root { position: static; overflow: visible; background: #fff; }
  .nb-preview-toolbar, .nb-measure { display: none !important; }
  .nb-sheet { margin: 0; box-shadow: none; break-after: page; }
  .nb-sheet:last-child { break-after: auto; }
}
`;
