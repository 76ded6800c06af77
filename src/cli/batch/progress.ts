/**
 * What a batch tells the person running it: on a terminal, a bar redrawn in
 * place (count, rate, ETA, failures); elsewhere only the closing summary.
 */
import type { Writer } from '../main.js';

/** Redraw at most this often, so a fast batch is not slowed by its own bar. */
const REDRAW_MS = 100;
const BAR_WIDTH = 24;

export class Progress {
  private done = 0;
  private lastDraw = 0;
  private readonly started = performance.now();

  /** `failed` starts at the inputs that failed before any parse (a link loop, an unreadable folder), so every count matches the errors printed. */
  constructor(
    private readonly total: number,
    private readonly stderr: Writer,
    private readonly mode: 'bar' | 'summary' | 'quiet',
    private failed = 0,
  ) {}

  tick(ok: boolean): void {
    this.done++;
    if (!ok) this.failed++;
    const now = performance.now();
    if (this.mode !== 'bar' || (now - this.lastDraw < REDRAW_MS && this.done < this.total)) return;
    this.lastDraw = now;
    const rate = this.done / Math.max((now - this.started) / 1000, 1e-3);
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    const filled = Math.round((this.done / Math.max(this.total, 1)) * BAR_WIDTH);
    const bar = `${'='.repeat(filled)}${' '.repeat(BAR_WIDTH - filled)}`;
    this.stderr.write(`\r[${bar}] ${this.done}/${this.total} ${rate.toFixed(1)}/s ETA ${duration(eta)} ${this.failed} failed\u001b[K`);
  }

  /** A line said while the bar may be up (a failure): it takes the bar's line, and the next tick draws the bar again below it. */
  say(line: string): void {
    if (this.mode === 'bar' && this.lastDraw > 0) {
      this.stderr.write('\r\u001b[K');
      this.lastDraw = 0;
    }
    this.stderr.write(line);
  }

  /** The closing line; returns the numbers for the report too. */
  finish(): { files: number; failed: number; seconds: number } {
    const seconds = (performance.now() - this.started) / 1000;
    const summary = { files: this.done, failed: this.failed, seconds };
    if (this.mode === 'bar') this.stderr.write('\n');
    if (this.mode !== 'quiet') {
      const rate = this.done / Math.max(seconds, 1e-3);
      this.stderr.write(`notice-parse: ${this.done} ${this.done === 1 ? 'file' : 'files'} in ${seconds.toFixed(2)} s (${rate.toFixed(1)} notices/s), ${this.failed} failed\n`);
    }
    return summary;
  }
}

/** Seconds as a person reads them: 42s, 3m05s, 1h15m. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
