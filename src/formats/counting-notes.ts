// What the official texts say about counting each row (国办公开办函〔2021〕30号 一(二)–(四), 〔2019〕60号 一(二)–(四),
// shared/spec/formats.md §2.2, §3.2), shown when a row is focused. Verbatim quotations, as data.
import type { FormatId, TableId } from './types';

export interface CountingNote {
  /** The official words. */
  text: string;
  /** Where they are from. */
  source: string;
}

const S2021 = '国办公开办函〔2021〕30号';
const S2019 = '国办公开办函〔2019〕60号';

const T3_BALANCE = '本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和';
const T3_SCOPE =
  '这一项主要报告两方面情况：一是申请人的类别；二是政府信息公开申请的最终处理结果。此项内容重在数据准确、要素齐备，全面客观反映政府信息公开申请接收和办理情况';
const T3_PARTIAL = '（二）部分公开：区分处理的，只计这一情形，不计其他情形';
const T3_OTHER_2019 =
  '设置了“其他处理”项目，主要是考虑新旧条例执行衔接以及极少数特殊情况。原则上，所有的政府信息公开申请，都应当按照法定的处理方式做出处理。';
const T4_JOINT = '行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量。';
const T4_KINDS = '根据行政复议法和行政诉讼法有关规定，行政诉讼处理结果需进一步区分两类情形，分别是“未经复议直接起诉”和“复议后起诉”。';
const T2_DECISIONS_2021 =
  '第（五）项的行政许可数量、第（六）项的行政处罚和行政强制数量，包括已公开和依法未公开的全部处理决定。各项数据核定时间点为报告年度的12月31日。';
const T2_DATE_2021 = '各项数据核定时间点为报告年度的12月31日。';
const T2_2019 =
  '包括（一）（五）（六）（八）（九）共五项。其他法定主动公开内容的公开情况，在“总体情况”部分综合体现。要突出重点，注重用数据反映情况。';

type Notes = Partial<Record<TableId, Record<string, string>>>;

function t3Notes(other: string | null): Record<string, string> {
  const notes: Record<string, string> = {
    new: T3_SCOPE,
    carried: T3_BALANCE,
    carryover: T3_BALANCE,
    results: T3_BALANCE,
    partial: T3_PARTIAL,
  };
  if (other) notes.other = other;
  return notes;
}

const NOTES: Record<FormatId, Notes> = {
  '2021': {
    t2: {
      regulation: T2_DATE_2021,
      normative: T2_DATE_2021,
      license: T2_DECISIONS_2021,
      penalty: T2_DECISIONS_2021,
      enforcement: T2_DECISIONS_2021,
      fees: `${T2_DATE_2021}本年收费金额的单位为万元。`,
    },
    t3: t3Notes(null),
    t4: { review: T4_JOINT, direct: `${T4_KINDS}${T4_JOINT}`, after: `${T4_KINDS}${T4_JOINT}` },
  },
  '2019': {
    t2: {
      regulation: T2_2019,
      normative: T2_2019,
      license: T2_2019,
      otherService: T2_2019,
      penalty: T2_2019,
      enforcement: T2_2019,
      fees: T2_2019,
      procurement: T2_2019,
    },
    t3: t3Notes(T3_OTHER_2019),
    t4: { review: T4_JOINT, direct: `${T4_KINDS}${T4_JOINT}`, after: `${T4_KINDS}${T4_JOINT}` },
  },
};

/** The counting note of a row, if the official text has one. */
export function countingNote(formatId: FormatId, table: TableId, rowKey: string): CountingNote | null {
  const text = NOTES[formatId][table]?.[rowKey];
  return text ? { text, source: formatId === '2021' ? S2021 : S2019 } : null;
}
