/** Hard-wrapped text, line by line: page furniture between wrapped lines, enumerations across a wrap, unwrapped look-alikes. */
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import { invariantProblems, shape } from './helpers.js';

const TITLE = '关于进一步加强城乡环境综合整治工作的通知';

function outline(doc: string, title: string | null = TITLE) {
  const body = { start: 0, end: doc.trimEnd().length };
  const result = segmentOutline(doc, { body, title });
  expect(invariantProblems(doc, result.value, body)).toEqual([]);
  return result;
}

/** Break a paragraph into lines of `width` characters, as a PDF dump does. */
const wrap = (paragraph: string, width = 35): string[] => paragraph.match(new RegExp(`.{1,${width}}`, 'gu')) ?? [];
const FILLER = wrap(`　　${'各地区各部门要坚持问题导向和目标导向，统筹推进城乡环境综合整治，补齐基础设施短板，'.repeat(3)}确保取得实效。`);

describe('page furniture between a full line and its continuation', () => {
  const cases: [string, string][] = [
    ['— 3 —', '— 3 —'],
    ['- 3 -', '  - 3 -'],
    ['-3-', '-3-'],
    ['－３－ (full-width)', '－３－'],
    ['第3页', '第3页'],
    ['第 3 页 共 12 页', '第 3 页 共 12 页'],
    ['3/12', '3/12'],
    ['bare page number', '3'],
    ['running header repeating the title', `　${TITLE}`],
  ];
  it.each(cases)('%s', (_name, furniture) => {
    const doc = [
      '一、总体要求',
      ...FILLER,
      '　　（一）加强组织领导。各地区要成立由主要负责同志任组长的工作专班，严',
      '格按照实施方案确定的责任分工，认真落实市委常委会第五次会议纪要第三部分',
      furniture,
      '（一）项要求，围绕垃圾治理、污水治理和村容村貌提升等重点领域，分别从',
      '3个方面制定年度计划，逐项明确责任单位和完成时限。',
      '　　（二）强化资金保障。',
    ].join('\n');
    const { value } = outline(doc);
    expect(shape(value)).toBe('一、[（一） （二）]');
    expect(value[0]?.children[0]?.heading).toBe('加强组织领导');
  });

  it('a short line repeating at regular intervals is a running header', () => {
    const header = '通辽市人民政府办公室文件';
    const page = (n: number, last: string[]): string[] => [header, ...FILLER, ...FILLER, `　　（${'一二三四'[n]}）专项工作。${'要统筹推进城乡环境综合整治，补齐基础设施短板'}`, ...last];
    const doc = [
      '一、总体要求',
      ...page(0, []),
      ...page(1, ['　　各地区要成立由主要负责同志任组长的工作专班，严格按照实施方案确定的', '责任分工，认真落实市委常委会第五次会议纪要第三部分要求，落实落细第']),
      ...page(2, []).slice(0, 1),
      '（一）项要求，围绕垃圾治理、污水治理和村容村貌提升等重点领域制定计划。',
      ...page(2, []).slice(1),
      ...page(3, []),
    ].join('\n');
    const { value } = outline(doc, null);
    expect(shape(value)).toBe('一、[（一） （二） （三） （四）]');
  });
});

describe('inline enumerations in wrapped text', () => {
  it('a wrapped line start is a clause start only when the line it continues ends a clause', () => {
    const doc = [
      '一、工作措施',
      ...FILLER,
      '　　（一）加强领导。各地区要高度重视城乡环境综合整治工作，切实做到统',
      '一是前提，确保各项工作落到实处，形成工作合力，二是关键在于落实。',
      '　　（二）压实责任。各地区要把城乡环境综合整治工作摆上重要议事日程，',
      '一是建立工作机制，明确责任分工；二是强化督查考核，确保各项任务按期完',
      '成；三是加强宣传引导。',
    ].join('\n');
    const { value } = outline(doc);
    const [first, second] = value[0]?.children ?? [];
    expect(first?.children).toEqual([]); // 统 / 一是 is 统一是 split by the wrap: no run
    expect(second?.children.map((c) => [c.marker, c.heading])).toEqual([['一是', null], ['二是', null], ['三是', null]]);
    expect(second?.children[1]?.text).toBe('强化督查考核，确保各项任务按期完\n成；');
    expect(second?.children[2]?.text).toBe('加强宣传引导。');
  });
});

describe('text that is not hard-wrapped', () => {
  it('keeps every line its own paragraph, even lines of equal length that end a sentence', () => {
    const line = '各地区要坚持问题导向和目标导向，统筹推进城乡环境综合整治工作。';
    const doc = ['一、总体要求', ...Array(8).fill(line), '（一）项目建设', ...Array(4).fill(line), '（二）资金保障'].join('\n');
    expect(shape(outline(doc).value)).toBe('一、[（一） （二）]');
  });
});
