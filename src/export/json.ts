// JSON for scripts: the entries array, every field, derived ones (zh_hant, pinyin) included,
// in the same shape `lookup --json` prints.
import { toPublicEntry, type IndexedEntry } from '../index/term-index.js';

export function formatJson(entries: readonly IndexedEntry[]): string {
  return `${JSON.stringify(entries.map(toPublicEntry), null, 2)}\n`;
}
