// The search for the current line, run just after the key that changed it rather than inside
// it: the typed character is drawn first, and when searches take longer than keys come in (a
// single letter over 100,000 entries), the keys that queued meanwhile are read as one chunk
// and searched once, so the search line never lags behind the fingers.
import { useEffect, useState } from 'react';
import type { TermIndex } from '../index/term-index.js';
import { searchGlossary, type DomainCount, type SearchResult } from './search.js';

export interface SearchState {
  /** The latest finished search: for `query`, or for an earlier line while `pending`. */
  result: SearchResult;
  /** A search for the current line is still to run. */
  pending: boolean;
}

interface Done {
  index: TermIndex;
  query: string;
  domain: DomainCount | undefined;
  result: SearchResult;
}

const search = (index: TermIndex, query: string, domain: DomainCount | undefined): Done => ({
  index,
  query,
  domain,
  result: searchGlossary(index, query, domain ? { domain } : {}),
});

export function useSearch(index: TermIndex, query: string, domain: DomainCount | undefined): SearchState {
  const [done, setDone] = useState<Done>(() => search(index, query, domain));
  const current = done.index === index && done.query === query && done.domain === domain;
  useEffect(() => {
    if (current) return;
    const timer = setTimeout(() => setDone(search(index, query, domain)), 0);
    return () => clearTimeout(timer);
  }, [current, index, query, domain]);
  return { result: done.result, pending: !current };
}
