// Script normalisation: NFKC, then traditional → simplified with OpenCC's phrase tables,
// keeping a map from every unit of the converted text back into the original.
//
// opencc-js's Converter returns only a string, and phrase tables change lengths
// (網際網路 → 互联网), so we walk the same tables ourselves and record, for every output
// unit, the span of the original it came from.
import { AhoCorasick, mayStart, type PrefixFilter } from './aho-corasick.js';
import { nfkcSameLength, nfkcTable } from './nfkc.js';
// the NFKC step alone, for callers that already load this module
export { nfkcSameLength } from './nfkc.js';
import { fromUnits, toUnits } from './units.js';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Text after normalisation, with its way back. For output unit `i` (0-based), the unit came
 * from `original.slice(starts[i], ends[i])`. `starts`/`ends` are null when the text is the
 * original unchanged (the common case: simplified text in NFKC form).
 */
export interface MappedText {
  text: string;
  starts: Int32Array | null;
  ends: Int32Array | null;
}

/** Half-open span `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

// OpenCC's tw2s and hk2s chains: regional variant characters first, then the generic T→S
// phrase and character tables (which settle one-to-many cases such as 乾/幹 → 干 by phrase).
//
// Deliberately not OpenCC's Taiwan phrase table (TWPhrasesRev, the `twp` locale): it is IT
// vocabulary that rewrites ordinary policy words in running text (執行 → 运行, 建立 → 创建,
// 指標 → 指针, 核心 → 内核, 專案 → 项目). Regional vocabulary (網際網路 for 互联网) is matched
// instead through regional keys the index derives for each entry (index/build-index.ts).
//
// Each stage is kept as typed tables: a table of its one-unit conversions, a mark on the units
// that may start a longer key, and those longer keys in a trie. One walk of them (keyAt) serves
// both conversions: in place, for text whose length does not change (almost all: no offset map,
// and lint converts a batch of segments in one buffer without building strings), and mapped, for
// the rest. test/text/script.test.ts pins both, and the two ways of spotting traditional text,
// against each other and against OpenCC's own converter.
interface Stage {
  /** One-unit conversion of each code unit (0: unchanged). */
  table: Uint16Array;
  /** 1 where a code unit may start a key longer than one unit, or one whose value is not one unit. */
  longStart: Uint8Array;
  /** Those keys, as a trie to find the longest at a position, its prefix filter, and their values by key. */
  long: AhoCorasick;
  filter: PrefixFilter;
  keys: string[];
  values: string[];
}

let chain: [Stage, Stage] | undefined;
function conversionChain(): [Stage, Stage] {
  if (!chain) chain = [stage([TWVariantsRevPhrases, TWVariantsRev, HKVariantsRevPhrases, HKVariantsRev]), stage([TSPhrases, TSCharacters])];
  return chain;
}

function stage(dicts: string[]): Stage {
  // OpenCC loads a group's dictionaries last to first, each overriding: the first one's value
  // wins; a key's value is its first candidate ("乾 乾 干")
  const pairs = new Map<string, string>();
  for (const dict of [...dicts].reverse()) {
    for (const pair of dict.split('|')) {
      const space = pair.indexOf(' ');
      if (space > 0) pairs.set(pair.slice(0, space), pair.slice(space + 1).split(' ')[0]!);
    }
  }
  const table = new Uint16Array(65536);
  const longStart = new Uint8Array(65536);
  const keys: string[] = [];
  const values: string[] = [];
  for (const [key, value] of pairs) {
    if (key.length === 1 && value.length === 1) {
      table[key.charCodeAt(0)] = value.charCodeAt(0);
      continue;
    }
    longStart[key.charCodeAt(0)] = 1;
    keys.push(key);
    values.push(value);
  }
  const long = new AhoCorasick(keys);
  return { table, longStart, long, filter: long.prefixFilter(), keys, values };
}

/** The longer key (see Stage) that OpenCC converts at `units[i]`, the longest there, or -1. */
function keyAt(st: Stage, units: Uint16Array, i: number, to: number): number {
  return st.longStart[units[i]!] === 1 && mayStart(st.filter, units, i, to) ? st.long.walk(units, i, to) : -1;
}

/**
 * Converts `units[from, to)` in place by one stage, as OpenCC would (the longest key at each
 * position, left to right); false when a conversion would change the length (nothing is then
 * promised about the units).
 */
function convertUnits(st: Stage, units: Uint16Array, from: number, to: number): boolean {
  // lint's hot loop on traditional text: keyAt written out, over locals
  const { table, longStart, long, filter, keys, values } = st;
  for (let i = from; i < to; ) {
    const c = units[i]!;
    const n = longStart[c] === 1 && mayStart(filter, units, i, to) ? long.walk(units, i, to) : -1;
    if (n !== -1) {
      const key = keys[n]!;
      const value = values[n]!;
      if (value.length !== key.length) return false;
      for (let k = 0; k < value.length; k++) units[i + k] = value.charCodeAt(k);
      i += key.length;
      continue;
    }
    const t = table[c]!;
    if (t !== 0) units[i] = t;
    i++;
  }
  return true;
}

/** Converts a text by one stage like convertUnits, into a new text with its map back to `input`'s original. */
function convertMapped(st: Stage, input: MappedText): MappedText {
  const units = toUnits(input.text);
  const out: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < units.length; ) {
    const n = keyAt(st, units, i, units.length);
    const length = n === -1 ? 1 : st.keys[n]!.length;
    const first = spanOf(input, i);
    const last = spanOf(input, i + length - 1);
    if (n === -1) out.push(st.table[units[i]!] || units[i]!);
    else for (let k = 0; k < st.values[n]!.length; k++) out.push(st.values[n]!.charCodeAt(k));
    // same length: map unit by unit, so a one-character change keeps exact columns
    const from = starts.length;
    const sameLength = out.length - from === length;
    for (let k = from; k < out.length; k++) {
      const sp = sameLength ? spanOf(input, i + k - from) : undefined;
      starts.push(sp ? sp.start : first.start);
      ends.push(sp ? sp.end : last.end);
    }
    i += length;
  }
  return { text: fromUnits(Uint16Array.from(out)), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

const NFKC = 1;
const TRADITIONAL = 2;
let marks: Uint8Array | undefined;
/** For each code unit: NFKC changes it (1), the T→S tables change it (2): one small table to scan text with. */
function unitMarks(): Uint8Array {
  if (!marks) {
    marks = new Uint8Array(65536);
    const nfkc = nfkcTable();
    const traditional = traditionalTable();
    for (let c = 0; c < 65536; c++) marks[c] = (nfkc[c] !== 0 ? NFKC : 0) | (c >= 0x2e80 && traditional[c] === 1 ? TRADITIONAL : 0);
  }
  return marks;
}

// OpenCC's character tables, whose changes mark traditional text.
const CHARACTER_TABLES = [TSCharacters, TWVariantsRev, HKVariantsRev];

let traditionalChars: Uint8Array | undefined;
/** 1 for the code units that the T→S character tables change: the mark of traditional text. */
function traditionalTable(): Uint8Array {
  if (!traditionalChars) {
    traditionalChars = new Uint8Array(65536);
    for (const dict of CHARACTER_TABLES) {
      for (const pair of dict.split('|')) {
        const [from, to] = pair.split(' ');
        // astral characters are marked by their lead surrogate: a false alarm only costs time
        if (from && to && from !== to.split(' ')[0]) traditionalChars[from.charCodeAt(0)] = 1;
      }
    }
  }
  return traditionalChars;
}

/**
 * How to spot traditional characters. `table` builds a table of them on first use (~15 ms) and
 * then scans any amount of text: for many texts (a file's segments, a glossary's keys). `scan`
 * searches OpenCC's character lists for each Han character of the text instead: for one short
 * text, a query, which then never pays for the table. Both give the same answer.
 */
export type Detect = 'table' | 'scan';

/**
 * Whether the text may contain a character that T→S conversion changes. A cheap scan that lets
 * simplified text (most input) skip the conversion, which runs at only a few MB/s.
 */
export function hasTraditional(text: string, detect: Detect = 'table'): boolean {
  if (detect === 'scan') return scanTraditional(text);
  const table = traditionalTable();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80 && table[c] === 1) return true;
  }
  return false;
}

function scanTraditional(text: string): boolean {
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x2e80) continue;
    for (const dict of CHARACTER_TABLES) {
      // entries are "from to|from to|…"; a character counts when it starts an entry that changes it
      for (let i = dict.indexOf(ch); i !== -1; i = dict.indexOf(ch, i + 1)) {
        if ((i === 0 || dict[i - 1] === '|') && dict[i + ch.length] === ' ' && !dict.startsWith(`${ch}|`, i + ch.length + 1) && dict.slice(i + ch.length + 1, i + 2 * ch.length + 1) !== ch) return true;
      }
    }
  }
  return false;
}

function identity(text: string): MappedText {
  return { text, starts: null, ends: null };
}

function spanOf(mapped: MappedText, i: number): Span {
  return mapped.starts ? { start: mapped.starts[i]!, end: mapped.ends![i]! } : { start: i, end: i + 1 };
}

/**
 * NFKC, then traditional → simplified (中試平臺 → 中试平台, 重慶 → 重庆), with a map back into
 * `text`. Simplified input returns at once. Text with no character that the tables change is
 * left alone entirely, so a simplified 核心 or 执行 is never touched.
 */
export function toSimplifiedMapped(text: string, detect: Detect = 'table'): MappedText {
  const nfkc = nfkcSameLength(text);
  if (!hasTraditional(nfkc, detect)) return identity(nfkc);
  // the common case: every conversion keeps the length, so offsets stay as they were
  const units = toUnits(nfkc);
  const stages = conversionChain();
  if (convertUnits(stages[0], units, 0, units.length) && convertUnits(stages[1], units, 0, units.length)) return identity(fromUnits(units));
  let mapped = identity(nfkc);
  for (const st of stages) mapped = convertMapped(st, mapped);
  return mapped;
}

/** What normalizeInto did to a text. */
export const Normalized = {
  /** The text was already normal: the units are its own. */
  Same: 0,
  /** Some units changed; the length did not. */
  Changed: 1,
  /** A conversion changes the length: use toSimplifiedMapped, whose map follows the change. */
  Length: 2,
} as const;
export type Normalized = (typeof Normalized)[keyof typeof Normalized];

/**
 * toSimplifiedMapped of the text in `units[from, to)`, in place, for text whose length the
 * conversion keeps (almost all). One pass does NFKC and spots traditional characters; only text
 * that has one goes through the two conversion stages. Lint writes a batch of segments into
 * one buffer (Buffer.write copies a string's units natively) and normalises each in place.
 */
export function normalizeUnits(units: Uint16Array, from: number, to: number): Normalized {
  const marks = unitMarks();
  let found = 0;
  for (let i = from; i < to; i++) found |= marks[units[i]!]!;
  if (found === 0) return Normalized.Same; // most segments: nothing to change
  let changed = false;
  let convert = false;
  if ((found & NFKC) !== 0) {
    const nfkc = nfkcTable();
    // a traditional character already there, or one a full-width form turns into (rare)
    convert = (found & TRADITIONAL) !== 0;
    for (let i = from; i < to; i++) {
      const c = nfkc[units[i]!]!;
      if (c === 0) continue;
      units[i] = c;
      changed = true;
      if ((marks[c]! & TRADITIONAL) !== 0) convert = true;
    }
  } else convert = true;
  if (!convert) return changed ? Normalized.Changed : Normalized.Same;
  const [first, second] = conversionChain();
  return convertUnits(first, units, from, to) && convertUnits(second, units, from, to) ? Normalized.Changed : Normalized.Length;
}

/** NFKC + traditional → simplified: the identity form of Chinese keys and queries. */
export function normalizeChinese(text: string): string {
  return toSimplifiedMapped(text).text;
}

/** Maps a half-open span of the normalised text back to the original text. */
export function originalSpan(mapped: MappedText, start: number, end: number): Span {
  if (!mapped.starts) return { start, end };
  if (end <= start) {
    const at = start < mapped.starts.length ? mapped.starts[start]! : mapped.ends![mapped.ends!.length - 1] ?? 0;
    return { start: at, end: at };
  }
  return { start: mapped.starts[start]!, end: mapped.ends![end - 1]! };
}
