// In-process, side by side on the real HTML pages: notice-parse vs Readability
// (on jsdom and on linkedom), chrono-node's zh parser vs our dates stage, and the
// floor (read + decode + htmlparser2 visible text). Median ms per page over
// `iterations` passes (after one warm-up pass), the passes of the contenders
// interleaved.
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
  // Passes interleaved across the contenders (pass 1 of each, then pass 2 of each…), so that each samples the
  // same minutes of this VM, whose speed moves in phases: a ratio of two timings taken a minute apart was not one.
  // Readability + jsdom, ~100× slower, keeps its own passes after the others.
  const names = Object.keys(contenders);
  const timed = Object.fromEntries(names.map((name) => [name, { perPage: pages.map(() => []), found: 0, seconds: 0 }]));
  const pass = (name, it, first) => {
    const t0 = performance.now();
    for (const [i, page] of pages.entries()) {
      const t = performance.now();
      const out = contenders[name](page);
      const ms = performance.now() - t;
      if (it > 0) timed[name].perPage[i].push(ms);
      if (it === first && out) timed[name].found++;
    }
    timed[name].seconds += (performance.now() - t0) / 1000;
  };
  const fast = names.filter((name) => !name.includes('jsdom'));
  for (let it = 0; it <= iterations; it++) for (const name of fast) pass(name, it, 0); // pass 0 is the warm-up
  for (const name of names.filter((n) => n.includes('jsdom'))) {
    const first = jsdom.warmup ? 0 : 1;
    for (let it = first; it <= jsdom.iterations; it++) pass(name, it, first);
  }
  const results = {};
  for (const name of names) {
    const { perPage, found, seconds } = timed[name];
    const medians = perPage.map(median);
    const total = medians.reduce((a, b) => a + b, 0);
    results[name] = { passes: perPage[0].length, medianMsPerPage: median(medians), totalMs: total, found, perPage: medians };
    log(`  ${name}: ${fmt(total)} ms per pass (${fmt(seconds)} s)`);
  }
  const bytes = pages.reduce((a, p) => a + p.size, 0);
  return { pages: pages.map((p) => ({ name: p.name, size: p.size })), bytes, iterations, results };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await compare({ iterations: Number(parseArgs().iterations ?? 5), log: console.error });
  for (const [name, v] of Object.entries(r.results)) console.log(`${name}: median ${fmt(v.medianMsPerPage, 2)} ms/page, total ${fmt(v.totalMs)} ms, ${fmt(r.bytes / 1e6 / (v.totalMs / 1000))} MB/s`);
}
