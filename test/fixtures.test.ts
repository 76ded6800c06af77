/**
 * Fixture pairs: every fixtures/NAME.{txt,html} with a fixtures/NAME.expected.json
 * is parsed and compared whole; a difference shows as a diff. `UPDATE=1`
 * writes the expected file of a fixture that has none, for a person to review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../src/index.js';
import { checkOutput, ROOT } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const INPUT = /^(.+)\.(txt|html?)$/;
const inputs = readdirSync(FIXTURES).filter((name) => INPUT.test(name)).sort();

describe('fixture pairs', () => {
  it('finds fixtures to run', () => expect(inputs.length).toBeGreaterThan(0));

  it.each(inputs)('%s', (name) => {
    const expectedPath = join(FIXTURES, `${INPUT.exec(name)![1]}.expected.json`);
    const result = parseNotice(readFileSync(join(FIXTURES, name)), { path: `fixtures/${name}` });
    expect(checkOutput(result).report).toBe('ok');
    if (!existsSync(expectedPath)) {
      if (process.env['UPDATE'] !== '1') throw new Error(`${name} has no expected output; run UPDATE=1 npm test and review the file written`);
      writeFileSync(expectedPath, `${JSON.stringify(result, null, 2)}\n`);
    }
    // Compare as parsed JSON so that key order and undefined values do not matter.
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
