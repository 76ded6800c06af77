import { describe, expect, it } from 'vitest';
import { readMetaDate } from '../../src/extract/meta-date.js';

describe('readMetaDate', () => {
  it.each([
    ['2025-07-01 16:43', '2025-07-01T16:43:00+08:00'],
    ['2025-07-01 16:43:05', '2025-07-01T16:43:05+08:00'],
    ['2024/3/25', '2024-03-25'],
    ['2024.03.25', '2024-03-25'],
    ['2024年3月25日', '2024-03-25'],
    ['2024年3月25日 16时43分', '2024-03-25T16:43:00+08:00'],
    ['２０２４－０３－２５', '2024-03-25'],
  ])('%s → %s', (raw, iso) => expect(readMetaDate(raw)).toBe(iso));

  it.each(['2024-02-30', '2024-13-01', 'yesterday', ''])('rejects %j', (raw) => expect(readMetaDate(raw)).toBeNull());
});
