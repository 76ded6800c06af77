import { describe, expect, it } from 'vitest';
import { lanesFor } from '../../../src/cli/batch/pool.js';

describe('the pool’s lanes', () => {
  it.each([
    [2, ['pair']],
    [3, ['pair', 'whole']],
    [4, ['pair', 'pair']],
    [5, ['pair', 'pair', 'whole']],
  ])('puts %i threads two by two, a thread left over running whole jobs', (threads, lanes) => {
    expect(lanesFor(threads)).toEqual(lanes);
    // Every thread is used, and none twice.
    expect(lanesFor(threads).reduce((sum, lane) => sum + (lane === 'pair' ? 2 : 1), 0)).toBe(threads);
  });
});
