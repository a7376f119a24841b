// Where a query matched inside the text a row shows, so the list can highlight it: the
// Chinese substring, the pinyin letters typed (initials jbgs, prefixes jiebang), the English words.
import { splitSyllables, stripTones } from '../text/pinyin-keys.js';

/** Half-open UTF-16 range `[start, end)` of a displayed string. */
export interface Range {
  start: number;
  end: number;
}

/** Every occurrence of `needle` in `text` (a Chinese query in a term). */
export function substringRanges(text: string, needle: string): Range[] {
  const out: Range[] = [];
  if (!needle) return out;
  for (let p = text.indexOf(needle); p !== -1; p = text.indexOf(needle, p + needle.length)) out.push({ start: p, end: p + needle.length });
  return out;
}

/**
 * The query's English words where they start a word of `text`, ignoring case (`pilot scale`
 * in `Pilot-scale testing platform`). Words are as englishKey() gives them: lower case.
 */
export function wordRanges(text: string, words: readonly string[]): Range[] {
  const lower = text.toLowerCase();
  const out: Range[] = [];
  for (const w of words) {
    if (!w) continue;
    for (let p = lower.indexOf(w); p !== -1; p = lower.indexOf(w, p + 1)) {
      if (p > 0 && /[\p{L}\p{N}]/u.test(lower[p - 1]!)) continue;
      out.push({ start: p, end: p + w.length });
    }
  }
  return mergeRanges(out);
}

/** A syllable of displayed pinyin: its toneless letters and where each letter is in the display. */
interface Syllable {
  letters: string;
  at: number[];
  ends: number[];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The syllables of pinyin as displayed (`jiē bǎng`, `Chóngqìng`, `Liǎngjiāng Xīnqū`), with offsets. */
function displaySyllables(display: string): Syllable[] {
  const out: Syllable[] = [];
  let word: { letters: string; at: number[]; ends: number[] } = { letters: '', at: [], ends: [] };
  const flush = () => {
    if (!word.letters) return;
    const split = splitSyllables(word.letters) ?? [word.letters];
    let k = 0;
    for (const syl of split) {
      out.push({ letters: syl, at: word.at.slice(k, k + syl.length), ends: word.ends.slice(k, k + syl.length) });
      k += syl.length;
    }
    word = { letters: '', at: [], ends: [] };
  };
  for (const { segment, index } of segmenter.segment(display)) {
    const base = stripTones(segment).replace(/[^a-z]/g, '');
    if (base.length === 1) {
      word.letters += base;
      word.at.push(index);
      word.ends.push(index + segment.length);
    } else flush();
  }
  flush();
  return out;
}

/**
 * The letters of displayed pinyin that a toneless query typed: each query letter continues the
 * current syllable or starts the next one (jbgs, jiebang, jbguas), from the first syllable if it
 * can, else from a later one. Empty when the query does not cover the pinyin that way.
 */
export function pinyinRanges(display: string, query: string): Range[] {
  const q = query.toLowerCase().replace(/[^a-z]/g, '');
  if (!q) return [];
  const syllables = displaySyllables(display);
  const cover = (pos: number, s: number, taken: Range[]): Range[] | undefined => {
    if (pos === q.length) return taken;
    const syl = syllables[s];
    if (!syl || syl.letters[0] !== q[pos]) return undefined;
    let len = 1;
    while (len < syl.letters.length && pos + len < q.length && syl.letters[len] === q[pos + len]) len++;
    for (; len >= 1; len--) {
      const r = cover(pos + len, s + 1, [...taken, { start: syl.at[0]!, end: syl.ends[len - 1]! }]);
      if (r) return r;
    }
    return undefined;
  };
  for (let s = 0; s < syllables.length; s++) {
    const r = cover(0, s, []);
    if (r) return r;
  }
  return [];
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
