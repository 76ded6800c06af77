/**
 * Minimal globs for the command line: `*` within a name, `**` across folders,
 * `?` one character, `{html,htm}` one of several (not nested).
 */
const GLOB_CHARS = /[*?[{]/;

export function hasGlob(pattern: string): boolean {
  return GLOB_CHARS.test(pattern);
}

/** The folders before the first glob character: where to start walking. */
export function globBase(pattern: string): string {
  const parts = pattern.split(/[/\\]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasGlob(part)) break;
    fixed.push(part);
  }
  return fixed.length === parts.length ? pattern : fixed.join('/');
}

/** The pattern (relative to its base, `/`-separated) as an anchored expression. */
export function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${sourceOf(pattern, true)}$`);
}

function sourceOf(pattern: string, bracesOpen: boolean): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const close = ch === '{' && bracesOpen ? pattern.indexOf('}', i) : -1;
    if (close !== -1) {
      // Inside, a brace is a plain character: one level, as most shells' users write them.
      source += `(?:${pattern.slice(i + 1, close).split(',').map((choice) => sourceOf(choice, false)).join('|')})`;
      i = close;
    } else if (ch === '*' && pattern[i + 1] === '*') {
      source += pattern[i + 2] === '/' ? '(?:[^/]*/)*' : '.*';
      i += pattern[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return source;
}
