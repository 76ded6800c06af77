/**
 * How much input a pair's first worker has handed on to its second that the
 * second has not finished (serve.ts). Each half holds its notice's text, and
 * a pair holds many jobs (pool.ts): without a bound, a first worker faster
 * than its second would pile up the halves of big inputs (a folder of 10 MB
 * text dumps) in memory. Counted in KiB of input, in memory the two share;
 * the first waits for room, the second makes it.
 */

/** What a pair may have handed on at once, in KiB of input: ~2,600 seed-sized notices, or three 10 MB files. */
export const HANDED_ON_MOST_KIB = 32 * 1024;
/** How long the first worker waits before looking again (it is woken when the second makes room). */
const WAIT_MS = 1000;

/** The shared count, for `new HandOn` in both workers of a pair. */
export function createHandOn(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

export class HandOn {
  private readonly queued: Int32Array;

  constructor(
    shared: SharedArrayBuffer,
    private readonly mostKiB: number = HANDED_ON_MOST_KIB,
  ) {
    this.queued = new Int32Array(shared);
  }

  /** The first worker: wait until `kib` more fits, or nothing is queued (so any one batch goes), then count it. */
  reserve(kib: number): void {
    for (;;) {
      const queued = Atomics.load(this.queued, 0);
      if (queued === 0 || queued + kib <= this.mostKiB) {
        Atomics.add(this.queued, 0, kib);
        return;
      }
      Atomics.wait(this.queued, 0, queued, WAIT_MS);
    }
  }

  /** The second worker: `kib` of what was handed on is finished. */
  release(kib: number): void {
    if (kib === 0) return;
    Atomics.sub(this.queued, 0, kib);
    Atomics.notify(this.queued, 0);
  }
}

/** The KiB of input a job's first half stands for: what both workers count it as. */
export const kibOf = (inputBytes: number): number => Math.ceil(inputBytes / 1024);
