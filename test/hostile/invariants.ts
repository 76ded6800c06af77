import { expect } from 'vitest';
import { NoticeSchema, type Notice, type OutlineNode, type Span } from '../../src/index.js';

const inside = (inner: Span, outer: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Everything the contract promises of any result, asserted. */
export function expectContract(notice: Notice): void {
  expect(NoticeSchema.safeParse(notice).success).toBe(true);
  const { text } = notice;
  const whole = { start: 0, end: text.length };
  expect(inside(notice.body.span, whole)).toBe(true);
  for (const d of notice.dates) expect(text.slice(d.span.start, d.span.end)).toBe(d.raw);
  for (const c of [...notice.contacts.phones, ...notice.contacts.emails, ...notice.contacts.addresses]) expect(text.slice(c.span.start, c.span.end)).toBe(c.raw);
  for (const d of notice.diagnostics) if (d.span) expect(inside(d.span, whole)).toBe(true);
  expectNesting(notice.outline, whole, text);
}

function expectNesting(nodes: readonly OutlineNode[], parent: Span, text: string): void {
  let previousEnd = parent.start;
  for (const node of nodes) {
    expect(inside(node.span, parent)).toBe(true);
    expect(node.span.start).toBeGreaterThanOrEqual(previousEnd);
    expect(text.slice(node.span.start, node.span.end).startsWith(node.marker)).toBe(true);
    previousEnd = node.span.end;
    expectNesting(node.children, node.span, text);
  }
}
