// Generates a deterministic benchmark corpus from fixtures/ and the real pages.
//
//   node bench/generate.mjs [--n 10000] [--seed 1] [--kind mixed|seed]
//
// kind "mixed": HTML (60%) and text, UTF-8 and GBK (25%), 1–60 KB (log-uniform),
//   paragraphs of one source page shuffled/duplicated, dates and numbers varied,
//   wrapped in one of several page chromes.
// kind "seed": UTF-8 text notices the size of fixtures/seed.txt, made from it.
// Notice i depends only on (seed, i), so the first k files of an n-corpus are the
// k-corpus. Written to os.tmpdir()/notice-parse-bench-<kind>-<seed>-<n>, reused when present.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import iconv from 'iconv-lite';
import { FIXTURES_DIR, REAL_DIR, median, mulberry32, parseArgs, randomTools } from './util.mjs';

const BLOCK = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'td', 'th', 'section', 'article', 'ul', 'ol', 'dd', 'dt', 'title', 'pre']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** Bytes → string the simple way (BOM, strict UTF-8, else Big5 if declared, else GB18030). */
export function decodeSimple(buf) {
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf, 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf, 'utf-16be');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return iconv.decode(buf, /charset=["']?big5/i.test(buf.subarray(0, 2048).toString('latin1')) ? 'big5' : 'gb18030');
  }
}

/** Visible text of an HTML page as lines (one per block), and its <title>. */
export function htmlLines(html) {
  const lines = [];
  let cur = '';
  let skip = 0;
  let inTitle = false;
  let title = '';
  const flush = () => {
    const t = cur.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const parser = new Parser({
    onopentag(name) {
      if (SKIP.has(name)) skip++;
      if (name === 'title') inTitle = true;
      if (BLOCK.has(name)) flush();
    },
    ontext(text) {
      if (inTitle) title += text;
      else if (!skip) cur += text;
    },
    onclosetag(name) {
      if (SKIP.has(name)) skip--;
      if (name === 'title') inTitle = false;
      if (BLOCK.has(name)) flush();
    },
  });
  parser.end(html);
  flush();
  return { lines, title: title.trim() };
}

function loadSources() {
  const files = [
    ...readdirSync(FIXTURES_DIR).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(FIXTURES_DIR, f)),
    ...readdirSync(REAL_DIR).filter((f) => f.endsWith('.html')).map((f) => join(REAL_DIR, f)),
  ].sort();
  return files.map((file) => {
    const text = decodeSimple(readFileSync(file));
    const { lines, title } = file.endsWith('.html') ? htmlLines(text) : { lines: text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean), title: '' };
    const paras = lines.filter((l) => /[\u4e00-\u9fff]/.test(l));
    const heading = (title.split(/[_|-]/)[0] || paras.find((l) => /(通知|公告|通报|意见|办法|决定|批复|函|公报)$/.test(l)) || paras[0] || '通知').trim();
    return { file, title: heading, paras };
  });
}

const SITES = ['某某市人民政府', '某某县人民政府办公室', '某某区发展和改革局', '某某省教育厅', '某某市统计局', '某某经济技术开发区管委会', '某某市卫生健康委员会', '某某镇人民政府'];
const COLUMNS = ['通知公告', '政策文件', '政务公开', '工作动态', '统计公报', '公示公告'];
const pad2 = (n) => String(n).padStart(2, '0');

/** Vary Arabic dates (keeping their shape) and, half the time, other numbers. */
function vary(r, line) {
  return line.replace(/(\d{4})(年|-|\/|\.)(\d{1,2})(月|-|\/|\.)(\d{1,2})|\d+/g, (m, y, s1, mo, s2, d) => {
    if (y) {
      const nm = r.int(1, 12);
      const nd = r.int(1, 28);
      return `${r.int(1990, 2025)}${s1}${mo.length === 2 ? pad2(nm) : nm}${s2}${d.length === 2 ? pad2(nd) : nd}`;
    }
    if (!r.chance(0.5)) return m;
    let out = m.length > 1 ? String(r.int(1, 9)) : '';
    while (out.length < m.length) out += r.int(0, 9);
    return out;
  });
}

/** Body paragraphs of about `bytes` UTF-8 bytes: a run of the source, windows shuffled, duplicates to fill. */
function bodyParas(r, src, bytes) {
  const paras = src.paras.length ? [...src.paras] : ['现将有关事项通知如下。'];
  for (let k = r.int(0, 3); k > 0; k--) {
    const i = r.int(0, paras.length - 1);
    const j = Math.min(paras.length - 1, i + r.int(1, 4));
    [paras[i], paras[j]] = [paras[j], paras[i]];
  }
  const out = [];
  let size = 0;
  let i = r.int(0, Math.max(0, paras.length - 5));
  while (size < bytes) {
    const p = vary(r, i < paras.length ? paras[i] : r.pick(paras));
    i++;
    const cut = p.length > 400 && size + Buffer.byteLength(p) > bytes * 1.1 ? p.slice(0, Math.max(20, (bytes - size) / 3)) : p;
    out.push(cut);
    size += Buffer.byteLength(cut) + 8;
  }
  return out;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function links(r, n, prefix = '/col/') {
  return Array.from({ length: n }, (_, k) => `<li><a href="${prefix}${k + 1}.html">${r.pick(['首页', '政务公开', '政策解读', '办事服务', '互动交流', '走进' + r.pick(['本市', '本县', '本区']), '新闻中心', '专题专栏', '数据发布', '领导信息'])}</a></li>`).join('');
}

function htmlPage(r, { title, site, column, date, source, paras, charset }) {
  const meta = charset ? r.pick([`<meta charset="${charset}">`, `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`]) : '';
  const ps = paras.map(esc);
  const style = r.pick(['gov', 'table', 'minimal', 'soup']);
  const head = `<head>${meta}<title>${esc(title)}_${site}</title>`;
  if (style === 'gov')
    return `<!DOCTYPE html><html lang="zh-CN">${head}<meta name="ArticleTitle" content="${esc(title)}"><meta name="PubDate" content="${date} ${pad2(r.int(8, 18))}:${pad2(r.int(0, 59))}"><meta name="ContentSource" content="${source}"><meta name="ColumnName" content="${column}"><link rel="stylesheet" href="/css/main.css"><script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");})();</script></head>
<body><div class="header"><div class="logo">${site}</div><ul class="nav">${links(r, r.int(6, 30))}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">${column}</a></div>
<div class="article"><h1>${esc(title)}</h1><div class="info">发布时间：${date}　来源：${source}　<span>字号：大 中 小</span></div>
<div class="TRS_Editor">${ps.map((p) => `<p style="text-indent:2em">${p}</p>`).join('\n')}</div></div>
<div class="related"><h3>相关链接</h3><ul>${links(r, r.int(0, 20), '/art/')}</ul></div>
<div class="footer">主办：${site}　网站标识码：${r.int(1000000000, 9999999999)}　备案号：京ICP备${r.int(10000000, 99999999)}号<script>document.write('访问量')</script></div></body></html>`;
  if (style === 'table')
    return `<html>${head}<style>td{font-size:14px}</style></head><body><table width="980" align="center"><tr><td><table><tr>${links(r, r.int(4, 12)).replace(/li>/g, 'td>')}</tr></table></td></tr>
<tr><td class="title" align="center"><font size="5"><b>${esc(title)}</b></font></td></tr><tr><td align="center">${date}　${source}</td></tr>
<tr><td class="zw">${ps.join('<br>\n　　')}</td></tr><tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr></table></body></html>`;
  if (style === 'minimal') return `<html>${head}</head><body><h2>${esc(title)}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}\n<p>${date}</p></body></html>`;
  return `<!doctype html><html>${head}<script src="/js/jquery.min.js"></script><script>$(function(){$('.share').show();});</script></head><body>
<div id="top"><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div><nav><ul>${links(r, r.int(10, 40))}</ul></nav></div>
<div id="main"><div class="left"><div class="box"><h4>${column}</h4><ul>${links(r, r.int(5, 15), '/tz/')}</ul></div></div>
<div class="right"><div class="tit">${esc(title)}</div><div class="sub"><span>发布日期：${date}</span><span>信息来源：${source}</span><span class="share">分享到：</span></div>
<div class="con">${ps.map((p) => `<div>${p}</div>`).join('')}</div></div></div><div id="foot">Copyright © ${site} 版权所有</div></body></html>`;
}

function textPage(r, { title, site, column, date, source, paras }) {
  if (r.chance(0.5))
    return `欢迎访问${site}!\n当前位置: 首页>新闻中心>${column}\n${title}\n\n发布时间:\n\n${date} ${pad2(r.int(8, 18))}:${pad2(r.int(0, 59))}\n\n信息来源:\n\n${source}\n\n分享到:\n\n\n${paras.join('\n\n')}\n\n\n分享到:\n上一篇：无\n下一篇：无\n`;
  return `${title}\n\n${paras.join('\n')}\n\n${source}\n${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}\n`;
}

function makeNotice(sources, seedSrc, seed, i, kind) {
  const r = randomTools(mulberry32((seed * 1000003 + i * 7919) >>> 0));
  const src = kind === 'seed' ? seedSrc : r.pick(sources);
  const html = kind === 'seed' ? false : r.chance(0.6);
  const gbk = kind === 'seed' ? false : r.chance(0.25);
  const target = kind === 'seed' ? r.int(10800, 13000) : 1024 * 60 ** r.rand();
  const site = r.pick(SITES);
  const ctx = { title: vary(r, src.title), site, column: r.pick(COLUMNS), date: `${r.int(1995, 2025)}-${pad2(r.int(1, 12))}-${pad2(r.int(1, 28))}`, source: r.pick([site, site.replace(/人民政府.*$/, '') + '办公室']) };
  ctx.charset = gbk ? r.pick(['gbk', 'gb2312', 'GB2312', null]) : r.pick(['utf-8', 'UTF-8', null]);
  // The chrome draws from its own stream, so rebuilding the page keeps the same chrome.
  const chromeSeed = r.int(0, 2 ** 31);
  const build = (paras) => {
    const page = (html ? htmlPage : textPage)(randomTools(mulberry32(chromeSeed)), { ...ctx, paras });
    return gbk ? iconv.encode(page, 'gbk') : Buffer.from(page, 'utf8');
  };
  const paras = bodyParas(r, src, Math.max(300, (target - build([]).length) / (gbk ? 0.67 : 1)));
  let bytes = build(paras);
  while (bytes.length > 60 * 1024 && paras.length > 1) bytes = build((paras.pop(), paras));
  while (bytes.length < 1024) bytes = build((paras.push(vary(r, r.pick(src.paras))), paras));
  return { bytes, ext: html ? 'html' : 'txt', html, gbk };
}

/** Make (or reuse) a corpus; returns { dir, list, files, manifest }. */
export function ensureCorpus({ n = 10000, seed = 1, kind = 'mixed', log = () => {} } = {}) {
  const dir = join(os.tmpdir(), `notice-parse-bench-${kind}-${seed}-${n}`);
  const list = join(dir, 'files.txt');
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    log(`generating ${n} ${kind} notices in ${dir} …`);
    rmSync(dir, { recursive: true, force: true });
    const sources = loadSources();
    const seedSrc = sources.find((s) => s.file.endsWith('seed.txt'));
    const files = [];
    const sizes = [];
    let html = 0;
    let gbk = 0;
    for (let i = 0; i < n; i++) {
      const note = makeNotice(sources, seedSrc, seed, i, kind);
      const sub = join(dir, String(Math.floor(i / 100)).padStart(3, '0'));
      if (i % 100 === 0) mkdirSync(sub, { recursive: true });
      const file = join(sub, `${String(i).padStart(5, '0')}.${note.ext}`);
      writeFileSync(file, note.bytes);
      files.push(file);
      sizes.push(note.bytes.length);
      html += note.html;
      gbk += note.gbk;
    }
    writeFileSync(list, files.join('\n') + '\n');
    const bytes = sizes.reduce((a, b) => a + b, 0);
    const manifest = { kind, seed, n, bytes, html, text: n - html, gbk, minKB: Math.min(...sizes) / 1024, medianKB: median(sizes) / 1024, maxKB: Math.max(...sizes) / 1024 };
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  return { dir, list, files, manifest };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs();
  const t = performance.now();
  const { dir, manifest } = ensureCorpus({ n: Number(args.n ?? 10000), seed: Number(args.seed ?? 1), kind: args.kind ?? 'mixed', log: console.error });
  console.log(dir, JSON.stringify(manifest), `${((performance.now() - t) / 1000).toFixed(1)} s`);
}
