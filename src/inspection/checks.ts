/**
 * The report against itself: each count it declares beside what its outline
 * holds, completion against what was declared, a stated completion rate
 * against the counts. A count stated inside an aspect section (本方面反馈问题
 * 2个) is checked against that section; one stated elsewhere against the
 * whole report. Every check is listed, passed or not.
 */
import type { Check, Fact, NodeRole, OutlineNode, Span } from '../schema/index.js';

interface CountRule {
  code: string;
  subject: Fact['subject'];
  role: NodeRole;
  /** What the declared count is called in the message. */
  what: string;
}

const COUNT_RULES: readonly CountRule[] = [
  { code: 'inspection/aspects', subject: '方面', role: 'aspect', what: 'aspects (方面)' },
  { code: 'inspection/issues', subject: '问题', role: 'issue', what: 'issues (问题)' },
  { code: 'inspection/sub-issues', subject: '具体问题', role: 'subIssue', what: 'specific issues (具体问题)' },
  { code: 'inspection/measures', subject: '措施', role: 'measure', what: 'measures (整改措施)' },
];

/** A stated rate is compared at the precision it is written with (98.71% to two decimals). */
const RATE_TOLERANCE = 0.015;

/** Where a count applies: one aspect section, or the whole report (null). */
type Scope = OutlineNode | null;

export function checkReport(facts: readonly Fact[], outline: readonly OutlineNode[]): Check[] {
  const aspects = flatten(outline).filter((n) => n.role === 'aspect');
  const scopeOf = (fact: Fact): Scope => aspects.find((a) => contains(a.span, fact.span)) ?? null;
  const checks: Check[] = [];
  for (const rule of COUNT_RULES) {
    const declared = facts.filter((f) => f.subject === rule.subject && f.status === 'declared');
    for (const [scope, inScope] of groupBy(declared, scopeOf)) checks.push(...countCheck(rule, scope, inScope, scope ? scope.children : outline));
  }
  checks.push(...completion(facts, scopeOf));
  return checks;
}

function countCheck(rule: CountRule, scope: Scope, declared: readonly Fact[], nodes: readonly OutlineNode[]): Check[] {
  const where = scope ? ` in ${scope.marker}${scope.heading ?? ''}` : '';
  const spans = declared.map((f) => f.span);
  const values = [...new Set(declared.map((f) => f.quantity))];
  if (values.length > 1) {
    return [{ code: `${rule.code}-declared-twice`, ok: false, declared: values[0]!, found: values[1]!, message: `declares ${rule.what}${where} as ${values.join(' and ')} in different places`, spans }];
  }
  const all = flatten(nodes);
  const found = all.filter((n) => n.role === rule.role).length;
  const how = rule.role === 'measure' ? measureRule(all) : `${found} ${rule.role} node(s) in the outline`;
  const ok = values[0] === found;
  return [{ code: rule.code, ok, declared: values[0]!, found, message: `declares ${values[0]} ${rule.what}${where}; found ${how}`, spans }];
}

/** The counting rule, stated: explicit markers only; what counting an unmarked first item would give. */
function measureRule(nodes: readonly OutlineNode[]): string {
  const measures = nodes.filter((n) => n.role === 'measure').length;
  const lateRuns = nodes.filter((n) => n.children[0]?.role === 'measure' && n.children[0].ordinal > 1).length;
  const note = lateRuns > 0 ? `; counting the unmarked first item of the ${lateRuns} run(s) that start at 二是 would give ${measures + lateRuns}` : '';
  return `${measures} explicit 一是-style markers (rule: explicit markers only${note})`;
}

/** Completed ≤ declared in each scope, and a stated rate against the report's largest counts. */
function completion(facts: readonly Fact[], scopeOf: (fact: Fact) => Scope): Check[] {
  const checks: Check[] = [];
  for (const subject of ['问题', '具体问题'] as const) {
    const relevant = facts.filter((f) => f.subject === subject && (f.status === 'declared' || f.status === 'completed'));
    for (const [, inScope] of groupBy(relevant, scopeOf)) {
      const declared = inScope.find((f) => f.status === 'declared');
      if (!declared) continue;
      for (const done of inScope.filter((f) => f.status === 'completed')) {
        const ok = done.quantity <= declared.quantity;
        checks.push({ code: 'inspection/completed', ok, declared: declared.quantity, found: done.quantity, message: `completed ${done.quantity} of ${declared.quantity} ${subject}${ok ? '' : ': more completed than declared'}`, spans: [declared.span, done.span] });
      }
    }
  }
  const rate = facts.find((f) => f.subject === '完成率');
  const largest = (status: Fact['status']) => facts.filter((f) => f.subject === '问题' && f.status === status).sort((a, b) => b.quantity - a.quantity)[0];
  const issues = largest('declared');
  const done = largest('completed');
  if (rate && issues && done && issues.quantity > 0) {
    const computed = (done.quantity / issues.quantity) * 100;
    const ok = Math.abs(computed - rate.quantity) <= RATE_TOLERANCE;
    checks.push({ code: 'inspection/completion-rate', ok, declared: rate.quantity, found: Number(computed.toFixed(2)), message: `states a completion rate of ${rate.quantity}%; ${done.quantity} of ${issues.quantity} 问题 is ${computed.toFixed(2)}%`, spans: [rate.span, issues.span, done.span] });
  }
  return checks;
}

function groupBy(facts: readonly Fact[], scopeOf: (fact: Fact) => Scope): Map<Scope, Fact[]> {
  const groups = new Map<Scope, Fact[]>();
  for (const fact of facts) {
    const scope = scopeOf(fact);
    groups.set(scope, [...(groups.get(scope) ?? []), fact]);
  }
  return groups;
}

const contains = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

function flatten(nodes: readonly OutlineNode[]): OutlineNode[] {
  const out: OutlineNode[] = [];
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}
