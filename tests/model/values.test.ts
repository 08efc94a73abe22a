import { describe, expect, it } from 'vitest';
import { describeKind, isValidStored, normaliseInput, parseValue } from '../../src/model';

const ok = (value: string) => ({ ok: true, value });

describe('parseValue', () => {
  it('reads full-width digits, signs and points', () => {
    expect(parseValue('１２３', 'count')).toEqual(ok('123'));
    expect(parseValue('－５', 'signed')).toEqual(ok('-5'));
    expect(parseValue('１２．５', 'money')).toEqual(ok('12.5'));
    expect(parseValue(' 4\u3000', 'count')).toEqual(ok('4'));
    expect(normaliseInput('１，２３４')).toBe('1,234');
  });

  it('accepts thousands separators only in their proper places', () => {
    expect(parseValue('1,234', 'count')).toEqual(ok('1234'));
    expect(parseValue('1,234,567.89', 'money')).toEqual(ok('1234567.89'));
    const bad = parseValue('1,23', 'count');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('逗号');
    expect(parseValue('12,34,567', 'count').ok).toBe(false);
  });

  it.each(['—', '——', '/', '／', '-', '', '   ', '无'])('treats %j as blank', (raw) => {
    expect(parseValue(raw, 'count')).toEqual(ok(''));
  });

  it('refuses decimals for counts, even 3.0', () => {
    const r = parseValue('3.0', 'count');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('不能带小数点');
    const s = parseValue('1.5', 'signed');
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.message).toContain('带有小数');
  });

  it('allows a minus sign only where the cell is signed', () => {
    expect(parseValue('-5', 'signed')).toEqual(ok('-5'));
    const count = parseValue('-5', 'count');
    expect(count.ok).toBe(false);
    if (!count.ok) expect(count.message).toBe('此处不能填负数。');
    const money = parseValue('-5', 'money');
    expect(money.ok).toBe(false);
    if (!money.ok) expect(money.message).toBe('金额不能为负数。');
    expect(parseValue('-0', 'count')).toEqual(ok('0'));
  });

  it('keeps money exactly as typed, without float rounding', () => {
    expect(parseValue('24252.311082', 'money')).toEqual(ok('24252.311082'));
    expect(parseValue('0.1', 'money')).toEqual(ok('0.1'));
    expect(parseValue('007', 'count')).toEqual(ok('7'));
  });

  it('refuses units with a message naming the unit', () => {
    const r = parseValue('5件', 'count');
    expect(r).toEqual({ ok: false, message: '请只填数字，不要带单位“件”。' });
    const m = parseValue('3.5万元', 'money');
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.message).toContain('万元');
  });

  it('refuses text and absurdly large numbers with a Chinese reason', () => {
    const r = parseValue('abc', 'count');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe(`“abc”不是数字，此处应填${describeKind('count')}。`);
    expect(parseValue('1234567890123', 'count').ok).toBe(false);
  });
});

describe('isValidStored', () => {
  it.each([
    ['0', 'count', true],
    ['15', 'count', true],
    ['', 'count', true],
    ['-3', 'count', false],
    ['1.5', 'count', false],
    ['03', 'count', false],
    ['abc', 'count', false],
    ['-3', 'signed', true],
    ['-0', 'signed', false],
    ['1.5', 'signed', false],
    ['24252.311082', 'money', true],
    ['-1', 'money', false],
    ['1.', 'money', false],
  ] as const)('%j as %s → %s', (value, kind, expected) => {
    expect(isValidStored(value, kind)).toBe(expected);
  });
});
