// The preview's pagination: paragraphs split between lines, headings keep with what follows, tables move whole.
import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/preview/paginate';

describe('paginate', () => {
  it('splits a paragraph at a line boundary and carries the rest to the next page', () => {
    const pages = paginate(
      [
        { kind: 'paragraph', height: 100 },
        { kind: 'paragraph', height: 50, line: 10 },
      ],
      120,
    );
    expect(pages).toEqual([
      [
        { block: 0, offset: 0, height: 100 },
        { block: 1, offset: 0, height: 20 },
      ],
      [{ block: 1, offset: 20, height: 30 }],
    ]);
  });
  it('moves a table that does not fit to the next page whole, with its heading kept before it', () => {
    const pages = paginate(
      [
        { kind: 'paragraph', height: 80, line: 10 },
        { kind: 'heading', height: 10 },
        { kind: 'table', height: 60 },
      ],
      120,
    );
    expect(pages).toEqual([
      [{ block: 0, offset: 0, height: 80 }],
      [
        { block: 1, offset: 0, height: 10 },
        { block: 2, offset: 0, height: 60 },
      ],
    ]);
  });
  it('keeps a heading with the first line of its text', () => {
    const pages = paginate(
      [
        { kind: 'paragraph', height: 105 },
        { kind: 'heading', height: 10 },
        { kind: 'paragraph', height: 30, line: 10 },
      ],
      120,
    );
    expect(pages[0]!.map((s) => s.block)).toEqual([0]);
    expect(pages[1]![0]).toEqual({ block: 1, offset: 0, height: 10 });
  });
  it('spreads a paragraph longer than a page over several pages without losing a line', () => {
    const pages = paginate([{ kind: 'paragraph', height: 250, line: 10 }], 100);
    expect(pages.map((p) => p.map((s) => [s.offset, s.height]))).toEqual([[[0, 100]], [[100, 100]], [[200, 50]]]);
  });
});
