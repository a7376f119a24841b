// Terms in an English source (en→zh): which renderings mark a term there, and how overlapping
// matches are resolved.
import type { IndexedEntry } from '../index/term-index.js';
import type { PhraseMatch } from '../text/english.js';

/**
 * Whether a rendering marks the term in an English source (en→zh). A one-word rendering that
 * is an ordinary English word (issue, source, level, enable: renderings of 印发, 策源地, 能级,
 * 赋能) translates many other things, and matching it on every occurrence buries the real
 * problems: on the real Xcode and Angular files it gave every error. So a one-word rendering
 * counts only when it is a name or an acronym (capitalised in the glossary), or the entry's
 * preferred rendering of a noun that is a term of art by its length (incubator, makerspace);
 * and entries that are verbs (落地 "set up", 印发 "issue") are not looked for at all.
 */
export function isSourceKey(e: IndexedEntry, rendering: string): boolean {
  // a verb's renderings (set up, issue, empower) are everyday English in any software string
  if (e.pos === 'verb') return false;
  const words = rendering.trim().split(/[\s\-–]+/);
  if (words.length > 1) return true;
  if (/^[A-Z0-9]/.test(rendering)) return true;
  return rendering === e.en && rendering.length >= 8 && e.pos !== 'adjective';
}

/** An acronym (HNTE, MOST, CAS) is matched with its case: "most" is not the ministry. */
export function isAcronym(rendering: string): boolean {
  return /^[A-Z0-9&]{2,}s?$/.test(rendering.trim());
}

/** Keeps the longest of overlapping matches ("pilot-scale testing platform" over "platform"). */
export function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}
