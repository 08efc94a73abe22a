import { describe, expect, it } from 'vitest';
import { blankReport } from '../../src/model';
import { breakGroup, canRedo, canUndo, createHistory, HISTORY_LIMIT, record, redo, undo } from '../../src/editor/history';
import { planYearChange } from '../../src/editor/year-change';
import { sameContent } from '../../src/editor/state';

describe('history', () => {
  it('undoes and redoes single steps', () => {
    let h = createHistory('a');
    h = record(h, 'b');
    h = record(h, 'c');
    expect(h.present).toBe('c');
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x'); // a new change drops the redo branch
    expect(canRedo(h)).toBe(false);
    expect(h.past).toEqual(['a', 'b']);
  });

  it('groups consecutive changes of one group into one step', () => {
    let h = createHistory('');
    h = record(h, '1', 'text:overview');
    h = record(h, '12', 'text:overview');
    h = record(h, '123', 'text:overview');
    h = record(h, '123x', 'cell:a');
    expect(h.past).toEqual(['', '123']);
    h = breakGroup(record(h, '123xy', 'cell:a'));
    h = record(h, '123xyz', 'cell:a'); // after a break, the same group starts a new step
    expect(h.past).toEqual(['', '123', '123xy']);
    expect(undo(undo(undo(h))).present).toBe('');
  });

  it('drops a grouped step that returns to where it started', () => {
    let h = createHistory('5');
    h = record(h, '57', 'cell:a', (x, y) => x === y);
    h = record(h, '5', 'cell:a', (x, y) => x === y);
    expect(h.present).toBe('5');
    expect(canUndo(h)).toBe(false);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let h = createHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = record(h, i);
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    expect(h.past[0]).toBe(10);
  });
});

describe('sameContent', () => {
  it('ignores timestamps and blank values', () => {
    const a = blankReport({ year: 2021, id: 'x', now: 1 });
    const b = { ...a, updatedAt: 2, values: { 't3.new.natural': '' } };
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, { ...b, values: { 't3.new.natural': '0' } })).toBe(false);
    expect(sameContent(a, { ...a, texts: { ...a.texts, other: 'x' } })).toBe(false);
  });
});

describe('planYearChange', () => {
  const r2020 = {
    ...blankReport({ year: 2020, id: 'y' }),
    values: { 't3.new.natural': '8', 't2.license.change': '-18', 't3.other.natural': '' },
    declaredTotals: { 't3.other.total': '3', 't3.new.total': '9' },
  };

  it('keeps values whose keys exist in both formats and lists the others', () => {
    const plan = planYearChange(r2020, '2021');
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.next.formatId).toBe('2021');
    expect(plan.next.year).toBe(2021);
    expect(plan.next.values).toEqual({ 't3.new.natural': '8' });
    expect(plan.next.declaredTotals).toEqual({ 't3.new.total': '9' });
    expect(plan.dropped.map((d) => d.key)).toEqual(['t2.license.change', 't3.other.total']);
    expect(plan.dropped[0]).toMatchObject({ value: '-18', label: '第二十条第（五）项 行政许可，本年增/减' });
    expect(r2020.values['t2.license.change']).toBe('-18'); // the plan does not touch the report
  });

  it('changes the year only within one format, and refuses years before 2019', () => {
    const same = planYearChange(r2020, '２０１９年');
    expect(same.ok && same.next.formatId === '2019' && same.dropped.length === 0 && same.next.year === 2019).toBe(true);
    const early = planYearChange(r2020, '2018');
    expect(early.ok).toBe(false);
    expect(!early.ok && early.message).toContain('2018年度报告早于');
    expect(planYearChange(r2020, '20x1').ok).toBe(false);
  });
});
