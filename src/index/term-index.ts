// The term index: every key form of every entry, derived once from the glossary and cached
// on disk (index-cache.ts). Lookup, lint, the TUI and export all read it.
//
// Keys are kept in columns, one string per entry with the alternatives separated by tabs,
// rather than as an object per entry: a warm lookup over 100,000 entries then reads and splits
// a few text files instead of parsing tens of megabytes of JSON, and full entries are read
// only for the hits (DESIGN §6: lookup within 4× of `node -e 0` at 100,000 entries).
import type { Entry } from '../glossary/model.js';
import { AhoCorasick, HitBuffer, type AutomatonArrays } from '../text/aho-corasick.js';
import { Column } from './column.js';
import { toUnits } from '../text/units.js';

/** An entry with its derived forms, as consumers see it. */
export interface IndexedEntry extends Entry {
  /** Traditional form: the file's `zh_hant`, else OpenCC's conversion of `zh`. */
  zh_hant: string;
  /** Tone-marked pinyin for display: the file's `pinyin`, else generated. */
  pinyin: string;
  /** Whether `pinyin` came from the file rather than pinyin-pro. */
  pinyin_from_file: boolean;
}

/** Separates alternatives inside one column cell. */
export const ALT = '\t';

/**
 * Lookup keys, one cell per entry (parallel to the entries), alternatives separated by ALT.
 * Every cell is free of newlines and tabs other than ALT, so a column is stored as lines.
 */
export interface KeyColumns {
  /** Normalised (NFKC, simplified) `zh`, then each `zh_also`, then regional forms. */
  zh: string[];
  /** Per Chinese form (as in `zh`, without regional ones): toneless syllables separated by spaces. */
  pinyin: string[];
  /** Per Chinese form: tone-marked pinyin in lower case without spaces. */
  toned: string[];
  /** English word keys (lower case): `en`, then each `en_also`. */
  en: string[];
  /** English word keys of `en_avoid` (empty cell when none). */
  enAvoid: string[];
  domain: string[];
}

export const COLUMN_NAMES = ['zh', 'pinyin', 'toned', 'en', 'enAvoid', 'domain'] as const satisfies readonly (keyof KeyColumns)[];
export type ColumnName = (typeof COLUMN_NAMES)[number];

/** Bumped whenever the shape or derivation of the index changes, so old caches are ignored. */
export const INDEX_FORMAT = 10;

/**
 * An entry's rank for ordering equal scores: approved before draft before deprecated, then
 * shorter terms first. Packed in 16 bits so the whole column is a small typed array.
 */
export function rankOf(status: string, length: number): number {
  return (status === 'approved' ? 0 : status === 'draft' ? 1 : 2) * 256 + Math.min(length, 255);
}

/** What an index is built from and what a cache stores: columns, entries, and key characters. */
export interface IndexData {
  format: number;
  size: number;
  /**
   * Every character of every Chinese key. A query made only of these needs no script
   * conversion, so a lookup of a simplified term never loads OpenCC's tables.
   */
  keyChars: string;
  columns: KeyColumns;
  /** rankOf() of each entry. */
  rank: Uint16Array;
  entries: IndexedEntry[];
  /** Each glossary file's `title:`, by the file as the entries' `at.file` names it. */
  titles: Record<string, string>;
  /** Built with the index, so that no open of it builds one (lint, sentence lookup). */
  automaton: ChineseAutomaton;
}

/** Where a cached index gets its parts from, on demand. */
export interface IndexSource {
  size: number;
  keyChars: string;
  titles: Record<string, string>;
  column(name: ColumnName): Column;
  rank(): Uint16Array;
  entry(i: number): IndexedEntry;
  automaton(): ChineseAutomaton;
}

/** The automaton over every Chinese key (the `zh` column's cells, split), with the entry each key belongs to. */
export interface ChineseAutomaton {
  arrays: AutomatonArrays;
  owners: Int32Array;
}

/** A glossary term found in Chinese text; offsets are into the normalised text given. */
export interface TermHit {
  entry: IndexedEntry;
  /** Position of the entry in the index. */
  index: number;
  /** The key that matched: the entry's normalised `zh`, one of its `zh_also`, or a regional form. */
  key: string;
  start: number;
  end: number;
}

/** A TermHit whose key (exactly the text it matched) is sliced only when asked for. */
class Hit implements TermHit {
  constructor(
    readonly entry: IndexedEntry,
    readonly index: number,
    private readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  get key(): string {
    return this.text.slice(this.start, this.end);
  }
}

export class TermIndex {
  readonly size: number;
  private readonly source: IndexSource;
  private readonly columnCache = new Map<ColumnName, Column>();
  private readonly entryCache: (IndexedEntry | undefined)[];
  private matcher?: { ac: AhoCorasick; owners: Int32Array };
  private keyCharSet?: Set<string>;

  constructor(source: IndexData | IndexSource) {
    if ('columns' in source) {
      const data = source;
      this.source = { size: data.size, keyChars: data.keyChars, titles: data.titles, column: (name) => Column.fromCells(data.columns[name]), rank: () => data.rank, entry: (i) => data.entries[i]!, automaton: () => data.automaton };
    } else this.source = source;
    this.size = this.source.size;
    this.entryCache = new Array<IndexedEntry | undefined>(this.size);
  }

  /** One key column, read on first use. */
  column(name: ColumnName): Column {
    let c = this.columnCache.get(name);
    if (!c) {
      c = this.source.column(name);
      this.columnCache.set(name, c);
    }
    return c;
  }

  private rankCache?: Uint16Array;
  /** Ordering rank of entry i (see rankOf). */
  rank(i: number): number {
    this.rankCache ??= this.source.rank();
    return this.rankCache[i]!;
  }

  /** The entry at position `i` (0-based), read on first use. */
  entry(i: number): IndexedEntry {
    let e = this.entryCache[i];
    if (!e) {
      e = this.source.entry(i);
      this.entryCache[i] = e;
    }
    return e;
  }

  /** Every entry, in glossary order (reads them all: for export, lint, the TUI). */
  entries(): IndexedEntry[] {
    return Array.from({ length: this.size }, (_, i) => this.entry(i));
  }

  /** The `title:` of the glossary file an entry's `at.file` names, if it has one. */
  fileTitle(file: string): string | undefined {
    return Object.hasOwn(this.source.titles, file) ? this.source.titles[file] : undefined;
  }

  /** Whether every character of `text` occurs in some Chinese key (see IndexData.keyChars). */
  coversChars(text: string): boolean {
    this.keyCharSet ??= new Set(this.source.keyChars);
    for (const ch of text) if (!this.keyCharSet.has(ch)) return false;
    return true;
  }

  /**
   * Every glossary term in `normalized` (NFKC, simplified: see text/script.ts), longest match
   * first and without overlaps, in text order. Offsets are into `normalized`; map them back
   * with the MappedText the caller normalised with.
   */
  matchChinese(normalized: string): TermHit[] {
    const units = toUnits(normalized);
    const { ac } = this.chineseMatcher();
    const found = new HitBuffer();
    ac.scanLongest(units, 0, units.length, found);
    const hits: TermHit[] = [];
    for (let h = 0; h < found.length; h++) {
      const key = found.key(h);
      hits.push(this.hit({ key, start: found.end(h) - ac.keyLength(key), end: found.end(h) }, normalized));
    }
    return hits;
  }

  private hit(h: { key: number; start: number; end: number }, text: string): TermHit {
    const index = this.matcher!.owners[h.key]!;
    return new Hit(this.entry(index), index, text, h.start, h.end);
  }

  /** The automaton over every Chinese key, and the entry of each key (for lint's batch scan). */
  chineseAutomaton(): { ac: AhoCorasick; owners: Int32Array } {
    return this.chineseMatcher();
  }

  private chineseMatcher() {
    if (!this.matcher) {
      const { arrays, owners } = this.source.automaton();
      this.matcher = { ac: new AhoCorasick(arrays), owners };
    }
    return this.matcher;
  }
}
