/**
 * Properties over arbitrary and mutated input (fast-check): parseNotice never
 * throws, its result always keeps the contract, and it is deterministic.
 * `npm run fuzz` runs the same properties for many more cases (FUZZ_RUNS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/index.js';
import { ROOT, SHARED } from '../helpers.js';
import { expectContract } from './invariants.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 60);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const options = { numRuns: RUNS, seed: SEED };
const timeout = Math.max(60_000, RUNS * 300);

const samples = [
  readFileSync(join(ROOT, 'fixtures/seed.txt')),
  readFileSync(join(ROOT, 'fixtures/outline-fullwidth.txt')),
  readFileSync(join(ROOT, 'fixtures/gbk-lying-utf8-declaration.html')),
  readFileSync(join(SHARED, 'corpus/real/govcn-p022-han-2004-sichuan-yishi.html')),
  ...readdirSync(join(SHARED, 'corpus/real')).filter((n) => n.startsWith('gbk-163-0')).map((n) => readFileSync(join(SHARED, 'corpus/real', n))),
];

/** Ways a crawler or a careless copy damages a notice. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('shuffle' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('markers' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ kind: fc.constant('dates' as const), seed: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Buffer, m: Mutation): Buffer {
  const out = Buffer.from(bytes);
  switch (m.kind) {
    case 'flip':
      for (let i = 0; i < m.count; i++) out[(m.at + i * 7919) % out.length] = m.value;
      return out;
    case 'truncate':
      return out.subarray(0, m.at % out.length);
    case 'shuffle': {
      const lines = out.toString('latin1').split('\n');
      let s = m.seed;
      for (let i = lines.length - 1; i > 0; i--) {
        s = (s * 1103515245 + 12345) % 2147483648;
        const j = s % (i + 1);
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      }
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 'markers': {
      const text = out.toString('utf8');
      const at = m.at % (text.length + 1);
      return Buffer.from(text.slice(0, at) + '\n一、（一）1.（1）①一是'.repeat(m.times) + text.slice(at), 'utf8');
    }
    case 'dates': {
      let s = m.seed;
      return Buffer.from(
        out.toString('utf8').replace(/\d/g, (d) => {
          s = (s * 1103515245 + 12345) % 2147483648;
          return s % 3 === 0 ? String(s % 10) : s % 3 === 1 ? '' : d;
        }),
        'utf8',
      );
    }
  }
}

describe('parseNotice on any input', () => {
  it('never throws on arbitrary bytes, keeps the contract, and is deterministic', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const first = parseNotice(bytes);
        expectContract(first);
        expect(JSON.stringify(parseNotice(bytes))).toBe(JSON.stringify(first));
      }),
      options,
    );
  }, timeout);

  it('never throws on arbitrary text, keeps the contract', () => {
    const unit = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 5 }), fc.constantFrom('一、', '（一）', '1.', '一是', '2024年', '3月', '25日', '至', '\n', '。', '<p>', '</p>', '附件：', '巡察组', '反馈', '整改'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), (parts) => {
        expectContract(parseNotice(parts.join('')));
      }),
      options,
    );
  }, timeout);

  it('never throws on mutated real notices (bytes flipped, lines shuffled, markers repeated, dates garbled)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...samples.keys()), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const bytes = mutations.reduce<Buffer>((acc, m) => mutate(acc, m), samples[which]!);
        const first = parseNotice(bytes);
        expectContract(first);
        expect(JSON.stringify(parseNotice(bytes))).toBe(JSON.stringify(first));
      }),
      { ...options, numRuns: Math.max(10, Math.round(RUNS / 2)) },
    );
  }, timeout);
});
