import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createHandOn } from '../../../src/cli/batch/hand-on.js';
import { createRing, RingReader } from '../../../src/cli/batch/ring.js';
import { runJob, type Job } from '../../../src/cli/batch/job.js';
import type { Posted } from '../../../src/cli/batch/serve.js';
import { ROOT } from '../../helpers.js';

const SEED = join(ROOT, 'fixtures/seed.txt');
const job = (index: number): Job => ({ index, path: SEED, display: `seed-${index}.txt`, format: 'json', pretty: false, colorLevel: 0, target: null });

describe('a batch worker', () => {
  it('posts every result of a batch once, in order, when its ring fills in the middle of the batch', async () => {
    // Room for two of the seed's ~44 KB results: a batch of seven has to post part of itself and wait.
    const shared = createRing(1 << 17);
    const batch = Array.from({ length: 7 }, (_, i) => job(i));
    const expected = batch.map((j) => runJob(j)).map((r) => (r.ok ? r.rendered : r.reason));
    // The built module: a worker started from a test cannot load TypeScript.
    const worker = new Worker(join(ROOT, 'dist/cli/batch/worker.js'), { workerData: { role: 'whole', ring: shared } });
    const reader = new RingReader(shared);
    const got: Array<{ index: number; output: unknown }> = [];
    let messages = 0;
    await new Promise<void>((done, fail) => {
      // A result lost, or a worker waiting for room it was never going to get: fail rather than hang.
      const stuck = setTimeout(() => fail(new Error(`stuck after ${got.length} of ${batch.length} results`)), 10_000);
      worker.on('error', fail);
      worker.on('message', (posted: Posted[]) => {
        messages++;
        for (const one of posted) {
          const output = 'slot' in one ? reader.view(one.slot).toString('utf8') : one.ok ? one.rendered : one.reason;
          got.push({ index: one.index, output });
          if ('slot' in one) reader.release(one.slot);
        }
        if (got.length < batch.length) return;
        clearTimeout(stuck);
        done();
      });
      worker.postMessage(batch);
    });
    await worker.terminate();
    expect(messages).toBeGreaterThan(1);
    expect(got.map((g) => g.index)).toEqual(batch.map((j) => j.index));
    expect(got.map((g) => g.output)).toEqual(expected);
  });

  it.each([
    ['one batch, with room for all', undefined, false],
    ['a batch at a time, with room for one seed-sized notice (the first worker waits for the second each time)', 13, true],
  ])('splits every job between a pair, first half on one worker and second on the other, failures included: %s', async (_, mostKiB, oneByOne) => {
    const dir = mkdtempSync(join(tmpdir(), 'np-pair-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const paths = [SEED, join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(ROOT, 'fixtures/big5-roc-announcement.html'), SEED, SEED];
    const batch = paths.map((path, index): Job => ({ ...job(index), path, display: `input-${index}` }));
    const expected = batch.map((j) => runJob(j)).map((r) => (r.ok ? r.rendered : r.reason));
    const shared = createRing(1 << 20);
    const handOn = createHandOn();
    const { port1, port2 } = new MessageChannel();
    const entry = join(ROOT, 'dist/cli/batch/worker.js');
    const first = new Worker(entry, { workerData: { role: 'first', next: port1, handOn, handOnMostKiB: mostKiB }, transferList: [port1] });
    const second = new Worker(entry, { workerData: { role: 'second', ring: shared, previous: port2, handOn }, transferList: [port2] });
    const reader = new RingReader(shared);
    const got: Array<{ index: number; output: unknown }> = [];
    const run = new Promise<void>((done, fail) => {
      const stuck = setTimeout(() => fail(new Error(`stuck after ${got.length} of ${batch.length} results`)), 10_000);
      first.on('error', fail);
      second.on('error', fail);
      // Results come from the second worker only: the first hands everything on, a failed read as its result.
      first.on('message', () => fail(new Error('the first worker of a pair posted to the pool')));
      second.on('message', (posted: Posted[]) => {
        for (const one of posted) {
          got.push({ index: one.index, output: 'slot' in one ? reader.view(one.slot).toString('utf8') : one.ok ? one.rendered : one.reason });
          if ('slot' in one) reader.release(one.slot);
        }
        if (got.length < batch.length) return;
        clearTimeout(stuck);
        done();
      });
      for (const part of oneByOne ? batch.map((j) => [j]) : [batch]) first.postMessage(part);
    });
    // Ended even when stuck: a worker left waiting for room would keep the test run from ending.
    await run.finally(() => Promise.all([first.terminate(), second.terminate()]));
    expect(got.map((g) => g.index)).toEqual(batch.map((j) => j.index));
    expect(got.map((g) => g.output)).toEqual(expected);
    expect(expected.filter((output) => typeof output === 'string' && output.startsWith('{'))).toHaveLength(4);
    // All finished, all released: nothing is left counted as handed on.
    expect(Atomics.load(new Int32Array(handOn), 0)).toBe(0);
  });
});
