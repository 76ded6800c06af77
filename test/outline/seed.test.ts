/**
 * The seed notice, read from the shared folder (never copied into the repo):
 * the whole outline tree is checked, not one example.
 */
import { SEED_PATH } from '../helpers.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentOutline } from '../../src/outline/index.js';
import type { OutlineNode } from '../../src/schema/index.js';
import { flatten, invariantProblems } from './helpers.js';

const SEED = SEED_PATH;
const TITLE = '中共通辽经济技术开发区工作委员会关于六届市委第七轮林长制落实情况专项巡察反馈意见整改进展情况的通报';

// Text input: CRLF/CR become LF, nothing else changes (OUTPUT.md, Offsets).
const text = readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n');
const body = { start: text.indexOf('根据通辽市委统一部署'), end: text.trimEnd().length };
const result = segmentOutline(text, { body, title: TITLE });
const outline = result.value;
const all = flatten(outline).map((e) => e.node);

const children = (n: OutlineNode | undefined): OutlineNode[] => n?.children ?? [];
const sections = (n: OutlineNode | undefined): OutlineNode[] => children(n).filter((c) => c.kind === 'section');
const enumerations = (n: OutlineNode | undefined): OutlineNode[] => children(n).filter((c) => c.kind === 'enumeration');
const [part1, part2, part3] = outline;
const aspects = sections(part2);
const issues = aspects.flatMap(sections);
const subIssues = issues.flatMap(sections);

describe('seed notice outline', () => {
  it('finds the body', () => {
    expect(body.start).toBeGreaterThan(0);
  });

  it('keeps every span invariant', () => {
    expect(invariantProblems(text, outline, body)).toEqual([]);
  });

  it('has three level-1 cn-dun parts with their headings', () => {
    expect(outline.map((n) => [n.marker, n.style, n.kind, n.level, n.ordinal, n.role, n.heading])).toEqual([
      ['一、', 'cn-dun', 'section', 1, 1, 'part', '开发区党工委履行整改责任情况'],
      ['二、', 'cn-dun', 'section', 1, 2, 'part', '巡察反馈问题整改落实情况'],
      ['三、', 'cn-dun', 'section', 1, 3, 'part', '下一步工作措施'],
    ]);
  });

  it('has three cn-paren sections under each part; only those under 二、 are aspects', () => {
    for (const part of outline) {
      const subs = sections(part);
      expect(subs.map((n) => [n.marker, n.style, n.level, n.ordinal])).toEqual([
        ['(一)', 'cn-paren', 2, 1],
        ['(二)', 'cn-paren', 2, 2],
        ['(三)', 'cn-paren', 2, 3],
      ]);
      expect(subs.map((n) => n.role)).toEqual(Array(3).fill(part === part2 ? 'aspect' : null));
      expect(enumerations(part)).toEqual([]);
    }
    expect(sections(part1)[0]?.heading).toBe('提高政治站位');
    expect(sections(part3).map((n) => n.heading)).toEqual(['深化思想认识', '强化责任落实', '强化成果运用']);
  });

  it('gives a node its own text, marker excluded', () => {
    const line = text.split('\n').find((l) => l.startsWith('(一)提高政治站位'));
    expect(line).toBeDefined();
    expect(sections(part1)[0]?.text).toBe(line?.slice('(一)'.length).trim());
    expect(sections(part1)[0]?.text.startsWith('提高政治站位。通辽市委')).toBe(true);
  });

  it('puts the five issues 1.–5. under the aspects of 二、 (numbering runs on)', () => {
    expect(aspects.map((a) => sections(a).map((n) => n.marker))).toEqual([['1.'], ['2.', '3.', '4.'], ['5.']]);
    expect(issues.map((n) => [n.style, n.level, n.ordinal, n.role])).toEqual(
      [1, 2, 3, 4, 5].map((i) => ['arabic-dot', 3, i, 'issue']),
    );
  });

  it('puts the nine sub-issues 1)–9) under the issues', () => {
    expect(issues.map((i) => sections(i).map((n) => n.marker))).toEqual([
      ['1)', '2)', '3)'],
      ['4)'],
      ['5)', '6)'],
      ['7)', '8)'],
      ['9)'],
    ]);
    expect(subIssues.map((n) => [n.style, n.level, n.ordinal, n.role])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ['arabic-paren', 4, i, 'subIssue']),
    );
    expect(subIssues[0]?.heading).toBe('加强理论学习,贯彻落实林长制工作要求');
    expect(subIssues[1]?.heading).toBe('加强开发区林长履职尽责、推进具体工作有力');
    expect(subIssues.every((n) => sections(n).length === 0)).toBe(true);
  });

  it('attaches the inline measures 一是… to the sub-issue that holds them', () => {
    expect(subIssues.map((n) => enumerations(n).length)).toEqual([5, 3, 5, 2, 3, 3, 3, 4, 5]);
    const measures = subIssues.flatMap(enumerations);
    for (const m of measures) {
      expect([m.style, m.level, m.role, m.heading, m.children]).toEqual(['cn-shi', 5, 'measure', null, []]);
      expect(m.marker).toMatch(/^[一二三四五六七八九十]是$/);
    }
    subIssues.forEach((n, i) => {
      const ordinals = enumerations(n).map((m) => m.ordinal);
      const first = i === 2 ? 2 : 1; // 3) has no 一是: its run is 二是…六是.
      expect(ordinals).toEqual(ordinals.map((_, k) => first + k));
    });
  });

  it('keeps the run of sub-issue 3) that starts at 二是, with a diagnostic', () => {
    const third = subIssues[2];
    expect(enumerations(third).map((m) => m.marker)).toEqual(['二是', '三是', '四是', '五是', '六是']);
    expect(third?.text.startsWith('加强镇、街道、村级林长责任。河西街道')).toBe(true);
    expect(third?.text.includes('二是')).toBe(false);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'outline/enumeration-starts-late']]);
    const span = result.diagnostics[0]?.span;
    expect(span && text.slice(span.start, span.end)).toBe('二是');
    expect(span && third && span.start > third.span.start && span.end <= third.span.end).toBe(true);
  });

  it('has no other nodes: 3 parts, 9 (x) sections, 5 issues, 9 sub-issues, 33 measures', () => {
    expect(all.length).toBe(3 + 9 + 5 + 9 + 33);
    const roles = all.map((n) => n.role);
    expect(roles.filter((r) => r === 'measure').length).toBe(33);
    expect(roles.filter((r) => r === null).length).toBe(6);
  });

  it('does not read numbers inside paragraphs as markers', () => {
    for (const n of all) {
      expect(n.marker).not.toMatch(/^(?:2024|24|16|1000)/);
    }
  });

  it('ends the outline before the closing appeal and the signature', () => {
    const last = outline.at(-1);
    expect(last && text.slice(last.span.start, last.span.end).endsWith('见行见效。')).toBe(true);
    expect(last?.span.end).toBeLessThan(text.indexOf('请广大干部群众'));
  });

  it('gives enumerations the text between their marker and the next one', () => {
    const first = enumerations(subIssues[0])[0];
    const second = enumerations(subIssues[0])[1];
    expect(first && text.slice(first.span.start, first.span.end)).toBe(`一是${first?.text}`);
    expect(first?.span.end).toBe((second?.span.start ?? 0));
    expect(first?.text.endsWith('进行学习。')).toBe(true);
  });
});
