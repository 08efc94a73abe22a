// What 一 and 五 must say (国办公开办函〔2021〕30号 一(一)(五); 〔2019〕60号 likewise):
// C-R10 五 names a problem and a measure; C-R11 一 covers the five parts (and, for a 政府 report, 条例第五十条第四项).
import type { CheckContext } from '../context';
import { memoText } from '../text-cache';
import type { Finding } from '../types';

const JUST_NONE = /^(?:无|暂无|没有|无问题|没有问题|本年度无|不存在)$/;
const PROBLEM = /问题|不足|短板|薄弱|不够|有待|不及时|不到位|不规范|不全面|不充分|欠缺|差距|滞后|困难/;
const MEASURE = /将|下一步|改进|加强|完善|建立|健全|推进|提升|整改|落实|措施|强化|规范|优化|加大/;

const problemsReading = memoText((text: string) => {
  const bare = text.replace(/[\s。．.，,；;：:、！!]/g, '');
  return {
    empty: bare === '',
    none: JUST_NONE.test(bare),
    missing: [!PROBLEM.test(bare) && '存在的具体问题', !MEASURE.test(bare) && '改进措施'].filter((m): m is string => m !== false),
  };
});

/** C-R10 (warning): 五 is just 「无」, or lacks a concrete problem or a measure. */
export function problemsAndMeasures(ctx: CheckContext): Finding[] {
  const text = ctx.report.texts.problems ?? '';
  const { empty, none, missing } = problemsReading(text);
  if (empty) return []; // C-R1
  const s = ctx.ix.sections.problems!;
  const base = { rule: 'C-R10' as const, severity: 'warning' as const, cells: [], fields: ['text:problems' as const] };
  if (none) {
    return [
      {
        ...base,
        subject: 'none',
        message: `「${s.heading}」只写了“${text.trim()}”。格式要求查找问题要有针对性、改进举措要有实效性，请写明存在的主要问题及改进情况。`,
      },
    ];
  }
  if (missing.length === 0) return [];
  return [
    {
      ...base,
      subject: missing.join('+'),
      message: `「${s.heading}」没有写明${missing.join('和')}。格式要求“实事求是、明确具体，避免笼统模糊、泛泛而谈”。`,
    },
  ];
}

interface Part {
  name: string;
  words: RegExp;
}

const PARTS: Part[] = [
  { name: '主动公开', words: /主动公开/ },
  { name: '依申请公开', words: /依申请|公开申请/ },
  { name: '政府信息管理', words: /信息管理|保密审查|公文公开属性|文件管理|信息资源/ },
  { name: '政府信息公开平台建设', words: /平台|网站|新媒体|公开专栏|政务公开专区|公开栏/ },
  { name: '监督保障', words: /监督|保障|考核|培训|责任追究|社会评议/ },
];

const GOVERNMENT_PARTS: Part[] = [
  { name: '工作考核', words: /考核/ },
  { name: '社会评议', words: /社会评议|评议/ },
  { name: '责任追究', words: /责任追究|问责/ },
];

const overviewReading = memoText((text: string) => ({
  missing: PARTS.filter((p) => !p.words.test(text)).map((p) => p.name),
  gov: GOVERNMENT_PARTS.filter((p) => !p.words.test(text)).map((p) => p.name),
}));

/** C-R11 (warning): 一 misses one of the parts the format names. */
export function overviewParts(ctx: CheckContext): Finding[] {
  const text = ctx.report.texts.overview ?? '';
  if (text.trim() === '') return []; // C-R1
  const s = ctx.ix.sections.overview!;
  const out: Finding[] = [];
  const { missing, gov } = overviewReading(text);
  if (missing.length) {
    out.push({
      rule: 'C-R11',
      severity: 'warning',
      cells: [],
      fields: ['text:overview'],
      subject: missing.join('、'),
      message: `「${s.heading}」没有写到${missing.map((m) => `“${m}”`).join('、')}。格式要求总体情况主要包括主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障等方面。`,
    });
  }
  if (ctx.report.scope !== 'unit') {
    if (gov.length) {
      out.push({
        rule: 'C-R11',
        severity: 'warning',
        cells: [],
        fields: ['text:overview'],
        subject: `gov:${gov.join('、')}`,
        message: `「${s.heading}」没有写到${gov.map((m) => `“${m}”`).join('、')}。政府年度报告的监督保障部分须包括“工作考核、社会评议和责任追究结果情况”（《政府信息公开条例》第五十条第四项）。`,
      });
    }
  }
  return out;
}
