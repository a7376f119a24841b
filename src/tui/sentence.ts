// Sentence mode: a translator pastes a source sentence or paragraph into the search line and
// sees the glossary terms in it, in text order, found by the same matcher as lint (NFKC,
// traditional → simplified, longest match, no overlaps).
import type { TermIndex } from '../index/term-index.js';
import { isHan } from '../text/han.js';
import { originalSpan, toSimplifiedMapped, type Span } from '../text/script.js';

/** A glossary entry found in the text, once per entry, at its first occurrence. */
export interface TextTerm {
  /** Position of the entry in the index. */
  index: number;
  /** The key that matched first: the entry's `zh`, a `zh_also` or a regional form (normalised). */
  key: string;
  /** Every occurrence, as half-open UTF-16 spans of the original text, in text order. */
  spans: Span[];
}

export interface TextTerms {
  /** One per entry, ordered by first occurrence. */
  terms: TextTerm[];
  /** Every occurrence of every term, in text order; `term` indexes `terms`. */
  occurrences: (Span & { term: number })[];
}

// Sentence punctuation (Chinese and ASCII) and line breaks: terms don't contain them, text does.
const PUNCTUATION = /[，。、；：！？“”‘’「」『』（）《》〈〉【】…—,.;:!?()\n]/u;

/** Sentence mode starts at this many Han characters (longer than nearly every glossary term). */
export const SENTENCE_HAN_CHARS = 8;

/** Whether a query is Chinese running text rather than a term: ≥ 8 Han characters, or 2 with punctuation. */
export function looksLikeSentence(text: string): boolean {
  let han = 0;
  for (const ch of text) if (isHan(ch)) han++;
  if (han < 2) return false;
  return han >= SENTENCE_HAN_CHARS || PUNCTUATION.test(text);
}

/** Whether the text has sentence punctuation, which no term has (so it is text for sure). */
export function hasSentencePunctuation(text: string): boolean {
  return PUNCTUATION.test(text);
}

/**
 * The glossary terms in `text`, by the lint matcher (longest match first, no overlaps), mapped
 * back to the original text. With `domain`, only that domain's entries are kept.
 */
export function findTermsInText(index: TermIndex, text: string, options: { domain?: string } = {}): TextTerms {
  const mapped = toSimplifiedMapped(text);
  const domains = options.domain !== undefined ? index.column('domain') : undefined;
  const terms: TextTerm[] = [];
  const byEntry = new Map<number, number>();
  const occurrences: (Span & { term: number })[] = [];
  for (const hit of index.matchChinese(mapped.text)) {
    if (domains && domains.get(hit.index) !== options.domain) continue;
    const span = originalSpan(mapped, hit.start, hit.end);
    let t = byEntry.get(hit.index);
    if (t === undefined) {
      t = terms.length;
      byEntry.set(hit.index, t);
      terms.push({ index: hit.index, key: hit.key, spans: [] });
    }
    terms[t]!.spans.push(span);
    occurrences.push({ ...span, term: t });
  }
  return { terms, occurrences };
}
