// Linear time: double the input up to 10 MB and show the time roughly doubling
// with it. Shapes: a real notice repeated, one long line, a wide HTML page, and
// the hostile ones (a million markers, dates everywhere, 950,000 nested elements). Medians of 3 runs, in
// process; the ratio column is time(n) / time(n/2), which stays near 2 when the
// work is linear and climbs toward 4 when it is quadratic.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNotice } from '../dist/index.js';
import { FIXTURES_DIR, fmt, machine, median, table } from './util.mjs';

const MB = 1024 * 1024;
const SIZES = [0.625, 1.25, 2.5, 5, 10].map((mb) => Math.round(mb * MB));
const seed = readFileSync(join(FIXTURES_DIR, 'seed.txt'), 'utf8');
/** `unit` repeated to about `size` bytes of UTF-8. */
const repeatTo = (unit, size) => unit.repeat(Math.ceil(size / Buffer.byteLength(unit)));

const SHAPES = {
  'seed repeated (text)': (size) => repeatTo(seed, size),
  'one long line': (size) => repeatTo('根据部署，2024年3月25日召开会议，', size),
  'HTML, many paragraphs': (size) => `<html><body>${repeatTo('<p>一、加强领导。各单位要于2024年6月5日前报送，联系电话0795-3261234。</p>', size)}</body></html>`,
  'markers only (一、)': (size) => repeatTo('一、\n', size),
  'dates only': (size) => repeatTo('2024325日至520日，', size),
  'HTML nested deep': (size) => {
    const depth = Math.floor((size - 20) / 11); // <div></div> per level
    return `<html><body>${'<div>'.repeat(depth)}关于某事的通知${'</div>'.repeat(depth)}</body></html>`;
  },
};

const rows = [];
for (const [name, make] of Object.entries(SHAPES)) {
  let previous = null;
  for (const size of SIZES) {
    const input = make(size);
    const times = [];
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      parseNotice(input, { format: name.startsWith('HTML') ? 'html' : undefined });
      times.push(performance.now() - started);
    }
    const ms = median(times);
    rows.push([name, `${fmt(size / MB, 2)} MB`, `${fmt(ms, 0)} ms`, previous === null ? '' : `${fmt(ms / previous, 2)}×`]);
    previous = ms;
  }
}
console.log(machine());
console.log(table(['input', 'size', 'median time', 'vs half the size'], rows));
