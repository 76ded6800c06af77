/** Tables: every marker family in both widths, the not-a-marker traps, attachment lists, headings, inline enumerations. */
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import type { OutlineNode } from '../../src/schema/index.js';
import { flatten, invariantProblems, shape } from './helpers.js';

function outline(...lines: string[]): { nodes: OutlineNode[]; codes: string[]; doc: string } {
  const doc = lines.join('\n');
  const body = { start: 0, end: doc.trimEnd().length };
  const { value, diagnostics } = segmentOutline(doc, { body, title: null });
  expect(invariantProblems(doc, value, body)).toEqual([]);
  return { nodes: value, codes: diagnostics.map((d) => d.code), doc };
}

describe('marker families, full-width and half-width', () => {
  const cases: [string, string, number][] = [
    ['一、', 'cn-dun', 1], ['十一、', 'cn-dun', 11], ['二十三、', 'cn-dun', 23], ['一百零五、', 'cn-dun', 105],
    ['（一）', 'cn-paren', 1], ['(一)', 'cn-paren', 1], ['（十二）', 'cn-paren', 12], ['㈠', 'cn-paren', 1], ['㈩', 'cn-paren', 10],
    ['1.', 'arabic-dot', 1], ['１．', 'arabic-dot', 1], ['1、', 'arabic-dot', 1], ['１、', 'arabic-dot', 1], ['12.', 'arabic-dot', 12],
    ['（1）', 'arabic-paren', 1], ['(1)', 'arabic-paren', 1], ['（１）', 'arabic-paren', 1], ['1)', 'arabic-paren', 1], ['1）', 'arabic-paren', 1], ['１）', 'arabic-paren', 1],
    ['①', 'circled', 1], ['⑳', 'circled', 20], ['⑴', 'circled', 1], ['⒇', 'circled', 20],
    ['第一章', 'chapter', 1], ['第一节', 'chapter', 1], ['第3章', 'chapter', 3], ['第一条', 'article', 1], ['第十二条', 'article', 12], ['第１２条', 'article', 12],
  ];
  it.each(cases)('%s → %s %i', (marker, style, ordinal) => {
    const { nodes } = outline(`${marker}工作要求`);
    expect(nodes.map((n) => [n.marker, n.style, n.ordinal, n.level, n.heading])).toEqual([[marker, style, ordinal, 1, '工作要求']]);
  });

  it('㈠ is （一） in one character: same family, same level', () => {
    const { nodes, codes } = outline('一、甲', '㈠子', '（二）子', '(三)子', '㈣子');
    expect(shape(nodes)).toBe('一、[㈠ （二） (三) ㈣]');
    expect(codes).toEqual([]);
  });
});

describe('levels', () => {
  it.each([
    ['skips （一）', ['一、甲', '1.乙', '（1）丙', '2.丁', '二、戊'], '一、[1.[（1）] 2.] 二、'],
    ['starts at 1.', ['1.甲', '（1）乙', '①丙', '2.丁'], '1.[（1）[①]] 2.'],
    ['chapter → article → （一）', ['第一章 总则', '第一条 甲', '（一）子', '第二条 乙', '第二章 附则', '第三条 丙'], '第一章[第一条[（一）] 第二条] 第二章[第三条]'],
    ['a family seen again closes the deeper levels', ['一、甲', '（一）乙', '1.丙', '①丁', '（二）戊', '二、己'], '一、[（一）[1.[①]] （二）] 二、'],
  ])('%s', (_name, lines, expected) => {
    expect(shape(outline(...lines).nodes)).toBe(expected);
  });

  it('gap, repeat and backwards numbering keep every node where it is', () => {
    const { nodes, codes } = outline('一、甲', '（一）子', '（三）子', '（三）子', '（二）子', '二、乙');
    expect(shape(nodes)).toBe('一、[（一） （三） （三） （二）] 二、');
    expect(codes).toEqual(['outline/numbering-gap', 'outline/numbering-repeat', 'outline/numbering-backwards']);
  });
});

describe('not markers', () => {
  it.each([
    ['（一） inside a sentence', ['一、要求', '各单位按照（一）项要求执行。']],
    ['(一) inside a sentence', ['一、要求', '各单位按照(一)项要求执行。']],
    ['一、二级 at a line start', ['一、标准', '一、二级林长要带头巡林。']],
    ['一、二级 inside a sentence', ['一、标准', '对一、二级林长进行考核。']],
    ['1.5亿元', ['一、资金', '1.5亿元用于生态修复。']],
    ['１．５亿元', ['一、资金', '１．５亿元用于生态修复。']],
    ['2.0版', ['一、系统', '2.0版已经上线。']],
    ['２．０版', ['一、系统', '２．０版已经上线。']],
    ['1、2号', ['一、文件', '1、2号文件同时废止。']],
    ['a year', ['一、安排', '2024.3.5召开会议。', '2024年完成。']],
  ])('%s', (_name, lines) => {
    expect(shape(outline(...lines).nodes)).toBe('一、');
  });
});

describe('attachment lists are not outline nodes', () => {
  it.each([
    ['on one line at the end', ['一、事项', '（一）内容。', '附件：1．名单  2．表格'], '一、[（一）]', '（一）内容。'],
    ['附件： on its own line, numbered lines after it', ['一、事项', '（一）内容。', '', '附件：', '1．名单', '2．表格'], '一、[（一）]', '（一）内容。'],
    ['indented items after 附件：1．', ['一、事项', '（一）内容。', '附件：1．名单', '      2．表格', '      3．清单'], '一、[（一）]', '（一）内容。'],
    ['附件1 / 附件2 lines', ['一、事项', '（一）内容。', '附件1：名单', '附件2：表格'], '一、[（一）]', '（一）内容。'],
    ['before the signature', ['一、事项', '（一）内容。', '附件：', '1.名单', '2.表格', '', '        某某市人民政府', '        2025年6月20日'], '一、[（一）]', '（一）内容。'],
  ])('%s', (_name, lines, expected, lastEnd) => {
    const { nodes, doc } = outline(...lines);
    expect(shape(nodes)).toBe(expected);
    const last = flatten(nodes).at(-1)?.node;
    expect(last && doc.slice(last.span.start, last.span.end).endsWith(lastEnd)).toBe(true);
  });

  it('followed by more body text: the list stays text, later sections count', () => {
    const { nodes } = outline('一、事项', '（一）报送材料。', '附件：', '1．名单', '2．表格', '（二）时间安排。', '1.第一阶段', '二、其他');
    expect(shape(nodes)).toBe('一、[（一） （二）[1.]] 二、');
    expect(nodes[0]?.children[0]?.text).toBe('报送材料。\n附件：\n1．名单\n2．表格');
  });
});

describe('headings', () => {
  it.each([
    ['（一）加强组织领导。各地区要高度重视。', '加强组织领导'],
    ['一、总体要求', '总体要求'],
    ['1.各地区要在2024年底前完成摸底排查工作，建立台账，并于每季度末报送进展情况。', null],
    ['1.建立台账，按时报送。', null],
    ['1)加强理论学习,贯彻落实林长制工作要求。一是组织学习。', '加强理论学习,贯彻落实林长制工作要求'],
    ['1.认真贯彻落实习近平生态文明思想和习近平总书记对林长制工作的要求。', '认真贯彻落实习近平生态文明思想和习近平总书记对林长制工作的要求'],
    ['3)加强镇、街道、村级林长责任。河西街道已完成。', '加强镇、街道、村级林长责任'],
    ['一、提高政治站位，强化责任担当', '提高政治站位，强化责任担当'],
    ['（一）安全生产责任制落实情况，重点检查企业主要负责人履职情况；', null],
    ['第二条 本办法所称农村集体资产，包括：', null],
    ['第六条　本办法由县农业农村局负责解释。', null],
    ['第二条 本办法适用于：', null],
    ['第一条 立法目的', '立法目的'],
  ])('%s → %s', (line, heading) => {
    expect(outline(line).nodes[0]?.heading).toBe(heading);
  });
});

describe('inline enumerations', () => {
  it.each([
    ['一是/二是', '（一）措施。一是建立机制；二是明确责任。', 'cn-shi', ['一是', '二是']],
    ['第一，/第二， (full-width comma)', '（一）措施。第一，提高认识；第二，加强领导；第三，狠抓落实。', 'ordinal', ['第一，', '第二，', '第三，']],
    ['第一,/第二, (half-width comma)', '（一）措施。第一,提高认识;第二,加强领导。', 'ordinal', ['第一,', '第二,']],
    ['第一、/第二、', '（一）措施：第一、提高认识；第二、加强领导。', 'ordinal', ['第一、', '第二、']],
    ['首先/其次/再次/最后', '（一）步骤。首先，摸底排查；其次，集中整治；再次，巩固提升；最后，总结验收。', 'sequence', ['首先，', '其次，', '再次，', '最后，']],
  ])('%s', (_name, line, style, markers) => {
    const enumerations = outline(line).nodes[0]?.children ?? [];
    expect(enumerations.map((e) => [e.kind, e.style, e.marker, e.level])).toEqual(markers.map((m) => ['enumeration', style, m, 2]));
    expect(enumerations.map((e) => e.ordinal)).toEqual(markers.map((_, i) => i + 1));
  });
});

describe('no hierarchy', () => {
  it.each([
    ['plain paragraphs', ['各有关单位：', '根据工作安排，现将有关事项通知如下。', '特此通知。']],
    ['inline enumerations without a section', ['各有关单位：', '一是建立机制；二是明确责任。首先，摸底；其次，整治。']],
    ['only an attachment list', ['请按要求报送。', '附件：', '1．名单', '2．表格']],
  ])('%s → empty outline', (_name, lines) => {
    const { nodes, codes } = outline(...lines);
    expect(nodes).toEqual([]);
    expect(codes).toEqual([]);
  });
});

describe('the end of the outline', () => {
  it('an issuing organ right above an unindented date line is signature, not section text', () => {
    const { nodes, doc } = outline('一、事项', '（一）内容。', '', '某某县财政局　某某县农业农村局', '2024年4月10日');
    const last = nodes[0]?.children[0];
    expect(last && doc.slice(last.span.start, last.span.end)).toBe('（一）内容。');
  });

  it('a line of prose above a date line stays in the section', () => {
    const { nodes, doc } = outline('一、事项', '（一）时间安排', '报名截止时间', '2024年4月10日');
    const last = nodes[0]?.children[0];
    expect(last && doc.slice(last.span.start, last.span.end)).toBe('（一）时间安排\n报名截止时间');
  });

  it('a centred page number is no signature: the section runs on past it', () => {
    const { nodes, doc } = outline('一、事项', '（一）内容。', '                — 2 —', '继续说明。');
    const last = nodes[0]?.children[0];
    expect(last && doc.slice(last.span.start, last.span.end).endsWith('继续说明。')).toBe(true);
  });
});
