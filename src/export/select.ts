// Which entries an export contains: the --tag, --status and --domain filters (DESIGN §4),
// and the order the printed formats use (by pinyin, as a dictionary is).
import { UserError } from '../errors.js';
import { STATUSES, type Status } from '../glossary/model.js';
import type { IndexedEntry } from '../index/term-index.js';
import { pinyinSyllables, stripTones, toneDigits } from '../text/pinyin-keys.js';

export interface ExportFilter {
  /** Keep entries with any of these tags (empty: no tag filter). */
  tags: string[];
  /** Keep entries with any of these statuses (empty: all). */
  statuses: Status[];
  /** Keep entries in any of these domains (empty: all). */
  domains: string[];
}

export const NO_FILTER: ExportFilter = { tags: [], statuses: [], domains: [] };

/** Checks `--status` values; accepts comma-separated lists (`--status approved,draft`). */
export function parseStatuses(values: string[]): Status[] {
  const out: Status[] = [];
  for (const v of values.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean)) {
    if (!(STATUSES as readonly string[]).includes(v)) {
      throw new UserError(`unknown status "${v}"`, undefined, `--status takes ${STATUSES.join(', ')}`);
    }
    out.push(v as Status);
  }
  return out;
}

/** The entries that pass every filter given, in glossary order. */
export function selectEntries(entries: readonly IndexedEntry[], filter: ExportFilter): IndexedEntry[] {
  const tags = new Set(filter.tags.map((t) => t.toLowerCase()));
  const statuses = new Set<string>(filter.statuses);
  const domains = new Set(filter.domains.map((d) => d.toLowerCase()));
  return entries.filter(
    (e) =>
      (tags.size === 0 || e.tags.some((t) => tags.has(t.toLowerCase()))) &&
      (statuses.size === 0 || statuses.has(e.status)) &&
      (domains.size === 0 || (e.domain !== undefined && domains.has(e.domain.toLowerCase()))),
  );
}

/** Words for the filters in force, for messages and the PDF cover: `tag finance, status draft`. */
export function describeFilter(filter: ExportFilter): string {
  const parts: string[] = [];
  if (filter.tags.length) parts.push(`tag ${filter.tags.join(' or ')}`);
  if (filter.statuses.length) parts.push(`status ${filter.statuses.join(' or ')}`);
  if (filter.domains.length) parts.push(`domain ${filter.domains.join(' or ')}`);
  return parts.join(', ');
}

export interface SortKey {
  /** Toneless syllables separated by spaces (`zhong shi ping tai`), lower case. */
  syllables: string;
  tones: string;
}

/** The key entries are ordered by: syllable by syllable, then tones, then the characters. */
export function pinyinSortKey(pinyin: string): SortKey {
  return { syllables: pinyinSyllables(pinyin).join(' '), tones: toneDigits(pinyin) };
}

/**
 * Sorts entries as a Chinese–English dictionary does: by toneless pinyin syllable by syllable
 * (so `zhong shi` comes before `zhongguo`), then by tone, then by character code.
 */
export function sortByPinyin<T extends { pinyin: string; zh: string }>(entries: readonly T[]): T[] {
  const keyed = entries.map((e) => ({ e, k: pinyinSortKey(e.pinyin) }));
  keyed.sort((a, b) => cmp(a.k.syllables, b.k.syllables) || cmp(a.k.tones, b.k.tones) || cmp(a.e.zh, b.e.zh));
  return keyed.map((x) => x.e);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The letter heading an entry files under: A–Z, or `0–9` for terms that start with a digit or sign. */
export function letterOf(pinyin: string): string {
  const first = stripTones(pinyin).trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '0–9';
}
