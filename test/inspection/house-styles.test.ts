/**
 * Two reports in different house styles: a provincial 巡视 report whose counts
 * stand before its outline and add up, and a county 巡察 report that counts
 * inside each section and does not add up. A wrong count is always reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';
import { ROOT } from '../helpers.js';

const read = (name: string) => parseNotice(readFileSync(join(ROOT, 'fixtures', name)));

describe('house styles', () => {
  it('a provincial 巡视 report whose numbers add up passes every check', () => {
    const notice = read('inspection-provincial-xunshi.txt');
    expect(notice.inspection).toMatchObject({ level: { value: '省委' }, kind: { value: '巡视', mode: '常规' }, team: { value: '第三巡视组' }, feedbackDate: { value: '2024-08-20' } });
    expect(notice.checks.length).toBeGreaterThanOrEqual(8);
    expect(notice.checks.filter((c) => !c.ok)).toEqual([]);
    expect(new Set(notice.facts.map((f) => f.subject))).toEqual(new Set(['方面', '问题', '具体问题', '措施', '制度', '完成率', '资金', '人', '线索']));
  });

  it('a county 巡察 report that counts per section: the wrong counts are reported, per section and in all', () => {
    const notice = read('inspection-county-xuncha.txt');
    expect(notice.checks.filter((c) => !c.ok).map((c) => [c.code, c.declared, c.found])).toEqual([
      ['inspection/aspects', 4, 3],
      ['inspection/measures', 20, 12],
      ['inspection/completion-rate', 90, 80],
    ]);
    expect(notice.checks.filter((c) => c.code === 'inspection/issues').map((c) => [c.ok, c.declared, c.found])).toEqual([
      [true, 2, 2],
      [true, 2, 2],
      [true, 1, 1],
      [true, 5, 5],
    ]);
    expect(notice.diagnostics.filter((d) => d.code === 'inspection/count-mismatch')).toHaveLength(3);
  });
});
