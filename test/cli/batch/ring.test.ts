import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createRing, RingReader, RingWriter } from '../../../src/cli/batch/ring.js';
import { ROOT } from '../../helpers.js';

/** Texts of 1 to 30 bytes, some with characters of 3 and 4 bytes, none of a length that divides the ring. */
const texts = (count: number) => Array.from({ length: count }, (_, i) => `${'通知'.repeat(i % 3)}${'x'.repeat((i * 7) % 11)}${i % 5 === 0 ? '𠀀' : ''}${i}`);

/** Put each text, read it back at once and release it; what came back. */
function roundTrip(shared: SharedArrayBuffer, list: string[]): string[] {
  const writer = new RingWriter(shared);
  const reader = new RingReader(shared);
  return list.map((text) => {
    const slot = writer.put(text)!;
    const back = reader.view(slot).toString('utf8');
    reader.release(slot);
    return back;
  });
}

describe('the output ring', () => {
  it('carries texts of any length past its end again and again, byte for byte', () => {
    const list = texts(500);
    expect(roundTrip(createRing(64), list)).toEqual(list);
  });

  it('goes on where its positions wrap at 2^32', () => {
    const shared = createRing(64);
    new Int32Array(shared, 0, 1)[0] = -100; // the reader at 2^32 - 100, as a signed 32-bit number
    const list = texts(60);
    expect(roundTrip(shared, list)).toEqual(list);
  });

  it('holds several results at once, each readable until it is released', () => {
    const shared = createRing(64);
    const writer = new RingWriter(shared);
    const reader = new RingReader(shared);
    const slots = ['一二三四五', 'abcdefghij', '六七八九十'].map((text) => writer.put(text)!);
    expect(slots.map((slot) => reader.view(slot).toString('utf8'))).toEqual(['一二三四五', 'abcdefghij', '六七八九十']);
  });

  it('leaves an empty text, or one over half the ring, to be sent another way', () => {
    const writer = new RingWriter(createRing(64));
    expect(writer.put('')).toBeNull();
    expect(writer.put('x'.repeat(33))).toBeNull();
    expect(writer.put('x'.repeat(32))).not.toBeNull();
  });

  it('refuses a release out of the order the results were put in', () => {
    const shared = createRing(64);
    const writer = new RingWriter(shared);
    const reader = new RingReader(shared);
    const first = writer.put('a'.repeat(20))!;
    const second = writer.put('b'.repeat(20))!;
    reader.release(second);
    expect(() => reader.release(first)).toThrow(/out of order|released at/);
  });

  it('refuses a capacity that is not a power of two', () => {
    expect(() => createRing(100)).toThrow(/power of two/);
  });

  it('makes a writer on another thread wait for room, and go on once the reader releases', async () => {
    const shared = createRing(256);
    const count = 300;
    // The built module: a worker started from a test cannot load TypeScript.
    const ringUrl = pathToFileURL(join(ROOT, 'dist/cli/batch/ring.js')).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(workerData.ringUrl).then(({ RingWriter }) => {
         const writer = new RingWriter(workerData.shared);
         for (let i = 0; i < workerData.count; i++) {
           const text = ('第' + i + '条').repeat(1 + (i % 9));
           parentPort.postMessage({ text, slot: writer.put(text) });
         }
       });`,
      { eval: true, workerData: { shared, count, ringUrl } },
    );
    const reader = new RingReader(shared);
    const seen: boolean[] = [];
    await new Promise<void>((done, fail) => {
      // A writer that waits for ever: fail, and end it, rather than hang the run.
      const stuck = setTimeout(() => void worker.terminate().then(() => fail(new Error(`stuck after ${seen.length} of ${count}`))), 10_000);
      worker.on('error', fail);
      worker.on('message', ({ text, slot }) => {
        // Released late: a writer that did not wait would have written over it by now.
        setTimeout(() => {
          seen.push(reader.view(slot).toString('utf8') === text);
          reader.release(slot);
          if (seen.length < count) return;
          clearTimeout(stuck);
          done();
        }, 1);
      });
    });
    await worker.terminate();
    expect(seen.filter(Boolean).length).toBe(count);
  });
});
