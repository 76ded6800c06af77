/**
 * Contacts stated in the notice body: phone numbers, e-mail addresses and
 * postal addresses, each with its span and a normalised value. Patterns are
 * a table; every one is bounded, so a hostile run of digits stays linear.
 */
import type { Contact, Contacts, Span } from '../schema/index.js';
import { foldedSlice, foldWidth } from '../text/index.js';

interface ContactRule {
  kind: keyof Contacts;
  pattern: RegExp;
  /** Which capture group is the contact (0 = the whole match). */
  group: number;
  normalise: (raw: string) => string;
}

const RULES: readonly ContactRule[] = [
  {
    kind: 'phones',
    // Landline with area code: 0475-8628580, (0475)8628580, 0475 8628580, extension 转123.
    pattern: /(?<![\d.])(?:\(0\d{2,3}\)|0\d{2,3})[-—–\s]?\d{7,8}(?:(?:-|转)\d{1,6})?(?![\d.%])/g,
    group: 0,
    normalise: normaliseLandline,
  },
  { kind: 'phones', pattern: /(?<![\d.])1[3-9]\d{9}(?![\d.%])/g, group: 0, normalise: (raw) => raw },
  {
    kind: 'addresses',
    pattern: /(?:通讯地址|联系地址|办公地址|邮寄地址|地址|地点)\s{0,3}[:：]\s{0,3}([^\n,，。;；]{4,80})/g,
    group: 1,
    normalise: (raw) => raw.trim(),
  },
];

/**
 * Find the contacts inside the body.
 * @param text - the document text
 * @param body - where the notice body lies; footers of the site are not the notice's contacts
 */
export function findContacts(text: string, body: Span): Contacts {
  const contacts: Contacts = { phones: [], emails: [], addresses: [] };
  const folded = foldedSlice(text, body.start, body.end);
  for (const rule of RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const found = match[rule.group];
      if (!found) continue;
      const start = body.start + match.index + match[0].indexOf(found);
      const raw = text.slice(start, start + found.length);
      contacts[rule.kind].push({ raw, value: rule.normalise(foldWidth(raw)), span: { start, end: start + raw.length } });
    }
  }
  contacts.emails.push(...findEmails(text, folded, body.start));
  for (const list of Object.values(contacts)) list.sort((a: Contact, b: Contact) => a.span.start - b.span.start);
  return contacts;
}

const LOCAL_CHAR = /[\w.%+-]/;
const DOMAIN_CHAR = /[A-Za-z0-9.-]/;
const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;

/**
 * E-mail addresses, found from each @ outward rather than by one pattern:
 * an address regex with a bounded local part still rescans it from every
 * start position, and the ReDoS check rightly flags it as polynomial.
 */
function findEmails(text: string, folded: string, offset: number): Contact[] {
  const emails: Contact[] = [];
  let resume = 0;
  for (let at = folded.indexOf('@'); at !== -1; at = folded.indexOf('@', at + 1)) {
    let start = at;
    while (start > Math.max(resume, at - LOCAL_MAX) && LOCAL_CHAR.test(folded[start - 1]!)) start--;
    let end = at + 1;
    while (end < folded.length && end - at <= DOMAIN_MAX && DOMAIN_CHAR.test(folded[end]!)) end++;
    while (end > at + 1 && /[.-]/.test(folded[end - 1]!)) end--; // a sentence's full stop is not the domain's
    const domain = folded.slice(at + 1, end);
    if (start === at || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(domain)) continue;
    const raw = text.slice(offset + start, offset + end);
    emails.push({ raw, value: foldWidth(raw).toLowerCase(), span: { start: offset + start, end: offset + end } });
    resume = end;
  }
  return emails;
}

/** `(0475)8628580`, `0475 8628580`, `0475—8628580` → `0475-8628580`. */
function normaliseLandline(raw: string): string {
  const match = /^\(?(0\d{2,3})\)?[-—–\s]?(\d{7,8})(.*)$/.exec(raw);
  return match ? `${match[1]}-${match[2]}${match[3]!.replace('转', '-')}` : raw;
}
