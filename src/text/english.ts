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
}

/**
 * Finds many phrases in English text in one pass over its words: phrases are filed under
 * their first word, so the cost grows with the text, not with the number of phrases.
 * Build once, match many times.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Compiled<T>[]>();

  constructor(phrases: Iterable<Phrase<T>>) {
    for (const phrase of phrases) {
      const words = englishWords(phrase.text).map((w) => (phrase.caseSensitive ? w.text : w.text.toLowerCase()));
      if (words.length === 0) continue;
      const first = words[0]!;
      const list = this.byFirst.get(first);
      const compiled = { phrase, words };
      if (list) list.push(compiled);
      else this.byFirst.set(first, [compiled]);
    }
  }

  get size(): number {
    return this.byFirst.size;
  }

  /** Every occurrence of every phrase in `text`, by position; overlapping matches are all kept. */
  findAll(text: string, words: Word[] = englishWords(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    if (this.byFirst.size === 0) return out;
    const lower = words.map((w) => w.text.toLowerCase());
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
