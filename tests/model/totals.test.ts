import { describe, expect, it } from 'vitest';
import { FORMATS, type FormatId } from '../../src/formats';
import { cellLayout, computeAll, computeValues, countOf } from '../../src/model';
import { filledReport } from '../checks/helpers';

describe.each(['2019', '2021'] as FormatId[])('computeAll, format %s', (id) => {
  const format = FORMATS[id];
  const report = filledReport(id === '2019' ? 2020 : 2021);

  it('sums rows, columns and the grand total', () => {
    const all = computeAll(format, report.values);
    expect(all['t3.new.total']).toBe(String([10, 11, 12, 13, 14, 15].reduce((a, b) => a + b)));
    expect(all['t3.results.natural']).toBe('11'); // 5 + 3 + 1 + 1 + 1
    expect(all['t3.results.total']).toBe(String([11, 12, 13, 14, 15, 16].reduce((a, b) => a + b)));
    expect(all['t4.review.total']).toBe('3');
    expect(all['t3.new.natural']).toBe('10'); // inputs as stored
    expect(Object.keys(all)).toHaveLength(format.cellsByKey.size);
  });

  it('gives blank for a total whose parts are all blank, and skips text that is not a number', () => {
    expect(computeAll(format, {})['t3.results.total']).toBe('');
    const all = computeAll(format, { 't3.new.natural': '4', 't3.new.legal': 'abc' });
    expect(all['t3.new.total']).toBe('4');
  });

  it('sums decimals exactly when an old draft holds one', () => {
    expect(computeAll(format, { 't3.open.natural': '0.1', 't3.partial.natural': '0.2' })['t3.results.natural']).toBe('0.3');
    expect(computeAll(format, { 't3.new.natural': '-3', 't3.new.legal': '5' })['t3.new.total']).toBe('2');
  });

  it('computeValues holds every cell of computeAll at its cellLayout position, blanks as ""', () => {
    const values = { ...report.values, 't3.new.natural': '', 't3.new.legal': 'abc' };
    delete (values as Record<string, string>)['t3.open.natural'];
    const all = computeAll(format, values);
    const cells = computeValues(format, values);
    const { position } = cellLayout(format);
    expect(cells).toHaveLength(format.cellsByKey.size);
    for (const key of format.cellsByKey.keys()) expect(cells[position.get(key)!], key).toBe(all[key]);
    expect(cells[position.get('t3.open.natural')!]).toBe('');
    expect(cells[position.get('t3.new.legal')!]).toBe('abc');
    // the scratch it reuses does not carry one call's numbers into the next
    expect(computeValues(format, {})[position.get('t3.new.total')!]).toBe('');
  });
});

it('countOf reads integers and treats the rest as 0', () => {
  expect(countOf('12')).toBe(12);
  expect(countOf('-2')).toBe(-2);
  expect(countOf('')).toBe(0);
  expect(countOf(undefined)).toBe(0);
  expect(countOf('1.5')).toBe(0);
});
