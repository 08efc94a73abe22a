// Clipboard text of a spreadsheet range (Excel, WPS表格) as a grid of cell texts.

/**
 * Rows by newline (\r\n or \n), cells by tab; one trailing newline ignored. A cell that holds a tab, a line
 * break or a quote comes quoted ("商业⏎企业", "say ""hi"""), as Excel and WPS write it.
 */
export function parseClipboardBlock(text: string): string[][] {
  const src = text.replace(/\r\n?/g, '\n');
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let cell: string;
    const quoted = src[i] === '"' ? closingQuote(src, i) : -1;
    if (quoted >= 0) {
      cell = src.slice(i + 1, quoted).replace(/""/g, '"');
      i = quoted + 1;
    } else {
      let j = i;
      while (j < src.length && src[j] !== '\t' && src[j] !== '\n') j++;
      cell = src.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= src.length) break;
    if (src[i] === '\n') {
      rows.push(row);
      row = [];
      if (i + 1 === src.length) return rows.length > 0 ? rows : [['']]; // one trailing newline
    }
    i++;
  }
  rows.push(row);
  return rows;
}

/** Where a quoted cell starting at `start` ends (its closing quote, followed by a tab, newline or the end); -1 if it is not one. */
function closingQuote(src: string, start: number): number {
  let j = start + 1;
  while (j < src.length) {
    if (src[j] === '"') {
      if (src[j + 1] === '"') {
        j += 2;
        continue;
      }
      const after = src[j + 1];
      return after === undefined || after === '\t' || after === '\n' ? j : -1;
    }
    j++;
  }
  return -1;
}

/** Whether a paste into a value cell should go through the block logic (a spreadsheet range, not one word). */
export function isBlockPaste(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
}
