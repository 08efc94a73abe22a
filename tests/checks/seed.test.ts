// The published example report (2020, 2019 format, all zeros, dated 2020年1月13日).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks';
import { FORMAT_2019 } from '../../src/formats';
import { computeAll } from '../../src/model';
import { seed2020 } from '../fixtures/seed-2020';

describe('seed report 2020 (铜川市对外经济合作中心)', () => {
  const seed = seed2020();
  const findings = runChecks(seed);

  it('encodes every cell of the 2019 format as 0', () => {
    expect(seed.formatId).toBe('2019');
    const all = computeAll(FORMAT_2019, seed.values);
    expect(Object.values(all).every((v) => v === '0')).toBe(true);
    expect(Object.keys(all)).toHaveLength(FORMAT_2019.cellsByKey.size);
  });

  it('its tables pass: no T2/T3/T4 finding, no empty cell', () => {
    expect(findings.filter((f) => /^(T2|T3|T4)-/.test(f.rule) || f.rule === 'C-R7')).toEqual([]);
  });

  it('its date 2020年1月13日 is flagged D-R3', () => {
    const d = findings.filter((f) => f.rule === 'D-R3');
    expect(d).toHaveLength(1);
    expect(d[0]!.severity).toBe('error');
    expect(d[0]!.message).toContain('成文日期2020年1月13日不在2021年');
    expect(d[0]!.fields).toEqual(['dateWritten']);
  });

  it('reports exactly the date, the parts its 一 does not cover, and the missing section 六', () => {
    expect(findings.map((f) => f.rule)).toEqual(['D-R3', 'C-R11', 'C-R1']);
    expect(findings[1]!.message).toContain('没有写到“依申请公开”、“政府信息管理”');
    expect(findings[2]!.message).toContain('「六、其他需要报告的事项」');
  });
});
