// 国办公开办函〔2019〕60号: 《中华人民共和国政府信息公开工作年度报告格式（试行）》, reports for 2019 and 2020.
import { assembleFormat, buildT2, buildT3, buildT4 } from './build';
import { sections, t3, T4, SECTION_HEADINGS } from './common';

const PREV = { key: 'prevItems', label: '上一年项目数量', kind: 'count' } as const;
const CHANGE = { key: 'change', label: '本年增/减', kind: 'signed' } as const; // may be negative (Pingtan 2020: -18)
const DECISIONS = { key: 'decisions', label: '处理决定数量', kind: 'count' } as const;

export const FORMAT_2019 = assembleFormat({
  id: '2019',
  notice: '国办公开办函〔2019〕60号',
  name: '中华人民共和国政府信息公开工作年度报告格式（试行）',
  firstYear: 2019,
  lastYear: 2020,
  sections: sections({
    overview: '报告本机关上一年度政府信息公开工作总体情况，主要包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。',
    problems: '报告本机关上一年度政府信息公开工作中存在的主要问题及改进情况。',
    other: '报告本机关认为需要报告的其他事项，以及其他有关文件专门要求通过年度报告予以报告的事项。',
  }),
  tables: {
    t2: buildT2(
      SECTION_HEADINGS.proactive,
      [
        {
          heading: '第二十条第（一）项',
          columns: [
            { key: 'made', label: '本年新制作数量', kind: 'count' },
            { key: 'published', label: '本年新公开数量', kind: 'count' },
            { key: 'publicTotal', label: '对外公开总数量', kind: 'count' },
          ],
          rows: [
            { key: 'regulation', label: '规章' },
            { key: 'normative', label: '规范性文件' },
          ],
        },
        {
          heading: '第二十条第（五）项',
          columns: [PREV, CHANGE, DECISIONS],
          rows: [
            { key: 'license', label: '行政许可' },
            { key: 'otherService', label: '其他对外管理服务事项' },
          ],
        },
        {
          heading: '第二十条第（六）项',
          columns: [PREV, CHANGE, DECISIONS],
          rows: [
            { key: 'penalty', label: '行政处罚' },
            { key: 'enforcement', label: '行政强制' },
          ],
        },
        {
          heading: '第二十条第（八）项',
          columns: [PREV, { ...CHANGE, colspan: 2 }],
          rows: [{ key: 'fees', label: '行政事业性收费' }],
        },
        {
          heading: '第二十条第（九）项',
          // The 2019 template states no unit; agencies wrote 元 (see formats.md §2.4).
          columns: [
            { key: 'items', label: '采购项目数量', kind: 'count' },
            { key: 'amount', label: '采购总金额', kind: 'money', colspan: 2 },
          ],
          rows: [{ key: 'procurement', label: '政府集中采购' }],
        },
      ],
      4,
    ),
    // 2019: （六）其他处理 is one row over both label columns, without items.
    t3: buildT3(t3({ key: 'other', label: '（六）其他处理' })),
    t4: buildT4(T4),
  },
});
