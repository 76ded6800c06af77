/**
 * Hard-wrapped text as PDF dumps give it: every line broken at the page width
 * (35 here), page numbers and a running header between the lines. A wrapped
 * line may start with 2024年, 1.5亿元, （一）项 or 3个方面 and is still no marker.
 */
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import { flatten, invariantProblems, shape } from './helpers.js';

const TITLE = '关于进一步加强城乡环境综合整治工作的通知';
const WRAPPED = [
  '各区县人民政府，市直各有关部门：',
  '　　为深入贯彻落实全市生态环境保护大会精神，持续改善城乡人居环境，经市',
  '政府同意，现就进一步加强城乡环境综合整治工作有关事项通知如下。',
  '　　一、总体要求',
  '　　（一）指导思想。坚持以人民为中心的发展思想，统筹推进城乡环境综合整',
  '治，突出问题导向和目标导向，用两年左右时间基本补齐各类短板，力争在',
  '2024年底前实现农村生活垃圾收运处置体系全覆盖，群众满意度明显提升。',
  '　　（二）工作目标。市级财政统筹安排城乡环境综合整治专项资金总额共计',
  '1.5亿元，重点用于农村生活垃圾收运处置、生活污水治理和村容村貌提升，',
  '带动社会资本投入不低于3亿元，确保全市城乡环境综合整治各项目标任务如期',
  '',
  '                 — 2 —',
  '',
  TITLE,
  '完成。',
  '　　二、重点任务',
  '　　（一）加强组织领导。各地区要成立由主要负责同志任组长的工作专班，严',
  '格按照实施方案确定的责任分工，认真落实市委常委会第五次会议纪要第三部分',
  '（一）项要求，围绕垃圾治理、污水治理和村容村貌提升等重点领域，分别从',
  '3个方面制定年度计划，逐项明确责任单位和完成时限。',
  '　　（二）强化资金保障。各级财政要加大投入力度，优化支出结构。',
  '　　1.各地区要在2024年底前完成摸底排查工作，建立台账，并于每季度',
  '末报送进展情况。',
  '　　2.资金使用情况。',
  '　　特此通知。',
  '',
  '                                        某某市人民政府办公室',
  '                                          2024年3月1日',
].join('\n');

function outline(doc: string, title: string | null = TITLE) {
  const body = { start: 0, end: doc.trimEnd().length };
  const result = segmentOutline(doc, { body, title });
  expect(invariantProblems(doc, result.value, body)).toEqual([]);
  return result;
}

describe('hard-wrapped text', () => {
  const { value, diagnostics } = outline(WRAPPED);
  const nodes = flatten(value).map(({ node }) => node);
  const spanOf = (i: number) => WRAPPED.slice(nodes[i]?.span.start, nodes[i]?.span.end);

  it('is a realistic page of text', () => {
    expect(WRAPPED.length).toBeGreaterThan(500);
    expect(Buffer.byteLength(WRAPPED)).toBeGreaterThan(1500);
  });

  it('gives exactly the tree of the real markers', () => {
    expect(shape(value)).toBe('一、[（一） （二）] 二、[（一） （二）[1. 2.]]');
    expect(nodes.map((n) => [n.marker, n.style, n.level, n.ordinal, n.heading])).toEqual([
      ['一、', 'cn-dun', 1, 1, '总体要求'],
      ['（一）', 'cn-paren', 2, 1, '指导思想'],
      ['（二）', 'cn-paren', 2, 2, '工作目标'],
      ['二、', 'cn-dun', 1, 2, '重点任务'],
      ['（一）', 'cn-paren', 2, 1, '加强组织领导'],
      ['（二）', 'cn-paren', 2, 2, '强化资金保障'],
      ['1.', 'arabic-dot', 3, 1, null], // the phrase runs on past the wrapped line: a sentence, not a heading
      ['2.', 'arabic-dot', 3, 2, '资金使用情况'],
    ]);
    expect(diagnostics).toEqual([]);
  });

  it('runs a paragraph on through the page break and its furniture', () => {
    expect(spanOf(2).startsWith('（二）工作目标。')).toBe(true);
    expect(spanOf(2).endsWith(`${TITLE}\n完成。`)).toBe(true);
    expect(spanOf(0).endsWith('完成。')).toBe(true);
    expect(nodes.every((n) => !(n.heading ?? '').includes('—') && n.heading !== TITLE)).toBe(true);
  });

  it('ends each node at its last wrapped line and the outline before 特此通知', () => {
    expect(spanOf(1).endsWith('群众满意度明显提升。')).toBe(true);
    expect(spanOf(4).endsWith('逐项明确责任单位和完成时限。')).toBe(true);
    expect(spanOf(6)).toBe('1.各地区要在2024年底前完成摸底排查工作，建立台账，并于每季度\n末报送进展情况。');
    expect(spanOf(3).endsWith('2.资金使用情况。')).toBe(true);
  });

  it('the same lines unwrapped into paragraphs give the same tree', () => {
    const unwrapped = WRAPPED.replace(/([^。：\n])\n(?:\n?.*— 2 —\n\n.*\n)?(?!　　)/g, '$1');
    expect(unwrapped).not.toContain('— 2 —');
    expect(shape(outline(unwrapped).value)).toBe(shape(value));
  });
});

