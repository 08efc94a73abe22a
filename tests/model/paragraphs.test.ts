import { describe, expect, it } from 'vitest';
import { countCharacters, headingLevel, paragraphsOf, splitHeading } from '../../src/model';

describe('paragraphs', () => {
  it.each([
    ['一、总体情况', 1],
    ['十二、其他', 1],
    ['（一）主动公开情况', 2],
    ['(二)依申请公开', 2],
    ['1.加强组织领导', 3],
    ['2．完善制度', 3],
    ['3、强化监督', 3],
    ['（1） 积极推动部门信息主动公开。', 4],
    ['2020年，市对外经济合作中心…', 0],
    ['1.5万元用于网站建设', 0],
    ['正文', 0],
  ] as const)('headingLevel(%j) = %i', (text, level) => {
    expect(headingLevel(text)).toBe(level);
  });

  it('splits a run-in heading from its body text at the first 。', () => {
    expect(splitHeading('（一）主动公开情况。本年共发布信息300条。')).toEqual({
      level: 2,
      heading: '（一）主动公开情况。',
      rest: '本年共发布信息300条。',
    });
    expect(splitHeading('（一）主动公开情况。')).toEqual({ level: 2, heading: '（一）主动公开情况。', rest: '' });
    expect(splitHeading('  正文一段。')).toEqual({ level: 0, heading: '', rest: '正文一段。' });
  });

  it('splits paragraphs on any line break and drops blank lines', () => {
    expect(paragraphsOf('甲\r\n\n  乙  \r丙\n')).toEqual(['甲', '乙', '丙']);
    expect(paragraphsOf('')).toEqual([]);
  });

  it('counts characters without white space', () => {
    expect(countCharacters('一、总体 情况\n（一）\u3000ab')).toBe(11);
    expect(countCharacters('')).toBe(0);
  });
});
