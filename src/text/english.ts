// English matching shared by lookup, lint and check: words, not characters.
//
// A rendering matches text when its words appear in order as whole words, ignoring case
// (unless the entry is case-sensitive), punctuation between words (space, hyphen, en dash,
// commas and quotes are all the same), and regular nominal inflection of each word
// (platform/platforms/platform's, city/cities, enterprise/enterprises, box/boxes).
// Inflection is checked by generating the base forms a text word could have and comparing
// them with the rendering's word, never by stripping suffixes from the rendering:
// stripping turns "enterprises" into "enterpris", and "managerial" must never match "manager".

/** A word of English text with its half-open UTF-16 span in the text it came from. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters and digits, with apostrophes inside or at the end of a word (platform's, firms').
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?/gu;

/** The words of a text, in order, with their spans. Punctuation and spacing separate words. */
export function englishWords(text: string): Word[] {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    words.push({ text: m[0].replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return words;
}

/**
 * The forms a text word may be an inflection of, the word itself first:
 * `cities` → cities, city, citie, citi; `platform's` → platform's, platform; `boxes` → boxes, box, boxe.
 * Spurious forms (`citi`) are harmless: a form only counts when it equals a rendering's word.
 */
export function baseForms(word: string): string[] {
  // every ending handled below ends in s or an apostrophe: most words need no work at all
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 83 && last !== 39) return [word];
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
  /** Lower-case start of each word that every inflection keeps (city → cit, for cities). */
  stems: string[];
}

/**
 * English text prepared once for many phrase checks: split into words and flattened (dashes as
 * spaces, curly apostrophes straight, same length as the text) only when a check needs it.
 */
export class EnglishText {
  private _words?: Word[];
  private _lower?: string[];
  private _flat?: string;
  private _flatLower?: string;

  constructor(readonly text: string) {}

  get words(): Word[] {
    return (this._words ??= englishWords(this.text));
  }

  get lowerWords(): string[] {
    return (this._lower ??= this.words.map((w) => w.text.toLowerCase()));
  }

  /** The text with dashes as spaces and curly apostrophes straight; lower-cased unless `caseSensitive`. */
  flat(caseSensitive: boolean): string {
    this._flat ??= this.text.replace(/[\u2010-\u2015\-]/g, ' ').replace(/\u2019/g, "'");
    return caseSensitive ? this._flat : (this._flatLower ??= this._flat.toLowerCase());
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && (c >= 'a' && c <= 'z' ? true : c >= 'A' && c <= 'Z' ? true : c >= '0' && c <= '9' ? true : c.charCodeAt(0) > 127 && WORD_CHAR.test(c));

/**
 * Finds `words` in `hay` in order as whole words, with anything but letters and digits between
 * them (spaces, dashes, commas, quotes), the last word possibly with a plural or possessive
 * ending. The fast path of the common case, where a translation uses the rendering as written;
 * other inflections go to word matching.
 */
function findExact(hay: string, words: readonly string[]): [number, number] | undefined {
  const first = words[0]!;
  outer: for (let i = hay.indexOf(first); i !== -1; i = hay.indexOf(first, i + 1)) {
    if (i > 0 && (isWordChar(hay[i - 1]) || hay[i - 1] === "'")) continue;
    let p = i + first.length;
    for (let k = 1; k < words.length; k++) {
      const gap = p;
      while (p < hay.length && !isWordChar(hay[p])) p++;
      if (p === gap || hay[gap] === "'") continue outer; // the previous word goes on
      if (!hay.startsWith(words[k]!, p)) continue outer;
      p += words[k]!.length;
    }
    for (const suffix of ['', 's', 'es', "'s", "s'"]) {
      if (suffix && !hay.startsWith(suffix, p)) continue;
      const end = p + suffix.length;
      if (!isWordChar(hay[end]) && !(hay[end] === "'" && isWordChar(hay[end + 1]))) return [i, end];
    }
  }
  return undefined;
}

/**
 * Finds many phrases in English text in one pass over its words: phrases are filed under
 * their first word, so the cost grows with the text, not with the number of phrases.
 * Build once, match many times.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();
  /** In the order given (the preferred rendering first). */
  private readonly all: Compiled<T>[] = [];

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const words = englishWords(phrase.text).map((w) => (phrase.caseSensitive ? w.text : w.text.toLowerCase()));
      if (words.length === 0) continue;
      const first = words[0]!;
      const list = this.byFirst.get(first);
      const stems = words.map((w) => w.toLowerCase()).map((w) => (w.length > 3 ? w.slice(0, -1) : w));
      const compiled = { phrase, words, stems };
      this.all.push(compiled);
      if (list) list.push(compiled);
      else this.byFirst.set(first, [compiled]);
    }
  }

  /**
   * The first phrase (in the order given) that occurs in the text, with its first occurrence:
   * an exact whole-word search per phrase first, word matching only when that fails and the
   * text could hold the phrase at all. For matchers of a few phrases (one entry's renderings).
   */
  findFirst(t: EnglishText): PhraseMatch<T> | undefined {
    for (const c of this.all) {
      const at = findExact(t.flat(c.phrase.caseSensitive), c.words);
      if (at) return { phrase: c.phrase, start: at[0], end: at[1] };
    }
    if (!this.mayOccur(t)) return undefined;
    const found = this.findAll(t.text, t.words, t.lowerWords);
    for (const c of this.all) {
      const m = found.find((f) => f.phrase === c.phrase);
      if (m) return m;
    }
    return undefined;
  }

  /** Every occurrence in the text, skipping the word matching when no phrase can occur. */
  findAllIn(t: EnglishText): PhraseMatch<T>[] {
    if (this.all.length === 0 || !this.mayOccur(t)) return [];
    return this.findAll(t.text, t.words, t.lowerWords);
  }

  /** A cheap necessary condition: the stems of all the words of some phrase are in the text. */
  private mayOccur(t: EnglishText): boolean {
    if (this.all.length > 32) return true; // a large matcher is cheaper to run than to pre-check
    const flat = t.flat(false);
    return this.all.some((c) => c.stems.every((stem) => flat.includes(stem)));
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Every occurrence of every phrase in `text`, by position; overlapping matches are all kept. */
  findAll(text: string, words: Word[] = englishWords(text), lower: string[] = words.map((w) => w.text.toLowerCase())): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.byFirst.size === 0) return out;
    for (let i = 0; i < words.length; i++) {
      const seen = new Set<Compiled<T>>();
      for (const form of candidateKeys(words[i]!.text, lower[i]!)) {
        const list = this.byFirst.get(form);
        if (!list) continue;
        for (const c of list) {
          if (seen.has(c)) continue;
          seen.add(c);
          if (matchesAt(c, words, lower, i)) {
            out.push({ phrase: c.phrase, start: words[i]!.start, end: words[i + c.words.length - 1]!.end });
          }
        }
      }
    }
    return out;
  }

  /** Whether any of the phrases occurs in `text`. */
  test(text: string, words?: Word[]): boolean {
    return this.findAll(text, words).length > 0;
  }
}

function candidateKeys(word: string, lower: string): string[] {
  const forms = baseForms(word);
  if (lower === word) return forms;
  const all = [...forms, ...baseForms(lower)];
  // an all-capitals word may open a case-sensitive phrase filed under its capitalised form
  if (word === word.toUpperCase()) all.push(...baseForms(word[0] + lower.slice(1)));
  return all;
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
