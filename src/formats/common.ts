// Labels the 2019 and 2021 formats share, verbatim from the official templates
// (国办公开办函〔2019〕60号 and 〔2021〕30号, see shared/spec/formats.md §2.5, §2.6, §3.3–3.6).
import type { SectionDef } from './types';
import type { T3Description, T4Description } from './build';

export const SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  review: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

export function sections(hints: { overview: string; problems: string; other: string }): SectionDef[] {
  return [
    { id: 'overview', heading: SECTION_HEADINGS.overview, hint: hints.overview },
    { id: 'proactive', heading: SECTION_HEADINGS.proactive, table: 't2' },
    { id: 'requests', heading: SECTION_HEADINGS.requests, table: 't3' },
    { id: 'review', heading: SECTION_HEADINGS.review, table: 't4' },
    { id: 'problems', heading: SECTION_HEADINGS.problems, hint: hints.problems },
    { id: 'other', heading: SECTION_HEADINGS.other, hint: hints.other },
  ];
}

export const T3_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';

const T3_COMMON: Omit<T3Description, 'resultGroups'> = {
  caption: SECTION_HEADINGS.requests,
  note: T3_NOTE,
  applicantColumns: [
    { key: 'natural', label: '自然人' },
    { key: 'business', label: '商业企业', lines: ['商业', '企业'] },
    { key: 'research', label: '科研机构', lines: ['科研', '机构'] },
    { key: 'nonprofit', label: '社会公益组织' },
    { key: 'legal', label: '法律服务机构' },
    { key: 'otherOrg', label: '其他' },
  ],
  topRows: [
    { key: 'new', label: '一、本年新收政府信息公开申请数量' },
    { key: 'carried', label: '二、上年结转政府信息公开申请数量' },
  ],
  resultsLabel: '三、本年度办理结果',
  bottomRows: [{ key: 'carryover', label: '四、结转下年度继续办理' }],
};

const PARTIAL_KAI = '（区分处理的，只计这一情形，不计其他情形）';

/** Result groups （一）…（五） and （七）; （六）其他处理 differs between the formats. */
export function t3(otherGroup: T3Description['resultGroups'][number]): T3Description {
  return {
    ...T3_COMMON,
    resultGroups: [
      { key: 'open', label: '（一）予以公开' },
      { key: 'partial', label: `（二）部分公开${PARTIAL_KAI}`, kaiSuffix: PARTIAL_KAI },
      {
        label: '（三）不予公开',
        items: [
          { key: 'deny1', label: '1.属于国家秘密' },
          { key: 'deny2', label: '2.其他法律行政法规禁止公开' },
          { key: 'deny3', label: '3.危及“三安全一稳定”' },
          { key: 'deny4', label: '4.保护第三方合法权益' },
          { key: 'deny5', label: '5.属于三类内部事务信息' },
          { key: 'deny6', label: '6.属于四类过程性信息' },
          { key: 'deny7', label: '7.属于行政执法案卷' },
          { key: 'deny8', label: '8.属于行政查询事项' },
        ],
      },
      {
        label: '（四）无法提供',
        items: [
          { key: 'unable1', label: '1.本机关不掌握相关政府信息' },
          { key: 'unable2', label: '2.没有现成信息需要另行制作' },
          { key: 'unable3', label: '3.补正后申请内容仍不明确' },
        ],
      },
      {
        label: '（五）不予处理',
        items: [
          { key: 'reject1', label: '1.信访举报投诉类申请' },
          { key: 'reject2', label: '2.重复申请' },
          { key: 'reject3', label: '3.要求提供公开出版物' },
          { key: 'reject4', label: '4.无正当理由大量反复申请' },
          { key: 'reject5', label: '5.要求行政机关确认或重新出具已获取信息' },
        ],
      },
      otherGroup,
      { key: 'results', label: '（七）总计', total: true },
    ],
  };
}

export const T4: T4Description = {
  caption: SECTION_HEADINGS.review,
  review: { key: 'review', label: '行政复议' },
  litigationLabel: '行政诉讼',
  litigation: [
    { key: 'direct', label: '未经复议直接起诉' },
    { key: 'after', label: '复议后起诉' },
  ],
  results: [
    { key: 'upheld', label: '结果维持' },
    { key: 'corrected', label: '结果纠正' },
    { key: 'other', label: '其他结果' },
    { key: 'pending', label: '尚未审结' },
  ],
  totalLabel: '总计',
  // Official counting rule (T4-R3): it cannot be checked arithmetically, so it is shown as help.
  help: '行政复议机关作为共同被告的行政诉讼案件，只计算原行为主体的案件数量，不计算行政复议机关的案件数量。',
};
