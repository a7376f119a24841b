// NFKC, character by character, where it keeps the length: full-width forms (，：（ → ,:( and
// Ａ → A), the ideographic space, compatibility ideographs, circled digits. Expansions such as
// … → ... or ㈠ → (一) are left as they are: no glossary term contains them, and keeping every
// length means NFKC never moves an offset (no map to build on every line of a 20 MB file).
//
// Chinese quotation marks of every style are folded too, double ones to " and single ones to
// ', so that 专精特新「小巨人」 (Taiwan and Hong Kong style), 专精特新“小巨人” and 专精特新"小巨人"
// are one term (issue 12): NFKC alone keeps them apart.
//
// The one NFKC of shuyu: keys, queries, `shuyu check` and lint all use it (a full
// String.prototype.normalize('NFKC') elsewhere once disagreed with the keys on 创新㈠号).
// Kept apart from script.ts so that a lookup on a warm cache normalises without OpenCC's tables.

import { fromUnits, toUnits } from './units.js';

let table: Uint16Array | undefined;

/** For each code unit, its one-unit NFKC form, or 0 when NFKC keeps it or changes its length. */
export function nfkcTable(): Uint16Array {
  if (!table) {
    table = new Uint16Array(65536);
    for (let c = 0xa0; c < 0x10000; c++) {
      if (keepsItself(c)) continue;
      const n = String.fromCharCode(c).normalize('NFKC');
      if (n.length === 1 && n.charCodeAt(0) !== c) table[c] = n.charCodeAt(0);
    }
    for (const [quotes, to] of QUOTES) for (const q of quotes) table[q.charCodeAt(0)] = to;
  }
  return table;
}

/** Quotation marks, by the straight one they fold to: double (“” 「」 〝〞 ﹁﹂) and single (‘’ 『』 ﹃﹄). */
const QUOTES: readonly [string, number][] = [
  ['“”„「」〝〞〟﹁﹂＂', 0x22],
  ['‘’『』﹃﹄＇', 0x27],
];
const QUOTE_OF = new Map(QUOTES.flatMap(([quotes, to]) => [...quotes].map((q) => [q.charCodeAt(0), to] as const)));

/** Below U+00A0, Han ideographs and surrogates: NFKC leaves them alone. */
function keepsItself(c: number): boolean {
  return c < 0xa0 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xd800 && c <= 0xdfff);
}

function nfkcUnit(c: number): number {
  if (keepsItself(c)) return c;
  if (table) return table[c] || c;
  const quote = QUOTE_OF.get(c);
  if (quote !== undefined) return quote;
  const n = String.fromCharCode(c).normalize('NFKC');
  return n.length === 1 ? n.charCodeAt(0) : c;
}

/**
 * NFKC where it keeps the length (see above): the same length as `text`, offsets unchanged.
 * A text longer than 256 units builds the 64K table (~5 ms) and looks up; a shorter one (a
 * query, a key) normalises its few non-ASCII, non-Han characters one by one. Both give the same.
 */
export function nfkcSameLength(text: string): string {
  if (text.length > 256) nfkcTable();
  let i = 0;
  // most text needs nothing: find the first character that changes
  for (; i < text.length; i++) if (nfkcUnit(text.charCodeAt(i)) !== text.charCodeAt(i)) break;
  if (i === text.length) return text;
  const out = toUnits(text);
  for (; i < out.length; i++) out[i] = nfkcUnit(out[i]!);
  return fromUnits(out);
}
