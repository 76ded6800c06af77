import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nfkc, readMetaDate } from '../../src/extract/meta-date.js';

describe('readMetaDate', () => {
  it.each([
    ['2025-07-01 16:43', '2025-07-01T16:43:00+08:00'],
    ['2025-07-01 16:43:05', '2025-07-01T16:43:05+08:00'],
    ['2024/3/25', '2024-03-25'],
    ['2024.03.25', '2024-03-25'],
    ['2024年3月25日', '2024-03-25'],
    ['2024年3月25日 16时43分', '2024-03-25T16:43:00+08:00'],
    ['２０２４－０３－２５', '2024-03-25'],
    ['113年3月25日', '2024-03-25'],
    ['民國113年3月25日', '2024-03-25'],
    ['2007-08-20-23:59:59', '2007-08-20T23:59:59+08:00'],
  ])('%s → %s', (raw, iso) => expect(readMetaDate(raw)).toBe(iso));

  it.each(['2024-02-30', '2024-13-01', 'yesterday', '', '0099-01-01', '0201-05-05'])('rejects %j', (raw) => expect(readMetaDate(raw)).toBeNull());
});

describe('nfkc', () => {
  it('equals String.prototype.normalize("NFKC") on dates, full-width forms, compatibility ideographs and spaces', () => {
    // What metadata dates hold, and the neighbours of the ranges nfkc skips.
    const units = [...'0123456789-/.: T年月日时分秒民国國', '\u3000', '\uff10', '\uff1a', '\u2460', '\u4dff', '\u4e00', '\u9fff', '\ua000', '\uf900', '\u00a0', '\u212b', 'e\u0301'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 30 }), (parts) => {
        const raw = parts.join('');
        expect(nfkc(raw)).toBe(raw.normalize('NFKC'));
      }),
      { numRuns: 2000 },
    );
  });
});
