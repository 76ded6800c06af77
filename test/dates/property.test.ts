/**
 * Properties, reproducible (fixed seed, fixed runs):
 *  1. any valid date rendered in any supported form, inside neutral text, is
 *     found with the exact span; its true value is chosen or listed, and chosen
 *     whenever the digits allow only one reading;
 *  2. any string at all: no throw, spans slice to raw, mentions fit the schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import { DateMentionSchema } from '../../src/schema/index.js';
import { casesArb, type Case } from './render.js';

const RUNS = { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300), seed: 20240325 };

describe('property: rendered dates are read back', () => {
  it('finds every rendering with its exact span and its true value', () => {
    fc.assert(
      fc.property(casesArb, (cases) => cases.forEach(check)),
      RUNS,
    );
  });
});

/** One rendering: found at exactly its place, with its precision and its true value chosen or listed. */
function check(c: Case): void {
  const context = c.encoding === undefined ? { publishedAt: null } : { publishedAt: null, encoding: c.encoding };
  const { value } = findDates(c.text, context);
  const hit = value.find((d) => d.span.start === c.at && d.span.end === c.at + c.date.length);
  expect(hit, `${JSON.stringify(c.text)} → ${JSON.stringify(value.map((d) => d.raw))}`).toBeDefined();
  if (hit === undefined) return;
  expect(c.text.slice(hit.span.start, hit.span.end)).toBe(hit.raw);
  expect(hit.precision, c.text).toBe(c.precision);
  expect([hit.value, ...hit.alternatives], c.text).toContain(c.value);
  if (c.unambiguous) expect(hit.value, c.text).toBe(c.value);
}

/** Units for arbitrary text: everything the parsers key on, plus filler. */
const UNITS = [
  ...'0123456789０１２３４５６７８９',
  ...'年月日号时分秒点度份至到起止第余内',
  ...'-./:~—－．／：～ \u3000\n',
  ...'二〇零○十一三五Oo民國国上下午会议通知T',
  '巡察组', '反馈', '整改', '發佈', '關於', '這', '发布时间:', '日期:', '下午', '民國',
];

describe('property: arbitrary text', () => {
  it('never throws; every mention slices to its raw and fits the schema', () => {
    const args = fc.record({
      text: fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 60 }),
      publishedAt: fc.constantFrom(null, '2025-07-01', '2025-07-01T16:43:00+08:00', 'garbage'),
      encoding: fc.constantFrom(undefined, 'big5', 'utf-8', 'GBK'),
    });
    fc.assert(
      fc.property(args, ({ text, publishedAt, encoding }) => {
        const { value, diagnostics } = findDates(text, { publishedAt, encoding });
        expect(diagnostics.filter((g) => g.code === 'date/internal'), text).toEqual([]);
        value.forEach((d, i) => {
          expect(text.slice(d.span.start, d.span.end), text).toBe(d.raw);
          expect(DateMentionSchema.safeParse(d).success, text).toBe(true);
          if (d.rangeStart !== undefined) expect(d.rangeStart).toBeLessThan(i);
        });
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 1000), seed: 42 },
    );
  });
});
