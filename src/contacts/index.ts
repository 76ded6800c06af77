/**
 * Contacts stated in the notice body: phone numbers, e-mail addresses and
 * postal addresses, each with its span and a normalised value. Patterns are
 * a table; every one is bounded, so a hostile run of digits stays linear.
 */
import type { Contact, Contacts, Span } from '../schema/index.js';
import { foldWidth } from '../text/index.js';

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
    kind: 'emails',
    pattern: /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g,
    group: 0,
    normalise: (raw) => raw.toLowerCase(),
  },
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
  const folded = foldWidth(text.slice(body.start, body.end));
  for (const rule of RULES) {
    for (const match of folded.matchAll(rule.pattern)) {
      const found = match[rule.group];
      if (!found) continue;
      const start = body.start + match.index + match[0].indexOf(found);
      const raw = text.slice(start, start + found.length);
      contacts[rule.kind].push({ raw, value: rule.normalise(foldWidth(raw)), span: { start, end: start + raw.length } });
    }
  }
  for (const list of Object.values(contacts)) list.sort((a: Contact, b: Contact) => a.span.start - b.span.start);
  return contacts;
}

/** `(0475)8628580`, `0475 8628580`, `0475—8628580` → `0475-8628580`. */
function normaliseLandline(raw: string): string {
  const match = /^\(?(0\d{2,3})\)?[-—–\s]?(\d{7,8})(.*)$/.exec(raw);
  return match ? `${match[1]}-${match[2]}${match[3]!.replace('转', '-')}` : raw;
}
