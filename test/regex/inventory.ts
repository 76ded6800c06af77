/**
 * Static inventory of every regular expression in src/**\/*.ts.
 *
 * Uses the TypeScript compiler API (no type-checking, just parsing) so that
 * a regex cannot hide from the ReDoS check behind formatting tricks: the AST
 * knows exactly which tokens are regex literals and which calls build a
 * RegExp at run time.
 *
 * Used by test/regex/redos.test.ts, which checks the patterns with recheck
 * and checks that docs/REGEXES.md lists every one of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SRC = join(ROOT, 'src');

export interface LiteralRegex {
  kind: 'literal';
  /** Path relative to the repo root, always with `/`. */
  file: string;
  /** 1-based line of the literal's first character. */
  line: number;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  kind: 'dynamic';
  file: string;
  line: number;
  /** Source text of the first argument (empty if the call has none). */
  firstArgText: string;
  /** Name of the const/property the result is assigned to, if any. */
  assignedTo: string | undefined;
}

export type RegexSite = LiteralRegex | DynamicRegex;

function listTsFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTsFiles(full));
    else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

/** Split `/source/flags` as written in the file into its two parts. */
export function splitLiteral(text: string): { source: string; flags: string } {
  const end = text.lastIndexOf('/');
  return { source: text.slice(1, end), flags: text.slice(end + 1) };
}

function isRegExpCallee(expr: ts.Expression): boolean {
  if (ts.isIdentifier(expr)) return expr.text === 'RegExp';
  // globalThis.RegExp(...)
  if (ts.isPropertyAccessExpression(expr)) {
    return expr.name.text === 'RegExp' && ts.isIdentifier(expr.expression) && expr.expression.text === 'globalThis';
  }
  return false;
}

function assignedName(node: ts.Node): string | undefined {
  let cur: ts.Node | undefined = node.parent;
  // Walk up through wrappers that do not change which value is assigned.
  while (
    cur &&
    (ts.isParenthesizedExpression(cur) ||
      ts.isAsExpression(cur) ||
      ts.isSatisfiesExpression(cur) ||
      ts.isNonNullExpression(cur))
  ) {
    cur = cur.parent;
  }
  if (!cur) return undefined;
  if (ts.isVariableDeclaration(cur) && ts.isIdentifier(cur.name)) return cur.name.text;
  if (ts.isPropertyAssignment(cur) || ts.isPropertyDeclaration(cur)) return cur.name.getText();
  return undefined;
}

/** Every regex site in one file, in source order. */
export function scanSource(fileName: string, text: string): RegexSite[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: RegexSite[] = [];
  const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const { source, flags } = splitLiteral(node.getText(sf));
      out.push({ kind: 'literal', file: fileName, line: lineOf(node), source, flags });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isRegExpCallee(node.expression)) {
      const first = node.arguments?.[0];
      out.push({
        kind: 'dynamic',
        file: fileName,
        line: lineOf(node),
        firstArgText: first ? first.getText(sf) : '',
        assignedTo: assignedName(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Every regex site under `<root>/src/`, sorted by file then line then kind. */
export function inventory(root: string = ROOT): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const full of listTsFiles(join(root, 'src'))) {
    const rel = relative(root, full).split(sep).join('/');
    sites.push(...scanSource(rel, readFileSync(full, 'utf8')));
  }
  // scanSource already yields source order; keep the sort explicit and stable.
  return sites
    .map((s, i) => ({ s, i }))
    .sort((a, b) =>
      a.s.file < b.s.file ? -1 : a.s.file > b.s.file ? 1 : a.s.line - b.s.line || a.i - b.i,
    )
    .map(({ s }) => s);
}

export const literals = (sites: RegexSite[]): LiteralRegex[] =>
  sites.filter((s): s is LiteralRegex => s.kind === 'literal');
export const dynamics = (sites: RegexSite[]): DynamicRegex[] =>
  sites.filter((s): s is DynamicRegex => s.kind === 'dynamic');
