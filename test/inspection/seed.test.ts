/** The seed report as data: who, when, the figures it states, and its checks, exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';
import { SEED_PATH, slice } from '../helpers.js';

const notice = parseNotice(readFileSync(SEED_PATH));
const { text } = notice;

describe('the seed as an inspection report', () => {
  it('says who inspected whom, and when, each with its span', () => {
    const i = notice.inspection!;
    expect({
      level: i.level?.value,
      round: i.round?.value,
      team: i.team?.value,
      kind: [i.kind?.value, i.kind?.mode],
      subject: i.subject?.value,
      inspected: i.inspected?.value,
      period: [i.period?.start, i.period?.end],
      feedbackDate: i.feedbackDate?.value,
    }).toEqual({
      level: '市委',
      round: '六届市委第七轮',
      team: '第十巡察组',
      kind: ['巡察', '专项'],
      subject: '林长制落实情况',
      inspected: '中共通辽经济技术开发区工作委员会',
      period: ['2024-03-25', '2024-05-20'],
      feedbackDate: '2024-09-04',
    });
    for (const located of [i.level, i.round, i.team, i.subject, i.inspected]) expect(slice(text, located!.span)).toBe(located!.value);
    expect(slice(text, i.period!.span)).toBe('2024325日至520日');
    expect(slice(text, i.feedbackDate!.span)).toBe('202494日');
    expect(slice(text, i.kind!.span)).toBe('专项巡察');
  });

  it('reads the figures it states about itself', () => {
    expect(notice.facts.map((f) => [f.raw, f.quantity, f.unit, f.subject, f.status])).toEqual([
      ['3个方面', 3, '个', '方面', 'declared'],
      ['5个问题', 5, '个', '问题', 'declared'],
      ['9项具体问题', 9, '项', '具体问题', 'declared'],
      ['5个问题', 5, '个', '问题', 'declared'],
      ['已完成整改5个', 5, '个', '问题', 'completed'],
      ['细化问题9个', 9, '个', '具体问题', 'declared'],
      ['已完成整改9个', 9, '个', '具体问题', 'completed'],
      ['整改措施32条', 32, '条', '措施', 'declared'],
      ['健全完善制度5项', 5, '项', '制度', 'declared'],
    ]);
    for (const fact of notice.facts) expect(slice(text, fact.span)).toBe(fact.raw);
  });

  it('checks its counts against its outline, and reports the one that does not add up', () => {
    expect(notice.checks.map((c) => [c.code, c.ok, c.declared, c.found])).toEqual([
      ['inspection/aspects', true, 3, 3],
      ['inspection/issues', true, 5, 5],
      ['inspection/sub-issues', true, 9, 9],
      ['inspection/measures', false, 32, 33],
      ['inspection/completed', true, 5, 5],
      ['inspection/completed', true, 9, 9],
    ]);
    const measures = notice.checks.find((c) => c.code === 'inspection/measures')!;
    expect(measures.message).toMatch(/explicit 一是-style markers \(rule: explicit markers only; counting the unmarked first item .* would give 34\)/);
    expect(notice.diagnostics).toContainEqual(expect.objectContaining({ code: 'inspection/count-mismatch', severity: 'warning', span: measures.spans[0] }));
  });
});

describe('a document that is no inspection report', () => {
  it('has no inspection, facts or checks', () => {
    const other = parseNotice('关于2024年端午节放假安排的通知\n各单位：\n6月10日放假，共3天。问责2人。');
    expect([other.inspection, other.facts, other.checks]).toEqual([null, [], []]);
  });
});
