import { describe, expect, it } from 'vitest';
import { compareDecimals, sumDecimals } from '../../src/model';

describe('sumDecimals', () => {
  it('adds decimals exactly', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['24252.311082', '0.000018'])).toBe('24252.311100');
    expect(sumDecimals(['1', '0.5'])).toBe('1.5');
  });

  it('adds integers, negative ones too', () => {
    expect(sumDecimals(['3', '4', '5'])).toBe('12');
    expect(sumDecimals(['-3', '2'])).toBe('-1');
    expect(sumDecimals(['-0', '0'])).toBe('0');
    expect(sumDecimals([])).toBe('0');
  });

  it('stays exact beyond the range of JS numbers', () => {
    expect(sumDecimals(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(sumDecimals(['999999999999', '999999999999'])).toBe('1999999999998');
  });
});

describe('compareDecimals', () => {
  it('compares numeric values, not text', () => {
    expect(compareDecimals('1.50', '1.5')).toBe(0);
    expect(compareDecimals('10', '9')).toBe(1);
    expect(compareDecimals('-2', '1')).toBe(-1);
    expect(compareDecimals('0.3', sumDecimals(['0.1', '0.2']))).toBe(0);
  });
});
