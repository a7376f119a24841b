// English matching shared by lookup, lint and check: words, not characters.
//
// A rendering matches text when its words appear in order as whole words, ignoring case
// (unless the entry is case-sensitive), punctuation between words (space, hyphen, en dash,
// commas and quotes are all the same), and regular nominal inflection of each word
// (platform/platforms/platform's, city/cities, enterprise/enterprises, box/boxes).
// Inflection is checked by generating the base forms a text word could have and comparing
// them with the rendering's word, never by stripping suffixes from the rendering:
// stripping turns "enterprises" into "enterpris", and "managerial" must never match "manager".

import { AhoCorasick, HitBuffer } from './aho-corasick.js';
import { toUnits } from './units.js';

/** A word of English text with its half-open UTF-16 span in the text it came from. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a text, in order, with their spans. Punctuation and spacing separate words. */
export function englishWords(text: string): Word[] {
  const words: Word[] = [];
  for (let word = nextWord(text, 0); word; word = nextWord(text, word.end)) words.push(word);
  return words;
}

/**
 * The first word at or after `from`, curly apostrophes made straight: letters and digits joined by
 * an apostrophe (' or ’) between letters (don't), plus a plural possessive's after an s (firms').
 * A scanner rather than a global regex, whose `lastIndex` would be state shared by every caller.
 */
function nextWord(text: string, from: number): Word | undefined {
  const n = text.length;
  let i = from;
  while (i < n && !isWordAt(text, i)) i++;
  if (i >= n) return undefined;
  const start = i;
  for (;;) {
    while (i < n && isWordAt(text, i)) i++;
    if (isApostrophe(text.charCodeAt(i)) && isWordAt(text, i + 1)) i++;
    else break;
  }
  if (text.charCodeAt(i - 1) === LOWER_S && isApostrophe(text.charCodeAt(i))) i++;
  const word = text.slice(start, i);
  return { text: word.includes('’') ? word.replaceAll('’', "'") : word, start, end: i };
}

/**
 * The forms a text word may be an inflection of, the word itself first:
 * `cities` → cities, city, citie, citi; `platform's` → platform's, platform; `boxes` → boxes, box, boxe.
 * Spurious forms (`citi`) are harmless: a form only counts when it equals a rendering's word.
 */
export function baseForms(word: string): string[] {
  // every ending handled below ends in s or an apostrophe: most words need no work at all
  const last = word.charCodeAt(word.length - 1);
  if (last !== LOWER_S && last !== UPPER_S && last !== APOSTROPHE) return [word];
  const forms = [word];
  let w = word;
  if (/'s$/i.test(w)) {
    w = w.slice(0, -2);
    forms.push(w);
  } else if (/s'$/i.test(w)) {
    w = w.slice(0, -1);
    forms.push(w);
  }
  if (w.length > 3 && /ies$/i.test(w)) forms.push(w.slice(0, -3) + (w.endsWith('IES') ? 'Y' : 'y'));
  if (w.length > 3 && /(?:s|x|z|ch|sh|o)es$/i.test(w)) forms.push(w.slice(0, -2));
  if (w.length > 2 && /[^s']s$/i.test(w)) forms.push(w.slice(0, -1));
  return forms;
}

/** The word key of a rendering: its words in lower case (unless case-sensitive), space-joined. */
export function englishKey(text: string, caseSensitive = false): string {
  return englishWords(text)
    .map((w) => (caseSensitive ? w.text : w.text.toLowerCase()))
    .join(' ');
}

/** A phrase to find in English text, with a payload the caller gets back on a match. */
export interface Phrase<T> {
  text: string;
  caseSensitive: boolean;
  value: T;
}

/** A match of a phrase: its payload and the span in the text. */
export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  start: number;
  end: number;
}

interface Compiled<T> {
  phrase: Phrase<T>;
  words: string[];
  /** Its position in the matcher. */
  order: number;
  /** The rendering as written (flattened as the text is): what a translation most often has. */
  joined: string;
  /** What every inflection of each word starts with, in lower case (city → cit, for cities). */
  stems: string[];
  /** The first word's stem. */
  stem: string;
}

/**
 * English text prepared once for many phrase checks: flattened (curly apostrophes straight,
 * lower case, the same length as the text) only when a check needs it.
 */
export class EnglishText {
  private _flat?: string;
  private _flatLower?: string;

  constructor(readonly text: string) {}

  /**
   * The text with curly apostrophes straight, lower-cased unless `caseSensitive`; the same
   * length as the text, so offsets in it are offsets in the text.
   */
  flat(caseSensitive: boolean): string {
    this._flat ??= this.text.includes('\u2019') ? this.text.replace(/\u2019/g, "'") : this.text;
    return caseSensitive ? this._flat : (this._flatLower ??= lowerSameLength(this._flat));
  }
}

/** Lower case, unit for unit: a letter whose lower case is longer (İ) stays as it is. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

const APOSTROPHE = 39; // '
const RIGHT_QUOTE = 0x2019; // ’, the curly apostrophe
const LOWER_S = 115, UPPER_S = 83;

const isApostrophe = (c: number): boolean => c === APOSTROPHE || c === RIGHT_QUOTE;

/** Letters and digits among the ASCII code units. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (/[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0));
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Word characters above ASCII, decided once each: 1 a letter or digit, 2 not, 0 not yet known. */
const wordCodes = new Uint8Array(65536);

/** Whether the character at `i` is a letter or a digit (false past the end). */
function isWordAt(hay: string, i: number): boolean {
  const c = hay.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] === 1;
  if (c !== c) return false; // NaN: past the end
  if (c >= 0xd800 && c <= 0xdfff) {
    // an astral character: look at the whole code point
    const start = c >= 0xdc00 && i > 0 ? i - 1 : i;
    return WORD_CHAR.test(String.fromCodePoint(hay.codePointAt(start)!));
  }
  let known = wordCodes[c]!;
  if (known === 0) wordCodes[c] = known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}


/**
 * Whether a word starts at `i` of flattened text: a letter or digit, not inside a word. An
 * apostrophe joins letters only, so a word may follow an opening quote ('pilot platform').
 */
function wordStartsAt(hay: string, i: number): boolean {
  if (i === 0) return isWordAt(hay, 0);
  if (isWordAt(hay, i - 1)) return false;
  return !(hay.charCodeAt(i - 1) === APOSTROPHE && isWordAt(hay, i - 2));
}

/**
 * Whether the word that reaches `p` of flattened text goes on there: a letter or digit, or an
 * apostrophe with a letter after it (don't, platform's).
 */
function wordGoesOn(hay: string, p: number): boolean {
  return isWordAt(hay, p) || (hay.charCodeAt(p) === APOSTROPHE && isWordAt(hay, p + 1));
}

const ENDINGS = ['', 's', 'es', "'s", "s'"];

/** Where a match whose last word ends at `p` ends, with a plural or possessive ending; -1 if the word goes on. */
function endOfMatch(hay: string, p: number): number {
  // most often the word is followed by a space or punctuation
  if (!wordGoesOn(hay, p)) return p;
  for (const ending of ENDINGS) {
    if (ending && !hay.startsWith(ending, p)) continue;
    const end = p + ending.length;
    if (!wordGoesOn(hay, end)) return end;
  }
  return -1;
}

/**
 * Finds a phrase's words in `hay` in order as whole words, with anything but letters and digits
 * between them (spaces, dashes, commas, quotes), the last word possibly with a plural or
 * possessive ending: the first occurrence as the glossary writes it, else the first with other
 * separators. The fast path of the common case, where a translation uses the rendering as
 * written; other inflections go to word matching.
 */
function findExact(hay: string, c: { words: readonly string[]; joined: string }): [number, number] | undefined {
  // most often the words stand as the glossary writes them: one native search
  for (let i = hay.indexOf(c.joined); i !== -1; i = hay.indexOf(c.joined, i + 1)) {
    if (!wordStartsAt(hay, i)) continue;
    const end = endOfMatch(hay, i + c.joined.length);
    if (end !== -1) return [i, end];
  }
  const words = c.words;
  if (words.length === 1) return undefined; // that search was the whole search
  // other separators (pilot scale testing platform, "a, b")
  const first = words[0]!;
  outer: for (let i = hay.indexOf(first); i !== -1; i = hay.indexOf(first, i + 1)) {
    if (!wordStartsAt(hay, i)) continue;
    let p = i + first.length;
    for (let k = 1; k < words.length; k++) {
      const gap = p;
      while (p < hay.length && !isWordAt(hay, p)) p++;
      if (wordGoesOn(hay, gap)) continue outer;
      if (!hay.startsWith(words[k]!, p)) continue outer;
      p += words[k]!.length;
    }
    const end = endOfMatch(hay, p);
    if (end !== -1) return [i, end];
  }
  return undefined;
}

const NONE: readonly PhraseMatch<unknown>[] = Object.freeze([]);

/**
 * Finds many phrases in English text in one pass over its words: phrases are filed under
 * their first word, so the cost grows with the text, not with the number of phrases.
 * Build once, match many times.
 */
export class PhraseMatcher<T> {
  /** Each phrase's position in the matcher, to order matches that start together. */
  private rank?: Map<Phrase<T>, number>;
  /** In the order given (the preferred rendering first). */
  private readonly all: Compiled<T>[] = [];
  /** For large matchers: an automaton over the stems, and the phrases of each stem. */
  private stems?: { ac: AhoCorasick; phrases: Compiled<T>[][] };

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const found = englishWords(phrase.text);
      if (found.length === 0) continue;
      const cs = phrase.caseSensitive;
      const words = found.map((w) => (cs ? w.text : w.text.toLowerCase()));
      // the rendering as written, from its first word to its last, as flat() gives text
      const span = phrase.text.slice(found[0]!.start, found[found.length - 1]!.end).replace(/’/g, "'");
      const joined = cs ? span : lowerSameLength(span);
      // every inflection of a word starts with it, or with it less its y (city → cities)
      const stems = words.map((w) => w.toLowerCase()).map((w) => (w.length > 1 && w.endsWith('y') ? w.slice(0, -1) : w));
      this.all.push({ phrase, order: this.all.length, words, joined, stems, stem: stems[0]! });
    }
  }

  /**
   * The first phrase (in the order given) that occurs in the text, with its first occurrence:
   * an exact whole-word search per phrase first, word matching only when that fails. For
   * matchers of a few phrases (one entry's renderings).
   */
  findFirst(t: EnglishText): PhraseMatch<T> | undefined {
    for (const c of this.all) {
      const at = findExact(t.flat(c.phrase.caseSensitive), c);
      if (at) return { phrase: c.phrase, start: at[0], end: at[1] };
    }
    const found = this.findAllIn(t);
    for (const c of this.all) {
      const m = found.find((f) => f.phrase === c.phrase);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * Every occurrence of every phrase in the text, by position; overlapping matches are all kept.
   * Words are compared only where a phrase's first word could start: where the lower-case text
   * has its stem at the start of a word. A few phrases find those places with indexOf, many with
   * an automaton over the stems; the text is never split into words as a whole (splitting every
   * text into word objects was a third of lint's English side).
   */
  findAllIn(t: EnglishText): PhraseMatch<T>[] {
    if (this.all.length === 0) return NONE as PhraseMatch<T>[];
    const hay = t.flat(false);
    const out: PhraseMatch<T>[] = [];
    if (this.all.length <= 16) {
      for (const c of this.all) {
        for (let i = hay.indexOf(c.stem); i !== -1; i = hay.indexOf(c.stem, i + 1)) if (wordStartsAt(hay, i)) matchAt(c, t.text, hay, i, out);
      }
    } else {
      const { ac, phrases } = (this.stems ??= this.stemAutomaton());
      const units = toUnits(hay);
      const hits = new HitBuffer();
      const n = units.length;
      for (let i = 0; i < n; ) {
        // to the next word start, then the stems it begins with, then past the word
        if (!isWordAt(hay, i)) {
          i++;
          continue;
        }
        hits.clear();
        ac.keysAt(units, i, n, hits);
        for (let h = 0; h < hits.length; h++) for (const c of phrases[hits.key(h)]!) matchAt(c, t.text, hay, i, out);
        for (i++; i < n && wordGoesOn(hay, i); i++);
      }
    }
    if (out.length < 2) return out;
    // by position; matches that start together in the order the phrases were given
    const rank = (this.rank ??= new Map(this.all.map((c) => [c.phrase, c.order])));
    return out.sort((a, b) => a.start - b.start || rank.get(a.phrase)! - rank.get(b.phrase)!);
  }

  private stemAutomaton(): { ac: AhoCorasick; phrases: Compiled<T>[][] } {
    const keys: string[] = [];
    const phrases: Compiled<T>[][] = [];
    const byStem = new Map<string, number>();
    for (const c of this.all) {
      let k = byStem.get(c.stem);
      if (k === undefined) {
        byStem.set(c.stem, (k = keys.length));
        keys.push(c.stem);
        phrases.push([]);
      }
      phrases[k]!.push(c);
    }
    return { ac: new AhoCorasick(keys), phrases };
  }

  /** Every occurrence of every phrase in `text` (see findAllIn). */
  findAll(text: string): PhraseMatch<T>[] {
    return this.findAllIn(new EnglishText(text));
  }

  /** Whether any of the phrases occurs in `text`. */
  test(text: string): boolean {
    return this.findAll(text).length > 0;
  }
}


/**
 * Whether the words from `at` on start with the phrase's stems in turn: the cheap test that
 * turns away most candidates before the words are read.
 */
function stemsAt(hay: string, at: number, stems: readonly string[]): boolean {
  let p = at;
  for (let k = 0; k < stems.length; k++) {
    if (k > 0) {
      // to the end of the word, then to the start of the next
      while (p < hay.length && wordGoesOn(hay, p)) p++;
      while (p < hay.length && !isWordAt(hay, p)) p++;
    }
    if (!hay.startsWith(stems[k]!, p)) return false;
  }
  return true;
}

/** Adds the match of phrase `c` at the word that starts at `at`, if its words are there. */
function matchAt<T>(c: Compiled<T>, text: string, hay: string, at: number, out: PhraseMatch<T>[]): void {
  if (c.stems.length > 1 && !stemsAt(hay, at, c.stems)) return;
  const n = c.words.length;
  const words: Word[] = [];
  for (let k = 0, from = at; k < n; k++) {
    const word = nextWord(text, from);
    if (!word || (k === 0 && word.start !== at)) return;
    words.push(word);
    from = word.end;
  }
  if (!matchesAt(c, words, words.map((w) => w.text.toLowerCase()), 0)) return;
  out.push({ phrase: c.phrase, start: at, end: words[n - 1]!.end });
}

function wordMatches(expected: string, caseSensitive: boolean, word: string, lower: string): boolean {
  if (!caseSensitive) return baseForms(lower).includes(expected);
  if (baseForms(word).includes(expected)) return true;
  // A name set in capitals (a dateline, a headline: CHONGQING) is still the name.
  return word.length > 1 && word === word.toUpperCase() && word !== lower && baseForms(word).includes(expected.toUpperCase());
}

function matchesAt<T>(c: Compiled<T>, words: Word[], lower: string[], i: number): boolean {
  if (i + c.words.length > words.length) return false;
  const cs = c.phrase.caseSensitive;
  for (let k = 0; k < c.words.length; k++) {
    if (!wordMatches(c.words[k]!, cs, words[i + k]!.text, lower[i + k]!)) return false;
  }
  return true;
}

/** Whether `rendering` occurs in `text` as whole words (inflection and punctuation tolerated). */
export function containsRendering(text: string, rendering: string, caseSensitive = false): boolean {
  return new PhraseMatcher([{ text: rendering, caseSensitive, value: null }]).test(text);
}
