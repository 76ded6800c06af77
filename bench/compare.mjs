// In-process, side by side on the real HTML pages: notice-parse vs Readability
// (on jsdom and on linkedom), chrono-node's zh parser vs our dates stage, and the
// floor (read + decode + htmlparser2 visible text). Median ms per page over
// `iterations` passes (after one warm-up pass).
//
//   node bench/compare.mjs [--iterations 5]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import * as chrono from 'chrono-node';
import { Parser } from 'htmlparser2';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { parseNotice } from '../dist/index.js';
import { findDates } from '../dist/dates/index.js';
import { extractNotice } from '../dist/extract/index.js';
import { decodeSimple } from './generate.mjs';
import { fmt, median, parseArgs, realPages } from './util.mjs';

const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** The floor: visible text by streaming the page through htmlparser2. */
function visibleText(html) {
  const parts = [];
  let skip = 0;
  const parser = new Parser({
    onopentag: (name) => SKIP.has(name) && skip++,
    onclosetag: (name) => SKIP.has(name) && skip--,
    ontext: (text) => skip || parts.push(text),
  });
  parser.end(html);
  return parts.join('');
}

const quietConsole = new VirtualConsole(); // jsdom: no CSS/script noise on stderr

/** `jsdom` overrides passes/warm-up for Readability + jsdom, which is ~100× slower than the rest. */
export async function compare({ iterations = 5, jsdom = { iterations, warmup: true }, log = () => {} } = {}) {
  const pages = realPages().map((path) => {
    const bytes = readFileSync(path);
    const html = decodeSimple(bytes);
    const ex = extractNotice(html, 'html');
    return { path, name: basename(path), size: bytes.length, html, text: ex.text, ctx: { publishedAt: ex.meta.publishedAt, title: ex.title } };
  });
  const contenders = {
    'notice-parse (parseNotice, read + all stages)': (p) => parseNotice(readFileSync(p.path), { path: p.path }).title,
    'floor: read + decode + htmlparser2 text': (p) => visibleText(decodeSimple(readFileSync(p.path))).length,
    'Readability + linkedom': (p) => new Readability(parseHTML(p.html).document).parse()?.textContent.length ?? 0,
    'Readability + jsdom': (p) => {
      const dom = new JSDOM(p.html, { virtualConsole: quietConsole });
      const n = new Readability(dom.window.document).parse()?.textContent.length ?? 0;
      dom.window.close();
      return n;
    },
    'dates: notice-parse findDates (extracted text)': (p) => findDates(p.text, p.ctx).value.length,
    'dates: chrono-node zh.parse (same text)': (p) => chrono.zh.parse(p.text).length,
  };
  const results = {};
  for (const [name, fn] of Object.entries(contenders)) {
    const t0 = performance.now();
    const perPage = pages.map(() => []);
    let found = 0;
    const slow = name.includes('jsdom');
    const first = slow && !jsdom.warmup ? 1 : 0; // pass 0 is the warm-up
    for (let it = first; it <= (slow ? jsdom.iterations : iterations); it++) {
      for (const [i, page] of pages.entries()) {
        const t = performance.now();
        const out = fn(page);
        const ms = performance.now() - t;
        if (it > 0) perPage[i].push(ms);
        if (it === first && out) found++;
      }
    }
    const medians = perPage.map(median);
    const total = medians.reduce((a, b) => a + b, 0);
    results[name] = { passes: perPage[0].length, medianMsPerPage: median(medians), totalMs: total, found, perPage: medians };
    log(`  ${name}: ${fmt(total)} ms per pass (${fmt((performance.now() - t0) / 1000)} s)`);
  }
  const bytes = pages.reduce((a, p) => a + p.size, 0);
  return { pages: pages.map((p) => ({ name: p.name, size: p.size })), bytes, iterations, results };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await compare({ iterations: Number(parseArgs().iterations ?? 5), log: console.error });
  for (const [name, v] of Object.entries(r.results)) console.log(`${name}: median ${fmt(v.medianMsPerPage, 2)} ms/page, total ${fmt(v.totalMs)} ms, ${fmt(r.bytes / 1e6 / (v.totalMs / 1000))} MB/s`);
}
