// What the list shows for a search line: the whole glossary (empty line), lookup()'s ranked
// hits (a term, pinyin or English), or the terms of a pasted sentence in text order.
import type { TermIndex } from '../index/term-index.js';
import { chineseQueryKey, lookup, parseQuerySync, type LookupHit, type Query } from '../lookup/lookup.js';
import { normalizeChinese } from '../text/script.js';
import { findTermsInText, hasSentencePunctuation, looksLikeSentence, type TextTerms } from './sentence.js';

export type SearchMode = 'browse' | 'lookup' | 'sentence';

/** One line of the list: an entry, and how it was found. */
export interface ResultRow {
  /** Position of the entry in the index. */
  index: number;
  /** The lookup hit (lookup mode). */
  hit?: LookupHit;
  /** Position in `SearchResult.text.terms` (sentence mode). */
  term?: number;
}

export interface SearchResult {
  mode: SearchMode;
  /** The parsed query (lookup mode), for highlighting. */
  query?: Query;
  rows: ResultRow[];
  /** Entries searched: the whole index, or those of the domain filter. */
  scope: number;
  /** The pasted text and the terms found in it (sentence mode). */
  text?: TextTerms & { source: string };
}

export interface DomainCount {
  name: string;
  count: number;
}

/** The domains of the index with their entry counts, by name (entries without one are left out). */
export function listDomains(index: TermIndex): DomainCount[] {
  const counts = new Map<string, number>();
  const column = index.column('domain');
  for (let i = 0; i < index.size; i++) {
    const d = column.get(i);
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name));
}

export interface SearchOptions {
  domain?: DomainCount;
}

/** Searches the index for the search line's text. Pure; the cost is lookup()'s for a term. */
export function searchGlossary(index: TermIndex, text: string, options: SearchOptions = {}): SearchResult {
  const domain = options.domain?.name;
  const scope = options.domain?.count ?? index.size;
  if (text.trim() === '') return { mode: 'browse', rows: browseRows(index, domain), scope };
  if (looksLikeSentence(text) && !isPartOfTerm(index, text)) {
    const found = findTermsInText(index, text, domain !== undefined ? { domain } : {});
    return {
      mode: 'sentence',
      rows: found.terms.map((t, term) => ({ index: t.index, term })),
      scope,
      text: { ...found, source: text },
    };
  }
  const query = parseQuerySync(text, index, normalizeChinese);
  const hits = lookup(index, query, domain !== undefined ? { domain } : {});
  return { mode: 'lookup', query, rows: hits.map((hit) => ({ index: hit.index, hit })), scope };
}

/** A long term typed so far (成渝地区双城经济…) is still a term while some key contains it. */
function isPartOfTerm(index: TermIndex, text: string): boolean {
  if (hasSentencePunctuation(text)) return false;
  const q = chineseQueryKey(text, index, normalizeChinese);
  return index.column('zh').cellsContaining(q).length > 0;
}

const browseCache = new WeakMap<TermIndex, Map<string, ResultRow[]>>();

/** Every entry in glossary order (of the domain, when filtered); cached, so Esc is instant. */
function browseRows(index: TermIndex, domain: string | undefined): ResultRow[] {
  let perDomain = browseCache.get(index);
  if (!perDomain) browseCache.set(index, (perDomain = new Map()));
  const key = domain ?? '\0all';
  let rows = perDomain.get(key);
  if (!rows) {
    rows = [];
    const column = domain !== undefined ? index.column('domain') : undefined;
    for (let i = 0; i < index.size; i++) if (!column || column.get(i) === domain) rows.push({ index: i });
    perDomain.set(key, rows);
  }
  return rows;
}
