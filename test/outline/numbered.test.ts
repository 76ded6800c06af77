/** Decimal outlines (1 总则 / 1.1 / 1.1.1), bulletin sections (01综合), and tables of contents. */
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import type { Diagnostic, OutlineNode } from '../../src/schema/index.js';
import { flatten, invariantProblems, shape } from './helpers.js';

function outline(...lines: string[]): { nodes: OutlineNode[]; diagnostics: Diagnostic[]; codes: string[] } {
  const doc = lines.join('\n');
  const body = { start: 0, end: doc.trimEnd().length };
  const { value, diagnostics } = segmentOutline(doc, { body, title: null });
  expect(invariantProblems(doc, value, body)).toEqual([]);
  return { nodes: value, diagnostics, codes: diagnostics.map((d) => d.code) };
}

const rows = (nodes: readonly OutlineNode[]) => flatten(nodes).map(({ node: n }) => [n.marker, n.style, n.level, n.ordinal, n.heading]);

describe('decimal outlines', () => {
  it('nest by the number of parts; the ordinal is the last part', () => {
    const { nodes, codes } = outline('1 总则', '1.1 编制目的', '1.1.1 法律依据', '1.1.2 政策依据', '1.2 适用范围', '2 组织体系', '2.1 指挥部', '2.1.1 指挥部职责', '3.2.1.4 细项');
    expect(shape(nodes)).toBe('1[1.1[1.1.1 1.1.2] 1.2] 2[2.1[2.1.1[3.2.1.4]]]');
    expect(rows(nodes).slice(0, 6)).toEqual([
      ['1', 'decimal', 1, 1, '总则'],
      ['1.1', 'decimal', 2, 1, '编制目的'],
      ['1.1.1', 'decimal', 3, 1, '法律依据'],
      ['1.1.2', 'decimal', 3, 2, '政策依据'],
      ['1.2', 'decimal', 2, 2, '适用范围'],
      ['2', 'decimal', 1, 2, '组织体系'],
    ]);
    expect(rows(nodes).at(-1)).toEqual(['3.2.1.4', 'decimal', 4, 4, '细项']);
    expect(codes).toEqual(['outline/numbering-gap']); // 3.2.1.4 is the first of its family under 2.1.1
  });

  it.each([
    ['an ideographic space', ['1　总则', '1.1　编制目的']],
    ['a tab', ['1\t总则', '1.1\t编制目的']],
    ['full-width digits and dot', ['１　总则', '１．１　编制目的']],
    ['a CJK heading right after the number', ['1总则', '1.1编制目的']],
  ])('separated by %s', (_name, lines) => {
    const { nodes } = outline(...lines);
    expect(rows(nodes).map(([, style, level, ordinal, heading]) => [style, level, ordinal, heading])).toEqual([
      ['decimal', 1, 1, '总则'],
      ['decimal', 2, 1, '编制目的'],
    ]);
  });

  it('keeps prose, long numbered paragraphs and （1） items inside the sections', () => {
    const { nodes } = outline('1 总则', '1.2 等级划分', '本预案所称粮食应急状态，是指市场异常波动。', '1.2.1 国家级（Ⅰ级）：两个以上省出现粮食应急状态。', '1.4 工作原则', '（1）统一领导、分级负责。', '（2）科学监测、预防为主。', '2 组织机构');
    expect(shape(nodes)).toBe('1[1.2[1.2.1] 1.4[（1） （2）]] 2');
    expect(nodes[0]?.children[0]?.text).toBe('等级划分\n本预案所称粮食应急状态，是指市场异常波动。');
    expect(nodes[0]?.children[0]?.children[0]?.heading).toBe('国家级（Ⅰ级）');
  });

  it('leaves 1. items (a CJK character right after the dot) in their own family', () => {
    const { nodes } = outline('1 总则', '1.1 目的', '1.认真贯彻落实有关要求。', '2.加强组织领导。', '1.2 依据');
    expect(shape(nodes)).toBe('1[1.1[1. 2.] 1.2]');
    expect(flatten(nodes).map(({ node }) => node.style)).toEqual(['decimal', 'decimal', 'arabic-dot', 'arabic-dot', 'decimal']);
  });

  it('reads a bare 1 总则 as a section only beside N.N markers', () => {
    expect(outline('1 总则', '为了规范管理，制定本预案。', '2 附则', '本预案自印发之日起实施。').nodes).toEqual([]);
    expect(shape(outline('1 总则', '为了规范管理。', '2 附则', '2.1 本预案自印发之日起实施。').nodes)).toBe('1 2[2.1]');
  });
});

describe('not decimal markers', () => {
  it.each([
    ['1.5亿元', ['一、资金', '1.5亿元用于生态修复。']],
    ['1.5 亿元 (spaced)', ['一、资金', '1.5 亿元用于生态修复。']],
    ['2.0版', ['一、系统', '2.0版已经上线。']],
    ['１．０版', ['一、系统', '１．０版已经上线。']],
    ['3 个方面, no N.N in the document', ['一、问题', '3 个方面的问题已整改']],
    ['a wrapped number, no N.N in the document', ['一、任务', '12 项重点任务', '5 月底前完成']],
    ['2024年', ['一、安排', '2024年完成', '2024 年底前完成']],
    ['a date 2024.3.5', ['一、安排', '2024.3.5 召开会议']],
    ['12.5%', ['一、增长', '12.5%的增幅', '12.5 %的增幅']],
    ['a part that starts with 0', ['一、版本', '1.05 版本说明', '01.1 说明']],
  ])('%s', (_name, lines) => {
    expect(shape(outline(...lines).nodes)).toBe('一、');
  });

  it('a bare number beside N.N still needs a heading line: 3 个方面… with a comma is prose', () => {
    const { nodes } = outline('1 总则', '1.1 目的', '3 个方面的问题，要立即整改。');
    expect(shape(nodes)).toBe('1[1.1]');
  });
});

describe('tables of contents', () => {
  const body = ['1 总则', '1.1 编制目的', '为了有效应对粮食应急状态。', '1.2 编制依据', '依据有关法律。', '2 组织体系', '2.1 指挥部', '指挥部负责领导工作。'];

  it('a contents block right before the body is skipped, with an info diagnostic', () => {
    const { nodes, diagnostics } = outline('目　录', '1 总则', '  1.1 编制目的', '  1.2 编制依据', '2 组织体系', '  2.1 指挥部', ...body);
    expect(shape(nodes)).toBe('1[1.1 1.2] 2[2.1]');
    expect(nodes[0]?.children[0]?.text).toBe('编制目的\n为了有效应对粮食应急状态。');
    expect(diagnostics.map((d) => [d.severity, d.code])).toEqual([['info', 'outline/table-of-contents-skipped']]);
  });

  it('with prose between the contents and the body, and page numbers after the headings', () => {
    const { nodes, codes } = outline('1 总则……1', '1.1 编制目的……1', '1.2 编制依据……2', '2 组织体系……3', '前言：本预案经国务院同意印发。', ...body);
    expect(shape(nodes)).toBe('1[1.1 1.2] 2[2.1]');
    expect(codes).toEqual(['outline/table-of-contents-skipped']);
  });

  it('a very long run of repeated headings is read without failing', () => {
    const doc = Array.from({ length: 20_000 }, () => '1 总则\n1.1 目的\n1.2 依据').join('\n');
    const { value, diagnostics } = segmentOutline(doc, { body: { start: 0, end: doc.length }, title: null });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(value.length).toBe(19_999);
  });

  it('a run of headings that never comes back is no table of contents', () => {
    const { nodes, codes } = outline('一、总则', '（一）目的', '（二）依据', '二、组织', '（一）指挥部', '指挥部负责领导工作。');
    expect(shape(nodes)).toBe('一、[（一） （二）] 二、[（一）]');
    expect(codes).toEqual([]);
  });
});

describe('zero-padded bulletin sections (01综合)', () => {
  const para = '全年全省地区生产总值比上年增长4.7%。';

  it('three or more ascending lines are sections', () => {
    const { nodes, codes } = outline('01综合', para, '02农业', para, '03工业和建筑业', para, '12资源、环境和应急管理', para);
    expect(rows(nodes)).toEqual([
      ['01', 'padded', 1, 1, '综合'],
      ['02', 'padded', 1, 2, '农业'],
      ['03', 'padded', 1, 3, '工业和建筑业'],
      ['12', 'padded', 1, 12, '资源、环境和应急管理'],
    ]);
    expect(nodes[0]?.text).toBe(`综合\n${para}`);
    expect(codes).toEqual(['outline/numbering-gap']);
  });

  it.each([
    ['a single 01综合', ['01综合', para]],
    ['two lines', ['01综合', para, '02农业', para]],
    ['three lines, not ascending', ['03工业', para, '02农业', para, '01综合', para]],
    ['2023年 lines', ['2023年全省经济回升向好', '2024年全省经济持续向好', '2025年全省经济稳中有进']],
    ['dates 10月 11月 12月', ['10月召开会议', '11月完成验收', '12月总结']],
    ['sentences after the number', ['01全年经济增长，物价平稳。', '02全年粮食丰收。', '03全年工业增长，效益提升。']],
  ])('%s is no outline', (_name, lines) => {
    expect(outline(...lines).nodes).toEqual([]);
  });
});
