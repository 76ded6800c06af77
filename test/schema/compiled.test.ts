/**
 * src/schema/compiled.ts is generated from the schema by zod's compiler
 * (scripts/compile-contract.mjs). A schema changed without regenerating it
 * would validate against the old contract: this fails until it is rerun.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types
import { contractSource } from '../../scripts/compile-contract.mjs';
import * as schemas from '../../src/schema/notice.js';
import * as rules from '../../src/schema/rules.js';

describe('src/schema/compiled.ts', () => {
  it('is what zod compiles from the schema now', () => {
    const committed = readFileSync(new URL('../../src/schema/compiled.ts', import.meta.url), 'utf8');
    const fresh = (contractSource as (s: typeof schemas, r: typeof rules) => string)(schemas, rules);
    expect(committed === fresh, 'out of date: run `npm run compile-contract`').toBe(true);
  });

  it('names every pattern and predicate of the schema by its export from rules.ts', () => {
    const committed = readFileSync(new URL('../../src/schema/compiled.ts', import.meta.url), 'utf8');
    for (const name of Object.keys(rules)) expect(committed).toContain(`rules.${name}`);
  });
});
