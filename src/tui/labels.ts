// The words around the list: the count ("12 of 214"), what the list is showing, and what to
// do when it is empty.
import type { SearchResult, DomainCount } from './search.js';

const number = (n: number) => n.toLocaleString('en-US');

/** Right-hand side of the search line: the domain filter and "12 of 214" (or the terms found in a text). */
export function countLabel(result: SearchResult, domain: DomainCount | undefined): string {
  const where = domain ? `${domain.name} · ` : '';
  const n = result.rows.length;
  if (result.mode === 'sentence') return `${where}${number(n)} term${n === 1 ? '' : 's'} in the text`;
  return `${where}${number(n)} of ${number(result.scope)}`;
}

/** The rule above the list: what it shows and in what order, the selected position, rows out of view. */
export function listLabel(result: SearchResult, domain: DomainCount | undefined, selected: number, above: number, below: number): string {
  const n = result.rows.length;
  const position = n > 0 ? ` · ${number(selected + 1)}/${number(n)}` : '';
  const more = below > 0 ? ` · ↓ ${number(below)} more` : above > 0 ? ' · ↑ more above' : '';
  switch (result.mode) {
    case 'browse':
      return `all entries${domain ? ` in ${domain.name}` : ''}, in glossary order${position}${more}`;
    case 'lookup':
      return `best match first${position}${more}`;
    case 'sentence':
      return `sentence mode: glossary terms in text order${position}${more}`;
  }
}

/** What the list says when nothing is in it. */
export function emptyLabel(result: SearchResult, domain: DomainCount | undefined, query: string): string {
  const scope = domain ? ` in ${domain.name} (Tab changes the domain filter)` : '';
  if (result.mode === 'sentence') return `No glossary term in this text${scope}.`;
  if (result.mode === 'browse') return `No entries${scope}.`;
  return `Nothing matches “${query.trim()}”${scope}. Try the Chinese in either script, pinyin with or without tones (jiebang, jbgs), or an English word.`;
}
