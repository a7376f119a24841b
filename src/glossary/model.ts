// The validated glossary model. Field names follow the YAML keys (DESIGN §1), so that the file,
// the JSON output and the exports all speak the same names.
import type { Place } from '../errors.js';

export const STATUSES = ['approved', 'draft', 'deprecated'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * How strictly lint checks an entry. `strict`: names, official titles and fixed terms, whose
 * absence is an error. `relaxed`: formulations official English may drop or recast (全会,
 * 总书记 after the first mention, numbered formulas spelled out): at most a warning. `off`:
 * verbs and everyday words kept for lookup only; lint never reports them missing.
 */
export const LINT_LEVELS = ['strict', 'relaxed', 'off'] as const;
export type LintLevel = (typeof LINT_LEVELS)[number];

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'phrase', 'slogan', 'name'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** Rules an example may expect the linter to report (a deliberate mistake the glossary tests). */
export const EXAMPLE_EXPECTATIONS = ['missing-term', 'avoid-term'] as const;
export type ExampleExpectation = (typeof EXAMPLE_EXPECTATIONS)[number];

export interface Source {
  title: string;
  /** The year of the document (the one the rendering comes from), where known. */
  year?: number;
  url?: string;
}

export interface Example {
  zh: string;
  en: string;
  /** The rule this example must trigger; absent when the example is a correct translation. */
  expect?: ExampleExpectation;
  at: Place;
}

export interface Entry {
  /** Identity: `zh` after NFKC and traditional→simplified. Unique within a glossary. */
  id: string;
  zh: string;
  en: string;
  en_also: string[];
  en_avoid: string[];
  zh_also: string[];
  zh_avoid: string[];
  /** Traditional form written in the file, where OpenCC's conversion is wrong. */
  zh_hant?: string;
  /** Pinyin written in the file, where the generated one is wrong (polyphones, names). */
  pinyin?: string;
  note?: string;
  definition?: string;
  pos?: PartOfSpeech;
  tags: string[];
  status: Status;
  case_sensitive: boolean;
  /** How strictly lint checks the entry (`strict` when the file does not say). */
  lint: LintLevel;
  /** The entry's subject field: its own `domain`, else the file's. */
  domain?: string;
  sources: Source[];
  examples: Example[];
  /** Where the entry starts in its file. */
  at: Place;
}

/** One YAML file of a glossary. */
export interface GlossaryFile {
  path: string;
  title?: string;
  domain?: string;
}

/** Entries of all layers after layering (a later layer's entry replaces an earlier one). */
export interface Glossary {
  entries: Entry[];
  files: GlossaryFile[];
}

/** The keys whose value is a list of strings (empty when the file leaves them out). */
export const LIST_KEYS = ['en_also', 'en_avoid', 'zh_also', 'zh_avoid', 'tags'] as const;
export type ListKey = (typeof LIST_KEYS)[number];

export function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key);
}

/** Every key an entry may have, in the canonical order `fmt` writes. */
export const ENTRY_KEYS = [
  'zh',
  'en',
  'en_also',
  'en_avoid',
  'zh_also',
  'zh_avoid',
  'zh_hant',
  'pinyin',
  'pos',
  'domain',
  'tags',
  'status',
  'case_sensitive',
  'lint',
  'note',
  'definition',
  'sources',
  'examples',
] as const;

export const FILE_KEYS = ['title', 'domain', 'entries'] as const;
export const SOURCE_KEYS = ['title', 'year', 'url'] as const;
export const EXAMPLE_KEYS = ['zh', 'en', 'expect'] as const;
