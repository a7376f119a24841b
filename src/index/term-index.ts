// The term index: every key form of every entry, derived once from the glossary and cached
// on disk as plain data (index-cache.ts). Lookup, lint, the TUI and export all read it.
import type { Entry } from '../glossary/model.js';
import { AhoCorasick, longestNonOverlapping } from './aho-corasick.js';

/** An entry with its derived forms, as consumers see it. */
export interface IndexedEntry extends Entry {
  /** Traditional form: the file's `zh_hant`, else OpenCC's conversion of `zh`. */
  zh_hant: string;
  /** Tone-marked pinyin for display: the file's `pinyin`, else generated. */
  pinyin: string;
  /** Whether `pinyin` came from the file rather than pinyin-pro. */
  pinyin_from_file: boolean;
}

/** Lookup keys of one entry, parallel to `IndexData.entries`. */
export interface EntryKeys {
  /** Normalised (NFKC, simplified) `zh` then each `zh_also`. */
  zh: string[];
  /**
   * Regional forms: each of `zh` converted to Taiwan and Hong Kong vocabulary (互联网 → 網際網路)
   * and normalised back character by character (网际网路), where that differs. A Taiwanese source
   * saying 網際網路 thus matches the entry 互联网 without rewriting running text.
   */
  regional: string[];
  /** Pinyin keys of `zh` (from the file's `pinyin` when given), then of each `zh_also`. */
  pinyin: PinyinKey[];
  /** English word keys (lower case, for lookup) of `en`, `en_also`, `en_avoid`. */
  en: string;
  en_also: string[];
  en_avoid: string[];
}

export interface PinyinKey {
  /** Toneless syllables (ü as v). */
  syllables: string[];
  /** Tone-marked pinyin in lower case without spaces, to rank a query typed with tones. */
  toned: string;
  /** Initials, one letter a syllable. */
  initials: string;
}

/** The serialisable content of an index: what the cache stores. */
export interface IndexData {
  format: number;
  entries: IndexedEntry[];
  keys: EntryKeys[];
}

/** Bumped whenever the shape or derivation of IndexData changes, so old caches are ignored. */
export const INDEX_FORMAT = 2;

/** A glossary term found in Chinese text; offsets are into the normalised text given. */
export interface TermHit {
  entry: IndexedEntry;
  /** The key that matched: the entry's normalised `zh` or one of its `zh_also`. */
  key: string;
  start: number;
  end: number;
}

export class TermIndex {
  readonly entries: readonly IndexedEntry[];
  readonly keys: readonly EntryKeys[];
  private matcher?: { ac: AhoCorasick; owners: number[]; keys: string[] };

  constructor(readonly data: IndexData) {
    this.entries = data.entries;
    this.keys = data.keys;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Position of an entry in `entries` (and `keys`) by its identity, or -1. */
  indexOf(id: string): number {
    return this.entries.findIndex((e) => e.id === id);
  }

  /**
   * Every glossary term in `normalized` (NFKC, simplified: see text/script.ts), longest match
   * first and without overlaps, in text order. Offsets are into `normalized`; map them back
   * with the MappedText the caller normalised with.
   */
  matchChinese(normalized: string): TermHit[] {
    const m = this.chineseMatcher();
    return longestNonOverlapping(m.ac.findAll(normalized)).map((h) => ({
      entry: this.entries[m.owners[h.key]!]!,
      key: m.keys[h.key]!,
      start: h.start,
      end: h.end,
    }));
  }

  /** Every occurrence of every key, overlapping ones included (for candidates and annotate). */
  matchChineseAll(normalized: string): TermHit[] {
    const m = this.chineseMatcher();
    return m.ac.findAll(normalized).map((h) => ({
      entry: this.entries[m.owners[h.key]!]!,
      key: m.keys[h.key]!,
      start: h.start,
      end: h.end,
    }));
  }

  private chineseMatcher() {
    if (!this.matcher) {
      const keys: string[] = [];
      const owners: number[] = [];
      this.keys.forEach((k, i) => {
        for (const z of [...k.zh, ...k.regional]) {
          keys.push(z);
          owners.push(i);
        }
      });
      this.matcher = { ac: new AhoCorasick(keys), owners, keys };
    }
    return this.matcher;
  }
}

/** An entry as scripts see it (`lookup --json`, `export --format json`): every field, derived ones included. */
export interface PublicEntry {
  zh: string;
  zh_hant: string;
  pinyin: string;
  en: string;
  en_also: string[];
  en_avoid: string[];
  zh_also: string[];
  zh_avoid: string[];
  pos?: string;
  domain?: string;
  tags: string[];
  status: string;
  case_sensitive: boolean;
  note?: string;
  definition?: string;
  sources: { title: string; url?: string }[];
  examples: { zh: string; en: string; expect?: string }[];
  file: string;
  line: number;
}

export function toPublicEntry(e: IndexedEntry): PublicEntry {
  return {
    zh: e.zh,
    zh_hant: e.zh_hant,
    pinyin: e.pinyin,
    en: e.en,
    en_also: e.en_also,
    en_avoid: e.en_avoid,
    zh_also: e.zh_also,
    zh_avoid: e.zh_avoid,
    ...(e.pos ? { pos: e.pos } : {}),
    ...(e.domain ? { domain: e.domain } : {}),
    tags: e.tags,
    status: e.status,
    case_sensitive: e.case_sensitive,
    ...(e.note ? { note: e.note } : {}),
    ...(e.definition ? { definition: e.definition } : {}),
    sources: e.sources,
    examples: e.examples.map(({ zh, en, expect }) => ({ zh, en, ...(expect ? { expect } : {}) })),
    file: e.at.file,
    line: e.at.line,
  };
}
