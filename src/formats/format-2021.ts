// 国办公开办函〔2021〕30号: 《中华人民共和国政府信息公开工作年度报告格式》, reports from 2021 on.
import { assembleFormat, buildT2, buildT3, buildT4 } from './build';
import { sections, t3, T4, SECTION_HEADINGS } from './common';

const DECISIONS = { key: 'decisions', label: '本年处理决定数量', kind: 'count', colspan: 3 } as const;

export const FORMAT_2021 = assembleFormat({
  id: '2021',
  notice: '国办公开办函〔2021〕30号',
  name: '中华人民共和国政府信息公开工作年度报告格式',
  firstYear: 2021,
  sections: sections({
    overview:
      '对本机关贯彻落实《中华人民共和国政府信息公开条例》情况进行综述，主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面，篇幅原则上不超过一千字。',
    problems: '报告本机关政府信息公开工作中存在的主要问题及改进情况，实事求是、明确具体，不得年年雷同。',
    other: '报告本机关认为需要报告的其他事项。收取信息处理费情况在此处报告。',
  }),
  tables: {
    t2: buildT2(
      SECTION_HEADINGS.proactive,
      [
        {
          heading: '第二十条第（一）项',
          columns: [
            { key: 'issued', label: '本年制发件数', kind: 'count' },
            { key: 'repealed', label: '本年废止件数', kind: 'count' },
            { key: 'inForce', label: '现行有效件数', kind: 'count' },
          ],
          rows: [
            { key: 'regulation', label: '规章' },
            { key: 'normative', label: '行政规范性文件' },
          ],
        },
        { heading: '第二十条第（五）项', columns: [DECISIONS], rows: [{ key: 'license', label: '行政许可' }] },
        {
          heading: '第二十条第（六）项',
          columns: [DECISIONS],
          rows: [
            { key: 'penalty', label: '行政处罚' },
            { key: 'enforcement', label: '行政强制' },
          ],
        },
        {
          heading: '第二十条第（八）项',
          // The only unit the format states; real values carry decimals (24252.311082).
          columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', kind: 'money', colspan: 3 }],
          rows: [{ key: 'fees', label: '行政事业性收费' }],
        },
      ],
      4,
    ),
    t3: buildT3(
      t3({
        label: '（六）其他处理',
        items: [
          { key: 'other1', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
          { key: 'other2', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
          { key: 'other3', label: '3.其他' },
        ],
      }),
    ),
    t4: buildT4(T4),
  },
});
