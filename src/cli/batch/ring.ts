/**
 * A worker's output for stdout on its way to the main thread, through memory
 * both threads share. Posted as strings, the results of 10,000 notices passed
 * through the main thread's heap, which V8 grew from 11 to ~60 MB: a third of
 * what peak memory grew by from 1,000 notices to 10,000 (BENCHMARKS.md, "Batch,
 * eighth round"). Through the ring the main thread writes the bytes where the
 * worker put them, off its heap, and then gives the room back.
 *
 * One writer (the worker) and one reader (the main thread), which releases
 * the results in the order they were put: a worker finishes its jobs in the
 * order it got them, in input order, and stdout is written in input order.
 * Both positions count bytes from the start and wrap at 2^32.
 */
import { Buffer } from 'node:buffer';

/** Where one result lies: its first byte's position (mod 2^32) and its length. */
export interface RingSlot {
  start: number;
  length: number;
}

/** The one position shared: how far the reader has released (mod 2^32). */
const TAIL = 0;
const CONTROL_BYTES = Int32Array.BYTES_PER_ELEMENT;
const encoder = new TextEncoder();
/** How long a writer waits for the reader before looking again (it is woken when the reader releases). */
const WAIT_MS = 1000;

/** The memory of a ring holding `capacity` bytes (a power of two), for `new RingWriter` and `new RingReader`. */
export function createRing(capacity: number): SharedArrayBuffer {
  if (!Number.isInteger(Math.log2(capacity))) throw new RangeError(`ring capacity must be a power of two, not ${capacity}`);
  return new SharedArrayBuffer(CONTROL_BYTES + capacity);
}

class RingMemory {
  protected readonly tail: Int32Array;
  protected readonly data: Buffer;
  protected readonly mask: number;

  constructor(shared: SharedArrayBuffer) {
    this.tail = new Int32Array(shared, 0, 1);
    this.data = Buffer.from(shared, CONTROL_BYTES);
    this.mask = this.data.length - 1;
  }
}

export class RingWriter extends RingMemory {
  /** Where the next result goes: a writer starts where the reader is. */
  private head = Atomics.load(this.tail, TAIL) >>> 0;

  /**
   * Put `text` in the ring as UTF-8, waiting while the reader has not made
   * room. Null for a text longer than half the ring: sent another way, it
   * cannot keep the ring waiting for room it never has. `beforeWaiting` is
   * called once before any wait: the reader can only release slots it has
   * been told of, so whatever slots are not yet posted must be posted then.
   */
  put(text: string, beforeWaiting?: () => void): RingSlot | null {
    const inPlace = this.putInRoom(text);
    if (inPlace) return inPlace;
    const length = Buffer.byteLength(text, 'utf8');
    if (length === 0 || length > this.data.length / 2) return null;
    // A result too long for what is left before the ring's end starts at its start: a write is one piece.
    const offset = this.head & this.mask;
    const skipped = offset + length > this.data.length ? this.data.length - offset : 0;
    this.waitForRoom(skipped + length, beforeWaiting);
    const start = (this.head + skipped) >>> 0;
    this.data.write(text, start & this.mask, 'utf8');
    this.head = (start + length) >>> 0;
    return { start, length };
  }

  /**
   * Encode `text` straight into the free room after the head, when it fits
   * there (the ring is seldom full): one pass over the text, where measuring
   * it first and then writing it takes two (40 against 22 µs for the seed's
   * result). Null when it does not fit, having written only in free room.
   */
  private putInRoom(text: string): RingSlot | null {
    const offset = this.head & this.mask;
    const used = (this.head - Atomics.load(this.tail, TAIL)) >>> 0;
    const room = Math.min(this.data.length - used, this.data.length - offset, this.data.length / 2);
    // UTF-8 takes at least a byte for each UTF-16 unit.
    if (text.length === 0 || text.length > room) return null;
    const { read, written } = encoder.encodeInto(text, this.data.subarray(offset, offset + room));
    if (read < text.length) return null;
    const start = this.head;
    this.head = (start + written) >>> 0;
    return { start, length: written };
  }

  /** With `length` ≤ half the ring and what is skipped < half, the room asked for is never more than the ring. */
  private waitForRoom(length: number, beforeWaiting?: () => void): void {
    for (let waited = false; ; waited = true) {
      const tail = Atomics.load(this.tail, TAIL);
      const used = (this.head - tail) >>> 0;
      // Never true unless the positions went wrong, and then no room would ever come.
      if (used > this.data.length) throw new Error(`internal error: ring reader at ${tail >>> 0}, past its writer at ${this.head}`);
      if (this.data.length - used >= length) return;
      if (!waited) beforeWaiting?.();
      Atomics.wait(this.tail, TAIL, tail, WAIT_MS);
    }
  }
}

export class RingReader extends RingMemory {
  /** The bytes of the result in `slot`, lent: they stay until `release(slot)`, in the order the slots were put. */
  view(slot: RingSlot): Buffer {
    const offset = slot.start & this.mask;
    return this.data.subarray(offset, offset + slot.length);
  }

  /** Gives the writer back the room of `slot` and of what it skipped before it. */
  release(slot: RingSlot): void {
    const taken = Atomics.load(this.tail, TAIL);
    if ((slot.start - taken) >>> 0 >= this.data.length) throw new Error(`internal error: ring released at ${slot.start} after ${taken >>> 0}`);
    Atomics.store(this.tail, TAIL, (slot.start + slot.length) | 0);
    Atomics.notify(this.tail, TAIL);
  }
}
