// Clipboard text of a spreadsheet range (Excel, WPS表格) as a grid of cell texts.

/** Rows by \n (\r dropped), cells by \t; one trailing newline ignored; Excel's quoting undone. */
export function parseClipboardBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t').map(unquote));
}

/** Excel quotes a cell that holds a tab, a newline or a quote. */
function unquote(piece: string): string {
  const m = /^"((?:[^"]|"")*)"$/.exec(piece);
  return m ? m[1]!.replace(/""/g, '"') : piece;
}

/** Whether a paste into a value cell should go through the block logic (a spreadsheet range, not one word). */
export function isBlockPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
}
