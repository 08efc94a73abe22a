import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/checks/context';
import { getFormat } from '../../src/formats';
import { computeAll } from '../../src/model';
import { filledReport, previousOf, withValues } from './helpers';

describe('makeContext: the values every rule reads', () => {
  const base = filledReport(2021);
  const values: Record<string, string> = { ...base.values, 't3.new.natural': '', 't3.open.legal': 'abc' };
  delete values['t3.new.business'];
  const report = { ...base, values };

  it("value(): inputs as stored, totals computed, blank as '' whether stored blank or never filled", () => {
    const ctx = makeContext(report);
    expect(ctx.value('t3.new.research')).toBe('12');
    expect(ctx.value('t3.new.natural')).toBe(''); // stored blank
    expect(ctx.value('t3.new.business')).toBe(''); // never filled: every rule reads it as blank (isBlank, intOf)
    expect(ctx.value('t3.open.legal')).toBe('abc');
    expect(ctx.value('t3.new.total')).toBe(String(12 + 13 + 14 + 15)); // blank and missing count as 0
    expect(ctx.value('no.such.cell')).toBeUndefined();
  });

  it("value() of a total whose parts are all blank is ''", () => {
    const blankColumn = withValues(report, {
      't4.review.upheld': '',
      't4.review.corrected': '',
      't4.review.other': '',
      't4.review.pending': '',
    });
    expect(makeContext(blankColumn).value('t4.review.total')).toBe('');
  });

  it("the previous year's values are computed from its own report, and kept while it is unchanged", () => {
    const prev = previousOf(report);
    const a = makeContext(report, prev);
    const b = makeContext(withValues(report, { 't3.new.research': '99' }), prev);
    expect(a.previous).not.toBeNull();
    expect(b.previous!.cells).toBe(a.previous!.cells);
    expect(b.value('t3.new.research')).toBe('99');
    const prevTotal = computeAll(getFormat(prev.formatId), prev.values)['t3.carryover.total'];
    expect(prevTotal).not.toBe('');
    expect(a.previous!.value('t3.carryover.total')).toBe(prevTotal);
    const edited = withValues(prev, { 't3.carryover.natural': '7' });
    expect(makeContext(report, edited).previous!.cells).not.toBe(a.previous!.cells);
  });
});
