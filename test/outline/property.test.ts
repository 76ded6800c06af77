/**
 * Round trip: random outline trees rendered as text parse back to the same
 * tree. Each level's family comes from an increasing subsequence of the GB/T
 * order, so the nesting is well defined; numbering restarts or runs on per
 * level; markers are written full- or half-width; bodies come from a word
 * pool that cannot itself form a marker, closing line or enumeration.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import type { NodeStyle, OutlineNode } from '../../src/schema/index.js';
import { invariantProblems } from './helpers.js';

const CN_DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 23 → 二十三, 105 → 一百零五, 243 → 二百四十三. */
function cn(n: number): string {
  const [h, t, o] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const ones = o > 0 ? (CN_DIGITS[o] ?? '') : '';
  if (h === 0) return t === 0 ? ones : `${t === 1 ? '' : CN_DIGITS[t]}十${ones}`;
  const rest = t === 0 ? (o > 0 ? `零${ones}` : '') : `${CN_DIGITS[t]}十${ones}`;
  return `${CN_DIGITS[h]}百${rest}`;
}
const fw = (n: number): string => String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

interface Family {
  style: NodeStyle;
  /** The ways to write number n; a form may refuse (return null) a number it cannot write. */
  forms: ((n: number) => string | null)[];
  /** Symbol families cannot count far: numbering always restarts. */
  restartOnly?: boolean;
}

/** GB/T 9704 order, shallowest first (the parser's rank order). */
const FAMILIES: Family[] = [
  { style: 'chapter', forms: [(n) => `第${cn(n)}章 `, (n) => `第${n}章`] },
  { style: 'chapter', forms: [(n) => `第${cn(n)}节 `] },
  { style: 'article', forms: [(n) => `第${cn(n)}条 `, (n) => `第${cn(n)}条　`] },
  { style: 'cn-dun', forms: [(n) => `${cn(n)}、`] },
  { style: 'cn-paren', forms: [(n) => `（${cn(n)}）`, (n) => `(${cn(n)})`, (n) => (n <= 10 ? String.fromCharCode(0x321f + n) : null)] },
  { style: 'arabic-dot', forms: [(n) => `${n}.`, (n) => `${fw(n)}．`, (n) => `${n}、`, (n) => `${fw(n)}、`] },
  { style: 'arabic-paren', forms: [(n) => `(${n})`, (n) => `（${fw(n)}）`, (n) => `（${n}）`] },
  { style: 'arabic-paren', forms: [(n) => `${n})`, (n) => `${n}）`, (n) => `${fw(n)}）`] },
  { style: 'circled', forms: [(n) => String.fromCharCode(0x245f + n)], restartOnly: true },
  { style: 'circled', forms: [(n) => String.fromCharCode(0x2473 + n)], restartOnly: true },
];

/** Two-character words with no numeral, 是, 第, 首/其/再/最, nor the first characters of closing lines. */
const WORDS = ['加强', '推进', '落实', '完善', '建设', '管理', '机制', '保障', '生态', '环境', '服务', '质量', '安全', '组织', '领导', '制度', '体系', '能力', '监督', '考核', '责任', '目标', '任务', '措施', '资金', '项目', '数据', '平台', '城乡', '治理'];
const FORBIDDEN = /[零〇一二三四五六七八九十百两是第首其再最附特请如联欢\d]/;

interface Spec {
  heading: string[];
  /** 'heading': the line is the heading; 'headed': heading。sentence; 'paragraph': one long sentence, no heading. */
  kind: 'heading' | 'headed' | 'paragraph';
  sentence: string[];
  /** Inline 一是…二是… items (leaves only; 0 = none). */
  items: string[][];
  form: number;
  indent: string;
  blankAfter: boolean;
  children: Spec[];
}

const words = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max });
const specArb = (depth: number): fc.Arbitrary<Spec> =>
  fc.record({
    heading: words(1, 5),
    kind: fc.constantFrom('heading' as const, 'headed' as const, 'paragraph' as const),
    sentence: words(24, 30),
    items: depth > 1 ? fc.constant<string[][]>([]) : fc.oneof(fc.constant<string[][]>([]), fc.array(words(2, 6), { minLength: 2, maxLength: 4 })),
    form: fc.nat(3),
    indent: fc.constantFrom('', '　　', '  '),
    blankAfter: fc.boolean(),
    children: depth > 1 ? fc.array(specArb(depth - 1), { maxLength: 3 }) : fc.constant<Spec[]>([]),
  });

const docArb = fc
  .subarray(FAMILIES, { minLength: 1, maxLength: 5 })
  .chain((levels) => fc.record({ levels: fc.constant(levels), runOn: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), roots: fc.array(specArb(levels.length), { minLength: 1, maxLength: 3 }) }));

type Expected = Pick<OutlineNode, 'kind' | 'style' | 'level' | 'marker' | 'ordinal' | 'heading'> & { children: Expected[] };

/** Render the specs as lines; return what the parser should read back. */
function render(specs: Spec[], depth: number, levels: Family[], runOn: boolean[], counters: number[], out: string[]): Expected[] {
  const family = levels[depth - 1] as Family;
  if (!runOn[depth - 1] || family.restartOnly) counters[depth - 1] = 0;
  return specs.map((spec) => {
    const n = (counters[depth - 1] = (counters[depth - 1] ?? 0) + 1);
    const marker = family.forms[spec.form % family.forms.length]?.(n) ?? family.forms[0]?.(n) ?? '';
    const heading = spec.heading.join('');
    const sentence = `${spec.sentence.slice(0, 12).join('')}，${spec.sentence.slice(12).join('')}`;
    const first = { heading, headed: `${heading}。${sentence}。`, paragraph: `${sentence}。` }[spec.kind];
    const items = spec.items.length > 0 && spec.children.length === 0 ? spec.items : [];
    const inline = items.map((w, i) => `${cn(i + 1)}是${w.join('')}${i === items.length - 1 ? '。' : '；'}`).join('');
    out.push(`${spec.indent}${marker}${first}${inline !== '' && spec.kind === 'heading' ? '。' : ''}${inline}`, ...(spec.blankAfter ? [''] : []));
    const enumerations: Expected[] = items.map((_, i) => ({ kind: 'enumeration', style: 'cn-shi', level: depth + 1, marker: `${cn(i + 1)}是`, ordinal: i + 1, heading: null, children: [] }));
    const children = spec.children.length > 0 ? render(spec.children, depth + 1, levels, runOn, counters, out) : [];
    return { kind: 'section', style: family.style, level: depth, marker: marker.trimEnd(), ordinal: n, heading: spec.kind === 'paragraph' ? null : heading, children: [...enumerations, ...children] };
  });
}

const project = (nodes: readonly OutlineNode[]): Expected[] =>
  nodes.map(({ kind, style, level, marker, ordinal, heading, children }) => ({ kind, style, level, marker, ordinal, heading, children: project(children) }));

describe('outline round trip (property)', () => {
  it('the word pool cannot form markers', () => {
    expect(WORDS.filter((w) => FORBIDDEN.test(w))).toEqual([]);
  });

  it('parses rendered trees back to the same shape, spans well formed', () => {
    fc.assert(
      fc.property(docArb, ({ levels, runOn, roots }) => {
        const lines: string[] = ['各有关单位：'];
        const expected = render(roots, 1, levels, runOn, [], lines);
        const doc = lines.join('\n').trimEnd();
        const body = { start: 0, end: doc.length };
        const { value, diagnostics } = segmentOutline(doc, { body, title: null });
        expect(project(value)).toEqual(expected);
        expect(invariantProblems(doc, value, body)).toEqual([]);
        expect(diagnostics).toEqual([]);
      }),
      { seed: 20_240_601, numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  });
});
