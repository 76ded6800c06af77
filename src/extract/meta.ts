/**
 * The metadata, from the best source first: the gov-site <meta> tags, then
 * labelled lines in the page text, then what <title> implies.
 */
import type { Diagnostic, Meta } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import type { Head } from './head.js';
import type { HtmlPage } from './html/index.js';
import { documentTitleParts } from './html/page-facts.js';
import { readMetaDate } from './meta-date.js';

/** Breadcrumbs often end at the article itself: 首页 > 通知公告 > 正文. */
const NOT_A_COLUMN = new Set(['正文', '详情', '详细内容', '内容', '正文内容', '查看']);

/** <meta> names that carry the publication time, best first. */
const PUBLISHED_TAGS = ['pubdate', 'publishdate', 'firstpublishedtime', 'article:published_time', 'og:release_date'];

export function readMeta(head: Head, page: HtmlPage | null, diagnostics: Diagnostic[]): Meta {
  const tag = (name: string) => page?.metaTags.get(name) || null;
  const { labels, breadcrumb } = head;
  const fromTag = PUBLISHED_TAGS.map(tag).find((value) => value !== null) ?? null;
  const written = labels.writtenAt ?? null;
  return {
    site: tag('sitename') ?? head.site ?? (page ? siteFromDocumentTitle(page.documentTitle) : null),
    breadcrumb,
    column: tag('columnname') ?? breadcrumb.filter((entry) => !NOT_A_COLUMN.has(entry)).at(-1) ?? null,
    publishedAt: choosePublished(fromTag === null ? null : readMetaDate(fromTag), labels.publishedAt ? readMetaDate(labels.publishedAt) : null, diagnostics),
    source: tag('contentsource') ?? labels.source ?? null,
    author: tag('author') ?? labels.author ?? null,
    url: tag('url') ?? page?.canonicalUrl ?? null,
    docNumber: labels.docNumber ?? null,
    issuer: labels.issuer ?? null,
    writtenAt: written === null ? null : readMetaDate(written),
    keywords: splitKeywords(tag('keywords') ?? labels.keywords ?? ''),
    siteDomain: tag('sitedomain'),
    siteIdCode: tag('siteidcode'),
    columnType: tag('columntype'),
    description: tag('description'),
  };
}

/**
 * The <meta> tag wins over the page's 发布时间 line, but where both name the
 * same day the one with the time is kept; where they disagree, say so.
 */
function choosePublished(fromTag: string | null, fromText: string | null, diagnostics: Diagnostic[]): string | null {
  if (fromTag === null || fromText === null) return fromTag ?? fromText;
  if (fromTag.slice(0, 10) === fromText.slice(0, 10)) return fromText.length > fromTag.length ? fromText : fromTag;
  diagnostics.push(diagnostic('warning', 'meta/published-conflict', `the page's <meta> says it was published ${fromTag}, its text says ${fromText}; kept the <meta> date`));
  return fromTag;
}

/** Keywords are listed with commas, 、, semicolons or blanks. */
function splitKeywords(list: string): string[] {
  return list.split(/[,，、;；\s]+/).filter((k) => k !== '');
}

/** `通知公告_通辽经济技术开发区` → the part after the last separator, when there is one. */
function siteFromDocumentTitle(documentTitle: string | null): string | null {
  const parts = documentTitleParts(documentTitle);
  return parts.length > 1 ? parts.at(-1)! : null;
}
