/**
 * Attachment lists are not outline nodes. After an 附件 line (附件：,
 * 附件：1．名单, 附件1, or 附件 alone) the numbered lines that follow
 * (1． 2． (1) ①…) name attachments; they stay plain text wherever the list
 * stands, at the end of the notice or between sections. The list ends at the
 * first line that is neither blank nor such an item, so body text and section
 * markers after it (二、 （三）) count again.
 */
import type { Line } from './lines.js';
import type { MarkerMatch } from './markers.js';
import { MARKER_FAMILIES } from './markers.js';

/** Folded: ：is ":". 附件 followed by a colon, a number or nothing (附件材料要真实 is prose). */
const ATTACHMENT_HEADER = /^附件\s{0,4}(?::|\d|[一二三四五六七八九十]|$)/;

/** The header is told by its first characters (附件 and up to 4 blanks, then one more): no need to slice a long line. */
const HEADER_PREFIX = 8;

/** Families an attachment list is numbered with (GB/T ranks of 1. and deeper): 一、 or （一） after a list is body text again. */
const MIN_ITEM_RANK = MARKER_FAMILIES.find((f) => f.id === 'arabic-dot')?.rank ?? 0;

export class AttachmentLists {
  private open = false;

  /**
   * Whether a non-blank line belongs to an attachment list: its header or
   * one of its items. `match` is the marker the line starts with, if any.
   */
  holds(folded: string, line: Line, match: MarkerMatch | null): boolean {
    if (ATTACHMENT_HEADER.test(folded.slice(line.content, Math.min(line.end, line.content + HEADER_PREFIX)))) {
      this.open = true;
      return true;
    }
    this.open &&= match !== null && match.family.rank >= MIN_ITEM_RANK;
    return this.open;
  }
}
