/**
 * Reading (and writing) the pattern tables of docs/REGEXES.md.
 *
 * A table row that documents a pattern starts with `| src/`:
 *
 *   | src/file.ts:12 | `/source/flags` | why it cannot backtrack … | recheck |
 *
 * Column 1 is where (file:line), column 2 the pattern as written in the code
 * (a literal as `/source/flags`, a `new RegExp` call by the text of its first
 * argument), the last column how it is checked: `recheck` or `hand-reviewed`.
 * Inside a cell every `|` is written `\|` (GitHub renders it as `|`, also in
 * code spans); a pattern containing a backtick uses a double-backtick span.
 */

export type CheckMark = 'recheck' | 'hand-reviewed';

export interface DocRow {
  file: string;
  line: number;
  /** The pattern text, unescaped: `/source/flags` or a first argument's source text. */
  pattern: string;
  why: string;
  check: CheckMark | string;
}

/** Split a table row on the `|` that are not escaped. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && row[i + 1] === '|') {
      cur += '\\|';
      i++;
    } else if (ch === '|') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  // A row starts and ends with `|`: drop the empty outer cells.
  return out.slice(1, -1).map((c) => c.trim());
}

/** The text of a code-span cell, with `\|` turned back into `|`. */
export function decodeCode(cell: string): string {
  let s = cell.trim();
  let ticks = 0;
  while (s[ticks] === '`') ticks++;
  if (ticks > 0 && s.endsWith('`'.repeat(ticks))) {
    s = s.slice(ticks, s.length - ticks);
    if (s.length >= 2 && s.startsWith(' ') && s.endsWith(' ') && s.trim() !== '') s = s.slice(1, -1);
  }
  return s.split('\\|').join('|');
}

/** A pattern as a code-span cell: the inverse of `decodeCode`. */
export function encodeCode(text: string): string {
  const escaped = text.split('|').join('\\|');
  return escaped.includes('`') ? `\`\` ${escaped} \`\`` : `\`${escaped}\``;
}

/** One line of source text, as the doc and the inventory compare it. */
export const oneLine = (text: string): string => text.split(/\s+/).join(' ');

const WHERE = /^(src\/[\w./-]{1,200}\.ts):(\d{1,6})$/;

export function parseDoc(markdown: string): DocRow[] {
  const rows: DocRow[] = [];
  for (const raw of markdown.split('\n')) {
    if (!raw.startsWith('| src/')) continue;
    const c = cells(raw.trimEnd());
    const where = WHERE.exec(c[0] ?? '');
    if (!where || c.length < 4) throw new Error(`docs/REGEXES.md: malformed row: ${raw}`);
    rows.push({
      file: where[1]!,
      line: Number(where[2]),
      pattern: decodeCode(c[1]!),
      why: c[2]!,
      check: c[c.length - 1]!,
    });
  }
  return rows;
}
