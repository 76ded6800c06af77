/**
 * A faster matchAll for patterns whose every match contains a cheap-to-find
 * anchor near its start. V8 finds a literal or a small class quickly, but a
 * pattern that opens with an optional part and a class of ~30 scattered CJK
 * numerals is tried at every position of the text, and that was a tenth of a
 * notice's parse. Here the anchor is searched, and the pattern is tried only
 * at the few starts before each anchor.
 */
export interface AnchoredScan {
  /** The pattern, sticky (tried at one position). */
  readonly sticky: RegExp;
  /** Global: where the anchors are. */
  readonly anchors: RegExp;
  /** Every match starts at most this many characters before its anchor. */
  readonly within: number;
}

/**
 * `pattern` must be such that each of its matches contains a match of
 * `anchor` starting at most `within` characters after the match's own start.
 */
export function anchoredScan(pattern: RegExp, anchor: RegExp, within: number): AnchoredScan {
  return { sticky: new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y'), anchors: new RegExp(anchor.source, 'g'), within };
}

/** What `text.matchAll(pattern)` gives (leftmost, not overlapping), in order. */
export function* anchoredMatches(text: string, scan: AnchoredScan): Generator<RegExpExecArray> {
  const { sticky, anchors, within } = scan;
  let resume = 0;
  anchors.lastIndex = 0;
  for (let anchor = anchors.exec(text); anchor !== null; anchor = anchors.exec(text)) {
    // Starts are tried in order, so the first that matches is the leftmost:
    // a start further back would have been tried with an earlier anchor.
    for (let start = Math.max(resume, anchor.index - within); start <= anchor.index; start++) {
      sticky.lastIndex = start;
      const match = sticky.exec(text);
      if (match === null) continue;
      yield match;
      resume = start + match[0].length;
      anchors.lastIndex = Math.max(anchors.lastIndex, resume);
      break;
    }
  }
}
