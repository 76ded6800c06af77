/**
 * The compiled validator (zod's generated code, schema/compiled.ts) must
 * accept and reject exactly what the run-time parse does, and give the same
 * output, key order included: checked on every fixture and real page, and on
 * results broken in the places zod looks (a nested node, an extra key, a bad span).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INVALID } from 'zod/mini';
import { validateAtRunTime, validateNotice } from '../../src/assemble/validate.js';
import { INVALID as GENERATED_INVALID, VALIDATORS, checkNotice } from '../../src/schema/compiled.js';
import { parseNotice, type Notice } from '../../src/index.js';
import { fixturePaths, realPagePaths } from '../helpers.js';

const inputs = [...fixturePaths(), ...realPagePaths()];
const results = inputs.map((path) => ({ path, notice: parseNotice(readFileSync(path), { path }) }));
const copy = (notice: Notice): Notice => structuredClone(notice);

describe('the compiled validator', () => {
  it("answers with zod's own INVALID", () => {
    expect(GENERATED_INVALID).toBe(INVALID);
    expect(checkNotice({})).toBe(INVALID);
  });

  it.each(results.map((r) => [r.path.split('/').pop()!, r.notice] as const))('gives the run-time output for %s', (_, notice) => {
    const runtime = validateAtRunTime(copy(notice));
    expect(checkNotice(copy(notice))).not.toBe(INVALID);
    const fast = validateNotice(copy(notice));
    expect(fast.success).toBe(true);
    expect(JSON.stringify(fast.success && fast.data)).toBe(JSON.stringify(runtime.success && runtime.data));
  });

  const withOutline = results.find((r) => r.notice.outline.some((n) => n.children.length > 0))!.notice;
  const diagnostic: Notice['diagnostics'][number] = { severity: 'info', code: 'x', message: 'x', span: null };
  const breakages: Array<[string, (n: Notice) => void]> = [
    ['a nested node with a bad level', (n) => ((n.outline.find((o) => o.children.length > 0)!.children[0] as { level: unknown }).level = 0)],
    ['a nested node without its text', (n) => delete (n.outline.find((o) => o.children.length > 0)!.children[0] as Partial<OutlineNode>).text],
    ['a top-level span that is not a span', (n) => ((n.body as { span: unknown }).span = { start: 'x', end: 1 })],
    ['a date with an unknown precision', (n) => ((n.dates[0] as { precision: unknown }).precision = 'week')],
    ['a span that ends before it starts', (n) => (n.dates[0]!.span = { start: 5, end: 4 })],
    ['a date value that is not ISO 8601', (n) => (n.dates[0]!.value = '2024年3月')],
    ['an input digest that is not SHA-256 hex', (n) => (n.input.sha256 = 'ABC')],
    // The arrays the generated functions leave to the walker, nested ones included.
    ['a diagnostic with an unknown severity', (n) => n.diagnostics.push({ ...diagnostic, severity: 'fatal' as 'error' })],
    ['a phone number that is not a string', (n) => n.contacts.phones.push({ raw: '110', value: 110 as unknown as string, span: { start: 0, end: 1 } })],
    ['a check whose span ends before it starts', (n) => n.checks.push({ code: 'x', ok: true, declared: null, found: null, message: 'x', spans: [{ start: 3, end: 1 }] })],
  ];
  type OutlineNode = Notice['outline'][number];

  it.each(breakages)('rejects, as the run-time parse does, %s', (_, breakIt) => {
    const broken = copy(withOutline);
    breakIt(broken);
    const runtime = validateAtRunTime(copy(broken));
    const fast = validateNotice(copy(broken));
    expect(runtime.success).toBe(false);
    expect(fast.success).toBe(false);
    // A rejected result is told what is wrong by the schema itself.
    expect(!fast.success && fast.issues).toEqual(!runtime.success && runtime.issues);
  });

  it('walks every array of objects the generated functions leave to it', () => {
    const kinds = Object.keys(VALIDATORS);
    const reached = new Set(['Notice', ...Object.values(VALIDATORS).flatMap((v) => v.arrays.map((a) => a.of))]);
    expect([...reached].sort()).toEqual([...kinds].sort());
    expect(VALIDATORS.OutlineNode!.arrays).toEqual([{ path: ['children'], of: 'OutlineNode' }]);
  });

  it('drops unknown keys as the run-time parse does', () => {
    const extra = copy(withOutline) as Notice & { extra?: number };
    extra.extra = 1;
    (extra.outline[0] as OutlineNode & { note?: string }).note = 'x';
    const runtime = validateAtRunTime(copy(extra));
    const fast = validateNotice(copy(extra));
    expect(fast.success).toBe(true);
    expect(JSON.stringify(fast.success && fast.data)).toBe(JSON.stringify(runtime.success && runtime.data));
  });
});
