// Word boundaries in Chinese text, from ICU's dictionary segmenter (Intl.Segmenter with `zh`,
// which Node ships with full ICU). Lint uses them to tell a term from the same characters
// across two words: 重庆 in 隆重庆祝 is 隆重|庆祝, "grand celebrations", not Chongqing.
//
// Segmenting is costly next to the automaton's scan, so it is asked only about a term about to
// be reported, on a window of a few characters either side, and the answers are cached by
// window: real text repeats its contexts.

import { ownString } from './own-string.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Characters either side of a span that the segmenter sees: enough for ICU's longest words. */
const CONTEXT = 6;
const cache = new Map<string, boolean>();
/** Enough for the contexts of a long document; cleared when full, so memory stays bounded. */
const CACHE_LIMIT = 50_000;

/**
 * Whether [start, end) of `text` reads as a word (or words) of its sentence. The span may hold
 * several words (中试|平台). An edge inside a word of the segmentation counts against it only when
 * that word is at least as long as the span, or both edges fall inside words: ICU's dictionary
 * has 家中 "at home", and 首批21家中试平台 is still 21 pilot-scale testing platforms, while 重庆
 * in 隆重|庆祝 is cut on both sides by words as long as itself.
 */
export function isOnWordBoundaries(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const window = ownString(text.slice(from, to)); // a cache key must not keep its segment alive
  const key = `${start - from}:${end - from}:${window}`;
  let answer = cache.get(key);
  if (answer === undefined) {
    answer = edgesAreBoundaries(window, start - from, end - from);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, answer);
  }
  return answer;
}

function edgesAreBoundaries(window: string, start: number, end: number): boolean {
  const length = end - start;
  let crossed = 0;
  for (const s of segmenter.segment(window)) {
    const from = s.index;
    const to = from + s.segment.length;
    if (from >= end) break;
    const crosses = (from < start && to > start) || (from < end && to > end);
    if (!crosses) continue;
    if (to - from >= length) return false;
    crossed++;
  }
  return crossed < 2;
}
