// JSON for scripts: the entries array, every field, derived ones (zh_hant, pinyin) included,
// the shape both `export --format json` and `lookup --json` print.
import type { IndexedEntry } from '../index/term-index.js';
import type { LintLevel } from '../glossary/model.js';
import { escapeJsonControls } from '../text/terminal.js';

export function formatJson(entries: readonly IndexedEntry[]): string {
  // safe to print: controls JSON.stringify leaves raw are escaped too (issue 18)
  return `${escapeJsonControls(JSON.stringify(entries.map(toPublicEntry), null, 2))}\n`;
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
  /** How strictly lint checks the entry. */
  lint: LintLevel;
  note?: string;
  definition?: string;
  sources: { title: string; year?: number; url?: string }[];
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
    lint: e.lint,
    ...(e.note ? { note: e.note } : {}),
    ...(e.definition ? { definition: e.definition } : {}),
    sources: e.sources,
    examples: e.examples.map(({ zh, en, expect }) => ({ zh, en, ...(expect ? { expect } : {}) })),
    file: e.at.file,
    line: e.at.line,
  };
}
