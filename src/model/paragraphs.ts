// Heading levels inside the text sections, as GB/T 9704 §7.3.3 numbers them:
// 一、 (level 1, the section headings), （一） level 2, 1. level 3, （1） level 4.
// The editor shows them, the export sets their fonts, the import reads them: all through this one module.

export type HeadingLevel = 0 | 1 | 2 | 3 | 4;

const CN_NUM = '[一二三四五六七八九十]+';
const LEVELS: [HeadingLevel, RegExp][] = [
  [1, new RegExp(`^${CN_NUM}、`)],
  [2, new RegExp(`^[（(]${CN_NUM}[）)]`)],
  [3, /^\d{1,2}[.．、](?!\d)/],
  [4, /^[（(]\d{1,2}[）)]/],
];

export function headingLevel(paragraph: string): HeadingLevel {
  const text = paragraph.trimStart();
  for (const [level, re] of LEVELS) if (re.test(text)) return level;
  return 0;
}

export interface ParagraphParts {
  level: HeadingLevel;
  /** The heading sentence: the whole paragraph, or up to the first 。 when body text runs on after it. */
  heading: string;
  /** Body text that runs on after a run-in heading ('' when none). */
  rest: string;
}

export function splitHeading(paragraph: string): ParagraphParts {
  const text = paragraph.trim();
  const level = headingLevel(text);
  if (level === 0) return { level, heading: '', rest: text };
  const stop = text.indexOf('。');
  if (stop === -1 || stop === text.length - 1) return { level, heading: text, rest: '' };
  return { level, heading: text.slice(0, stop + 1), rest: text.slice(stop + 1) };
}

/** Paragraphs of a text section: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** Characters counted against the 一千字 guidance (C-R3): everything but white space. */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/.test(ch)) n++;
  return n;
}
