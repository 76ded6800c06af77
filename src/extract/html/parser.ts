/**
 * htmlparser2's Parser, with its two stacks made linear. The Parser keeps the
 * open elements innermost-first and moves them with `Array.unshift`/`shift`,
 * which copy the whole array: a page nested 400,000 elements deep took 105 s,
 * and a 10 MB one would take hours. Here the same stack operations run on an
 * array kept innermost-last, so each is O(1) (`indexOf` searches from the
 * innermost end, where a closing tag's element nearly always is).
 *
 * This reaches into private fields of htmlparser2 12 (`stack`,
 * `foreignContext`, `cbs`), which is why the version is pinned exactly; the output
 * is checked against the unmodified parser's on every fixture and real page
 * (test/extract/parser.test.ts).
 */
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** The operations Parser performs on its stacks, with index 0 the innermost element. */
class InnermostFirst<T> {
  /**
   * The innermost element, as a plain data property: Parser reads `stack[0]`,
   * and an accessor on an index would put V8 on its slow path for element
   * access everywhere (an ordinary page parsed 11% slower).
   */
  [index: number]: T | undefined;
  /** Innermost last. */
  private readonly items: T[] = [];
  /**
   * How many of each value Parser may ask `includes` about are on the stack,
   * so that question does not scan it; other values are not counted (a Map
   * update per element cost a tenth of parsing an ordinary page).
   */
  private readonly counts = new Map<T, number>();

  constructor(private readonly counted: (value: T) => boolean = () => false) {
    this[0] = undefined;
  }

  get length(): number {
    return this.items.length;
  }

  set length(value: number) {
    if (value !== 0) throw new Error('only emptying is supported');
    this.items.length = 0;
    this.counts.clear();
    this[0] = undefined;
  }

  unshift(value: T): number {
    if (this.counted(value)) this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this[0] = value;
    return this.items.push(value);
  }

  shift(): T | undefined {
    const value = this.items.pop();
    if (value !== undefined && this.counted(value)) this.counts.set(value, this.counts.get(value)! - 1);
    this[0] = this.items[this.items.length - 1];
    return value;
  }

  includes(value: T): boolean {
    return this.counted(value) ? (this.counts.get(value) ?? 0) > 0 : this.items.includes(value);
  }

  indexOf(value: T): number {
    const index = this.items.lastIndexOf(value);
    return index === -1 ? -1 : this.items.length - 1 - index;
  }

  /** Innermost first, as Parser's own loop over the stack visits it. */
  *innermostFirst(): Generator<T> {
    for (let i = this.items.length - 1; i >= 0; i--) yield this.items[i]!;
  }
}

/**
 * What Parser asks `includes` about: whether a <form> is open, and whether an
 * SVG element whose name it re-cased (clipPath, foreignObject) is. Both are
 * counted, so a page of nested ones stays linear too.
 */
const askedAbout = (name: string) => name === 'form' || hasUpperCase(name);

/** By character codes: `toLowerCase()` per element was 1.5% of parsing a page. */
function hasUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) return true;
  }
  return false;
}

/** The private fields of Parser this reaches into. */
interface ParserInternals {
  stack: InnermostFirst<string>;
  foreignContext: InnermostFirst<number>;
  cbs: Partial<Handler>;
}

export class LinearParser extends Parser {
  constructor(handler: Partial<Handler>, options?: ParserOptions) {
    super(handler, options);
    const stacks = this as unknown as ParserInternals;
    const context = new InnermostFirst<number>();
    // Parser starts its foreign-context stack with one entry (0, "not foreign").
    for (const value of [...(stacks.foreignContext as unknown as number[])].reverse()) context.unshift(value);
    stacks.stack = new InnermostFirst<string>(askedAbout);
    stacks.foreignContext = context;
  }

  /** Parser's own onend walks its stack by index; this closes what is still open the same way, innermost first. */
  override onend(): void {
    const { stack, cbs } = this as unknown as ParserInternals;
    if (cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (const name of stack.innermostFirst()) cbs.onclosetag(name, true);
    }
    cbs.onend?.();
  }
}
