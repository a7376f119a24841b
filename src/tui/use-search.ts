// The search for the current line, recomputed only when the line or the domain filter changes.
import { useMemo } from 'react';
import type { TermIndex } from '../index/term-index.js';
import { searchGlossary, type DomainCount, type SearchResult } from './search.js';

export function useSearch(index: TermIndex, query: string, domain: DomainCount | undefined): SearchResult {
  return useMemo(() => searchGlossary(index, query, domain ? { domain } : {}), [index, query, domain]);
}
