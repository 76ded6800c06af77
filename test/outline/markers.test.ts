/** Small documents, one rule each: markers, nesting, traps, numbering, enumerations, roles, limits. */
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import type { Diagnostic, OutlineNode } from '../../src/schema/index.js';
import { flatten, invariantProblems, shape } from './helpers.js';

function outline(doc: string, title: string | null = null): { nodes: OutlineNode[]; diagnostics: Diagnostic[] } {
  const body = { start: 0, end: doc.trimEnd().length };
  const { value, diagnostics } = segmentOutline(doc, { body, title });
  expect(invariantProblems(doc, value, body)).toEqual([]);
  return { nodes: value, diagnostics };
}

const lines = (...ls: string[]): string => ls.join('\n');

interface ShapeCase {
  name: string;
  doc: string;
  shape: string;
  codes?: string[];
}

const SHAPES: ShapeCase[] = [
  {
    name: 'full-width markers at every GB/T level',
    doc: lines('一、总体要求', '（一）指导思想。坚持……', '１．第一点。', '（１）细项。', '①小项。', '②小项。', '（２）细项。', '２．第二点。', '（二）基本原则。', '二、主要任务'),
    shape: '一、[（一）[１．[（１）[① ②] （２）] ２．] （二）] 二、',
  },
  {
    name: 'a document that starts at （一）',
    doc: lines('（一）加强领导。', '1.建立机制。', '2.明确责任。', '（二）强化保障。', '1.经费保障。'),
    shape: '（一）[1. 2.] （二）[1.]',
  },
  {
    name: 'chapters and articles with （一） items inside articles',
    doc: lines('第一章 总则', '第一条 为了规范管理，制定本办法。', '第二条 本办法适用于：', '（一）市级单位；', '（二）县级单位。', '第二章 附则', '第三条 本办法自发布之日起施行。'),
    shape: '第一章[第一条 第二条[（一） （二）]] 第二章[第三条]',
  },
  {
    name: 'a family seen again closes the deeper levels',
    doc: lines('一、甲', '（一）子', '1.孙', '（1）曾孙', '（二）子', '二、乙', '1.孙'),
    shape: '一、[（一）[1.[（1）]] （二）] 二、[1.]',
  },
  {
    name: 'GB/T prior: （一） first seen below 1. still goes under 一、',
    doc: lines('一、甲', '1.孙', '（一）子', '2.孙'),
    shape: '一、[1. （一）[2.]]',
  },
  {
    name: 'a document with its own order nests as a list does',
    doc: lines('1.总体要求', '（一）指导思想', '（二）工作目标', '2.主要任务', '（一）任务一'),
    shape: '1.[（一） （二）] 2.[（一）]',
  },
  {
    name: '(1) and 1) are different levels; ① and ⑴ too',
    doc: lines('一、甲', '(1)子', '1)孙', '①曾孙', '⑴玄孙', '2)孙', '(2)子'),
    shape: '一、[(1)[1)[①[⑴]] 2)] (2)]',
  },
  {
    name: 'numbering that runs on across parents is normal',
    doc: lines('（一）甲', '1.a', '2.b', '（二）乙', '3.c', '（三）丙', '1.d'),
    shape: '（一）[1. 2.] （二）[3.] （三）[1.]',
    codes: [],
  },
  {
    name: 'markers after indentation (full-width spaces) still start the line',
    doc: lines('　　一、甲', '　　（一）子', '  二、乙'),
    shape: '一、[（一）] 二、',
  },
  {
    name: 'multi-character Chinese numbers',
    doc: lines('十、甲', '十一、乙', '十二、丙'),
    shape: '十、 十一、 十二、',
    codes: ['outline/numbering-gap'],
  },
];

const TRAPS: ShapeCase[] = [
  { name: '（一） in the middle of a line', doc: lines('一、要求', '各单位按照（一）项要求执行。', '二、措施'), shape: '一、 二、' },
  { name: '一、二级 in the middle of a sentence', doc: lines('一、标准', '对一、二级林长进行考核。'), shape: '一、' },
  { name: '一、二级 at a line start', doc: lines('一、标准', '一、二级林长要带头巡林。', '二、措施'), shape: '一、 二、' },
  { name: '1.5亿元 at a line start', doc: lines('一、资金', '1.5亿元用于生态修复。'), shape: '一、' },
  { name: '2.0版 at a line start', doc: lines('一、系统', '2.0版已经上线。'), shape: '一、' },
  { name: 'years and counts at a line start', doc: lines('一、安排', '2024.3.5召开会议。', '24小时值班。', '1、2号文件同时废止。'), shape: '一、' },
  { name: 'numbers inside paragraphs', doc: lines('一、情况', '召开2024年第16次会议，24小时值班，发放1000余份。'), shape: '一、' },
];

describe('section markers and nesting', () => {
  it.each(SHAPES)('$name', ({ doc, shape: expected, codes }) => {
    const { nodes, diagnostics } = outline(doc);
    expect(shape(nodes)).toBe(expected);
    if (codes) expect(diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it.each(TRAPS)('not a marker: $name', ({ doc, shape: expected }) => {
    expect(shape(outline(doc).nodes)).toBe(expected);
  });

  it('reads styles, ordinals and markers as written', () => {
    const { nodes } = outline(lines('二十三、甲', '（十）乙', '１２．丙', '（７）丁', '3）戊', '⑤己', '⑾庚', '第十二条 辛'));
    expect(flatten(nodes).map(({ node }) => [node.marker, node.style, node.ordinal])).toEqual([
      ['二十三、', 'cn-dun', 23],
      ['（十）', 'cn-paren', 10],
      ['１２．', 'arabic-dot', 12],
      ['（７）', 'arabic-paren', 7],
      ['3）', 'arabic-paren', 3],
      ['⑤', 'circled', 5],
      ['⑾', 'circled', 11],
      ['第十二条', 'article', 12],
    ]);
  });

  it('a document with no hierarchy has an empty outline', () => {
    const { nodes, diagnostics } = outline(lines('各有关单位：', '根据工作安排，现将有关事项通知如下。统一是前提，唯一是标准。', '特此通知。'));
    expect(nodes).toEqual([]);
    expect(diagnostics).toEqual([]);
  });

  it('only searches the body', () => {
    const doc = lines('一、首页', '（一）导航', '关于开展检查的通知', '一、检查内容', '二、检查时间', '（一）页脚');
    const start = doc.indexOf('一、检查内容');
    const end = doc.indexOf('（一）页脚') - 1;
    const { value } = segmentOutline(doc, { body: { start, end }, title: null });
    expect(shape(value)).toBe('一、 二、');
    expect(invariantProblems(doc, value, { start, end })).toEqual([]);
  });
});

describe('numbering diagnostics', () => {
  const cases: { name: string; doc: string; code: string; at: string }[] = [
    { name: 'gap', doc: lines('一、甲', '二、乙', '四、丁'), code: 'outline/numbering-gap', at: '四、' },
    { name: 'repeat', doc: lines('（一）甲', '（二）乙', '（二）丙'), code: 'outline/numbering-repeat', at: '（二）丙' },
    { name: 'backwards', doc: lines('1.甲', '3.丙', '2.乙'), code: 'outline/numbering-backwards', at: '2.乙' },
    { name: 'first child neither 1 nor run-on', doc: lines('一、甲', '（三）丙'), code: 'outline/numbering-gap', at: '（三）' },
  ];
  it.each(cases)('$name → diagnostic, nothing dropped', ({ doc, code, at }) => {
    const { nodes, diagnostics } = outline(doc);
    expect(diagnostics.map((d) => d.code)).toContain(code);
    const d = diagnostics.find((x) => x.code === code);
    expect(d?.severity).toBe('warning');
    expect(d?.span?.start).toBe(doc.indexOf(at));
    const markerLines = doc.split('\n').length;
    expect(flatten(nodes).length).toBe(markerLines);
  });
});

describe('headings and own text', () => {
  it('takes the short phrase up to 。；： or the line end', () => {
    const { nodes } = outline(lines('一、总体要求', '（一）指导思想：坚持系统观念。', '（二）工作目标；到2025年底完成。'));
    expect(flatten(nodes).map(({ node }) => node.heading)).toEqual(['总体要求', '指导思想', '工作目标']);
  });

  it('has no heading when the first phrase is a long sentence', () => {
    const long = '各地区各部门要切实提高政治站位充分认识做好这项工作的重要意义把思想和行动统一到中央决策部署上来';
    const { nodes } = outline(lines(`（一）${long}。`, '（二）短标题'));
    expect(nodes.map((n) => n.heading)).toEqual([null, '短标题']);
    expect(nodes[0]?.text).toBe(`${long}。`);
  });

  it('excludes the marker and the children from a node\'s text', () => {
    const { nodes } = outline(lines('一、总体要求', '', '开场段落。', '（一）子项。', '二、其他'));
    expect(nodes[0]?.text).toBe('总体要求\n\n开场段落。');
    expect(nodes[0]?.children[0]?.text).toBe('子项。');
  });

  it('stops the last section before the closing matter and the signature', () => {
    const doc = lines('一、事项', '（一）内容。', '', '特此通知。', '附件：1.名单', '', '            某某市人民政府办公室', '            2025年6月20日');
    const { nodes } = outline(doc);
    expect(nodes[0] && doc.slice(nodes[0].span.start, nodes[0].span.end)).toBe('一、事项\n（一）内容。');
  });

  it('keeps contact lines inside a section about contacts', () => {
    const doc = lines('一、事项', '二、联系方式', '联系人：张三', '联系电话：0475-1234567');
    const { nodes } = outline(doc);
    expect(nodes[1]?.text).toBe('联系方式\n联系人：张三\n联系电话：0475-1234567');
  });
});

describe('inline enumerations', () => {
  it('finds 一是… 二是… at clause starts, not 统一是 / 唯一是', () => {
    const doc = lines('一、工作', '（一）加强领导。统一是前提，一是建立机制；二是明确责任，唯一是标准；三是强化考核。', '（二）下一步');
    const { nodes } = outline(doc);
    const first = nodes[0]?.children[0];
    expect(first?.children.map((c) => [c.kind, c.style, c.marker, c.ordinal, c.level, c.heading])).toEqual([
      ['enumeration', 'cn-shi', '一是', 1, 3, null],
      ['enumeration', 'cn-shi', '二是', 2, 3, null],
      ['enumeration', 'cn-shi', '三是', 3, 3, null],
    ]);
    expect(first?.children[1]?.text).toBe('明确责任，唯一是标准；');
    expect(first?.text).toBe('加强领导。统一是前提，');
  });

  it('keeps a run that starts at 二是 and says so', () => {
    const { nodes, diagnostics } = outline(lines('一、工作', '（一）加强领导。二是明确责任；三是强化考核。'));
    expect(nodes[0]?.children[0]?.children.map((c) => c.ordinal)).toEqual([2, 3]);
    expect(diagnostics.map((d) => d.code)).toEqual(['outline/enumeration-starts-late']);
  });

  it('needs at least two consecutive items', () => {
    const { nodes } = outline(lines('一、工作', '（一）加强领导。一是建立机制。', '（二）落实。一是建立；三是考核。'));
    expect(flatten(nodes).filter(({ node }) => node.kind === 'enumeration')).toEqual([]);
  });

  it('reads 第一，… and 首先/其次/最后', () => {
    const { nodes } = outline(lines('一、要求', '第一，提高认识；第二，加强领导。', '二、步骤', '首先，摸底排查；其次，集中整治；最后，总结验收。'));
    expect(nodes.map((n) => n.children.map((c) => `${c.style}:${c.marker}:${c.ordinal}`))).toEqual([
      ['ordinal:第一，:1', 'ordinal:第二，:2'],
      ['sequence:首先，:1', 'sequence:其次，:2', 'sequence:最后，:3'],
    ]);
  });

  it('gives an enumeration that starts its own line a heading', () => {
    const { nodes } = outline(lines('一、措施', '一是强化领导。由主要负责人牵头。', '二是压实责任。'));
    expect(nodes[0]?.children.map((c) => c.heading)).toEqual(['强化领导', '压实责任']);
  });
});

describe('roles', () => {
  const report = lines('一、整改工作开展情况', '（一）提高站位。', '二、巡视反馈问题整改落实情况', '（一）方面一', '1.问题一', '（1）细化问题。一是措施；二是措施。', '三、下一步打算', '（一）继续。');

  it('are assigned in inspection/rectification reports', () => {
    const { nodes } = outline(report, '关于巡视整改进展情况的通报');
    expect(flatten(nodes).map(({ node }) => `${node.marker}:${node.role}`)).toEqual([
      '一、:part', '（一）:null', '二、:part', '（一）:aspect', '1.:issue', '（1）:subIssue', '一是:measure', '二是:measure', '三、:part', '（一）:null',
    ]);
  });

  it('are all null elsewhere', () => {
    const doc = lines('一、总体要求', '（一）指导思想', '二、问题整改', '1.问题一');
    const { nodes } = outline(doc, '关于开展安全生产检查的通知');
    expect(flatten(nodes).every(({ node }) => node.role === null)).toBe(true);
  });
});

describe('robustness', () => {
  it.each([
    ['empty text', '', { start: 0, end: 0 }],
    ['body past the end', '一、甲', { start: 5, end: 99 }],
    ['body reversed', '一、甲\n二、乙', { start: 4, end: 1 }],
    ['NaN body', '一、甲', { start: Number.NaN, end: Number.NaN }],
    ['lone surrogates and controls', '\ud800一、\udc00\u0000\n（一）\r\n', { start: 0, end: 12 }],
    ['only markers', '一、\n（一）\n1.\n(1)\n①\n一是\n二是', { start: 0, end: 18 }],
  ])('never throws: %s', (_name, doc, body) => {
    const result = segmentOutline(doc, { body, title: null });
    expect(Array.isArray(result.value)).toBe(true);
    expect(result.diagnostics.every((d) => d.code !== 'outline/internal-error')).toBe(true);
  });

  // Speed belongs in the benchmarks; this checks that a large document keeps its shape.
  it('keeps the shape of a 100,000-line document', () => {
    const block = ['一、部分', '（一）方面。一是甲；二是乙。', '正文段落，统一是前提。', '1.问题', '正文段落。', '(1)细项', '正文', '2.问题', '　　正文段落，继续。', '正文'];
    const n = 100_000 / block.length;
    const doc = Array.from({ length: n }, () => block.join('\n')).join('\n');
    const { value } = segmentOutline(doc, { body: { start: 0, end: doc.length }, title: null });
    expect(value.length).toBe(n);
    expect(shape(value.slice(-1))).toBe('一、[（一）[一是 二是 1.[(1)] 2.]]');
  });

  it('handles pathological lines without backtracking', () => {
    const long = 200_000;
    const doc = ['一'.repeat(long), '第'.repeat(long), '('.repeat(long), '1'.repeat(long), '一是'.repeat(long / 2), `一、${'，一是'.repeat(long / 3)}`].join('\n');
    const { value } = segmentOutline(doc, { body: { start: 0, end: doc.length }, title: null });
    expect(value.length).toBe(1);
    expect(value[0]?.children.length).toBe(0); // all 一是: no consecutive numbers, so no run
  });
});
