// 成文日期 typed the ways clerks write it, stored as ISO, refused with a reason otherwise.
import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src/editor/date-text';

describe('parseDateText', () => {
  it('accepts 年月日, dashes, dots, slashes and full-width digits', () => {
    for (const text of [
      '2026年1月20日',
      '2026-01-20',
      '2026.1.20',
      '2026/1/20',
      '２０２６年１月２０日',
      ' 2026 年 1 月 20 日 ',
      '2026年01月20',
    ]) {
      expect(parseDateText(text)).toEqual({ ok: true, iso: '2026-01-20' });
    }
    expect(parseDateText('')).toEqual({ ok: true, iso: '' });
  });

  it('refuses what is not a date, impossible days and five-digit or implausible years', () => {
    expect(parseDateText('1月20日')).toMatchObject({ ok: false, message: expect.stringContaining('不是日期') });
    expect(parseDateText('20260-01-20')).toMatchObject({ ok: false });
    expect(parseDateText('2026-02-30')).toMatchObject({ ok: false, message: '2026年没有2月30日，请核对。' });
    expect(parseDateText('1899-01-01')).toMatchObject({ ok: false, message: expect.stringContaining('年份 1899 不对') });
    expect(parseDateText('2101年1月1日')).toMatchObject({ ok: false });
  });
});
