// A second look at a term about to be reported missing: is it really a word of its sentence?
// The automaton finds keys as strings, leftmost and longest first; on real text that misreads
// in two ways (issue 12, measured on official translations): the characters of a term across
// two words (重庆 in 隆重|庆祝 "grand celebrations"), and two terms that overlap, where the one
// taken first is not the one the sentence means (全社会研发经费投入强度 is R&D intensity,
// 研发经费投入强度, not the expenditure 全社会研发经费投入). Only terms about to be reported get
// this look, so it costs nothing where translations are right.
import type { TermIndex } from '../index/term-index.js';
import { HitBuffer } from '../text/aho-corasick.js';
import { normalizeChinese } from '../text/script.js';
import { toUnits } from '../text/units.js';
import { isOnWordBoundaries } from '../text/zh-words.js';

export type Reading =
  /** The term stands as a word (or words) of the sentence. */
  | { kind: 'word' }
  /** Its first or last character belongs to a word outside it. */
  | { kind: 'not-a-word' }
  /** A term that overlaps it and runs on past its end is the sentence's reading (Chinese is head-final). */
  | { kind: 'overlap'; entry: number; start: number; end: number };

const hits = new HitBuffer();

/**
 * How segment text `zh` reads at [start, end), where entry `i`'s key was found (offsets in the
 * original text, which for the overlap test must normalise to the same length).
 */
export function rereadChinese(index: TermIndex, zh: string, i: number, start: number, end: number): Reading {
  const normalized = normalizeChinese(zh);
  if (normalized.length === zh.length) {
    const { ac, owners } = index.chineseAutomaton();
    const units = toUnits(normalized);
    let best: Reading | undefined;
    for (let p = start + 1; p < end; p++) {
      hits.clear();
      ac.keysAt(units, p, units.length, hits);
      for (let h = 0; h < hits.length; h++) {
        const e = hits.end(h);
        const entry = owners[hits.key(h)]!;
        if (e > end && entry !== i && isOnWordBoundaries(zh, p, e) && (!best || best.kind !== 'overlap' || e > best.end)) best = { kind: 'overlap', entry, start: p, end: e };
      }
      if (best) return best;
    }
  }
  return isOnWordBoundaries(zh, start, end) ? { kind: 'word' } : { kind: 'not-a-word' };
}

/**
 * Whether [start, end) lies inside a 《…》 title: news English names a document by what it is
 * ("a guideline on building Zhejiang into a demonstration zone") rather than translating its
 * title word by word, so the terms inside a title are checked as relaxed ones.
 */
export function isInTitle(zh: string, start: number, end: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0; i--) {
    const c = zh.charCodeAt(i);
    if (c === CLOSE_TITLE) return false;
    if (c === OPEN_TITLE) {
      open = i;
      break;
    }
  }
  if (open === -1) return false;
  for (let i = end; i < zh.length; i++) {
    const c = zh.charCodeAt(i);
    if (c === OPEN_TITLE) return false;
    if (c === CLOSE_TITLE) return true;
  }
  return false;
}

const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
