import { describe, expect, it } from 'vitest';
import { duration } from '../../../src/cli/batch/progress.js';

describe('the progress bar', () => {
  it('gives the time left as a person reads it', () => {
    expect([0, 42, 59.2, 60, 185, 3599, 3600, 4523, 90000].map(duration)).toEqual(['0s', '42s', '1m00s', '1m00s', '3m05s', '59m59s', '1h00m', '1h15m', '25h00m']);
  });
});
