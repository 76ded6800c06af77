import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createHandOn, HandOn, kibOf } from '../../../src/cli/batch/hand-on.js';
import { ROOT } from '../../helpers.js';

const count = (shared: SharedArrayBuffer) => Atomics.load(new Int32Array(shared), 0);
/** `promise`, or a failure after 10 s rather than a wait for ever. */
const within = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, fail) => setTimeout(() => fail(new Error('no answer in 10 s')), 10_000).unref())]);

describe('what a pair hands on (hand-on.ts)', () => {
  it('counts what is reserved and released, and lets any one reservation through when nothing is queued', () => {
    const shared = createHandOn();
    const handOn = new HandOn(shared, 10);
    handOn.reserve(25);
    expect(count(shared)).toBe(25);
    handOn.release(25);
    // Checked before reserving again, which would wait for ever in this thread if the release had not counted.
    expect(count(shared)).toBe(0);
    handOn.reserve(4);
    handOn.reserve(6);
    expect(count(shared)).toBe(10);
    expect(kibOf(0)).toBe(0);
    expect(kibOf(1)).toBe(1);
    expect(kibOf(12_879)).toBe(13);
  });

  it('makes the first worker wait while the second has no room, until the second releases some', async () => {
    const shared = createHandOn();
    const mine = new HandOn(shared, 10);
    mine.reserve(8);
    // The first worker's side, in a thread of its own: it says when it starts to reserve and when it has.
    const code = `
      const { parentPort, workerData } = require('node:worker_threads');
      import(workerData.module).then(({ HandOn }) => {
        parentPort.postMessage('reserving');
        new HandOn(workerData.shared, 10).reserve(5);
        parentPort.postMessage('reserved');
      });`;
    const module = pathToFileURL(join(ROOT, 'dist/cli/batch/hand-on.js')).href;
    const worker = new Worker(code, { eval: true, workerData: { shared, module } });
    try {
      const said: string[] = [];
      const heard = (what: string) => new Promise<void>((done) => worker.on('message', (m: string) => (said.push(m), m === what && done())));
      await within(heard('reserving'));
      await new Promise((wait) => setTimeout(wait, 300));
      // 8 + 5 > 10: still waiting.
      expect(said).toEqual(['reserving']);
      const reserved = heard('reserved');
      mine.release(8);
      await within(reserved);
      expect(count(shared)).toBe(5);
    } finally {
      // Ended even when it never got its room: a thread left waiting would keep the test run from ending.
      await worker.terminate();
    }
  });
});
