/**
 * The compiled validator (what a long batch switches to) must accept and
 * reject exactly what the run-time parse does, and give the same output, key
 * order included: checked on every fixture and real page, and on results
 * broken in the places zod looks (a nested node, an extra key, a bad span).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPILE_AFTER, compileValidator, validateAtRunTime } from '../../src/assemble/validate.js';
import { parseNotice, type Notice } from '../../src/index.js';
import { fixturePaths, realPagePaths } from '../helpers.js';

const compiled = compileValidator();
const inputs = [...fixturePaths(), ...realPagePaths()];
const results = inputs.map((path) => ({ path, notice: parseNotice(readFileSync(path), { path }) }));
const copy = (notice: Notice): Notice => structuredClone(notice);

describe('the compiled validator', () => {
  it('is built by this zod', () => {
    expect(compiled).not.toBeNull();
  });

  it.each(results.map((r) => [r.path.split('/').pop()!, r.notice] as const))('gives the run-time output for %s', (_, notice) => {
    const runtime = validateAtRunTime(copy(notice));
    const fast = compiled!(copy(notice));
    expect(fast.success).toBe(true);
    expect(JSON.stringify(fast.success && fast.data)).toBe(JSON.stringify(runtime.success && runtime.data));
  });

  const withOutline = results.find((r) => r.notice.outline.some((n) => n.children.length > 0))!.notice;
  const breakages: Array<[string, (n: Notice) => void]> = [
    ['a nested node with a bad level', (n) => ((n.outline.find((o) => o.children.length > 0)!.children[0] as { level: unknown }).level = 0)],
    ['a nested node without its text', (n) => delete (n.outline.find((o) => o.children.length > 0)!.children[0] as Partial<OutlineNode>).text],
    ['a top-level span that is not a span', (n) => ((n.body as { span: unknown }).span = { start: 'x', end: 1 })],
    ['a date with an unknown precision', (n) => ((n.dates[0] as { precision: unknown }).precision = 'week')],
  ];
  type OutlineNode = Notice['outline'][number];

  it.each(breakages)('rejects, as the run-time parse does, %s', (_, breakIt) => {
    const broken = copy(withOutline);
    breakIt(broken);
    expect(validateAtRunTime(copy(broken)).success).toBe(false);
    expect(compiled!(copy(broken)).success).toBe(false);
  });

  it('drops unknown keys as the run-time parse does', () => {
    const extra = copy(withOutline) as Notice & { extra?: number };
    extra.extra = 1;
    (extra.outline[0] as OutlineNode & { note?: string }).note = 'x';
    const runtime = validateAtRunTime(copy(extra));
    const fast = compiled!(copy(extra));
    expect(JSON.stringify(fast.success && fast.data)).toBe(JSON.stringify(runtime.success && runtime.data));
  });
});

describe('validateNotice in a long run', () => {
  it(`switches to the compiled validator after ${COMPILE_AFTER} notices, with the same output`, async () => {
    const { validateNotice, validationMode } = await import('../../src/assemble/validate.js');
    const notice = results.find((r) => r.notice.outline.length > 0)!.notice;
    const outputs = new Set<string>();
    const modes = new Set<string>();
    for (let i = 0; i < COMPILE_AFTER + 5; i++) {
      const checked = validateNotice(copy(notice));
      expect(checked.success).toBe(true);
      outputs.add(JSON.stringify(checked.success && checked.data));
      modes.add(validationMode());
    }
    expect(validationMode()).toBe('compiled');
    expect([...modes]).toEqual(['runtime', 'compiled']);
    expect(outputs.size).toBe(1);
  });
});
