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

/**
 * Run `send`, then take what the last of `workers` posts to the pool, its
 * outputs read from the ring at `shared`, until `count` results have come:
 * each result's index and output, and how many messages brought them. An
 * error, another worker posting to the pool (a pair's first worker hands
 * everything on), or a result lost fails it rather than hangs; the workers
 * are ended either way, since one left waiting for room would keep the test
 * run from ending.
 */
async function collect(workers: Worker[], shared: SharedArrayBuffer, count: number, send: () => void) {
  const reader = new RingReader(shared);
  const got: Array<{ index: number; output: unknown }> = [];
  let messages = 0;
  const run = new Promise<void>((done, fail) => {
    const stuck = setTimeout(() => fail(new Error(`stuck after ${got.length} of ${count} results`)), 10_000);
    for (const worker of workers) worker.on('error', fail);
    for (const worker of workers.slice(0, -1)) worker.on('message', () => fail(new Error('a worker other than the last posted to the pool')));
    workers.at(-1)!.on('message', (posted: Posted[]) => {
      messages++;
      for (const one of posted) {
        got.push({ index: one.index, output: 'slot' in one ? reader.view(one.slot).toString('utf8') : one.ok ? one.rendered : one.reason });
        if ('slot' in one) reader.release(one.slot);
      }
      if (got.length < count) return;
      clearTimeout(stuck);
      done();
    });
    send();
  });
  await run.finally(() => Promise.all(workers.map((worker) => worker.terminate())));
  return { got, messages };
}

describe('a batch worker', () => {
  it('posts every result of a batch once, in order, when its ring fills in the middle of the batch', async () => {
    // Room for two of the seed's ~44 KB results: a batch of seven has to post part of itself and wait.
    const shared = createRing(1 << 17);
    const batch = Array.from({ length: 7 }, (_, i) => job(i));
    const expected = batch.map((j) => runJob(j)).map((r) => (r.ok ? r.rendered : r.reason));
    // The built module: a worker started from a test cannot load TypeScript.
    const worker = new Worker(join(ROOT, 'dist/cli/batch/worker.js'), { workerData: { role: 'whole', ring: shared } });
    const { got, messages } = await collect([worker], shared, batch.length, () => worker.postMessage(batch));
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
    // Results come from the second worker only: the first hands everything on, a failed read as its result.
    const { got } = await collect([first, second], shared, batch.length, () => {
      for (const part of oneByOne ? batch.map((j) => [j]) : [batch]) first.postMessage(part);
    });
    expect(got.map((g) => g.index)).toEqual(batch.map((j) => j.index));
    expect(got.map((g) => g.output)).toEqual(expected);
    expect(expected.filter((output) => typeof output === 'string' && output.startsWith('{'))).toHaveLength(4);
    // All finished, all released: nothing is left counted as handed on.
    expect(Atomics.load(new Int32Array(handOn), 0)).toBe(0);
  });
});
