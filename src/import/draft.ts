// What the readers of other formats produce: entries as they were found, with their place in
// the input, before duplicates and conflicts are checked (reconcile.ts) and YAML is written.
import type { Diagnostic, Place } from '../errors.js';
import type { Entry, ExampleExpectation, Status } from '../glossary/model.js';

/**
 * An entry read from a spreadsheet row or a TBX concept: the glossary model's fields (the YAML
 * keys, DESIGN §1) before validation gives it an identity and defaults.
 */
export interface DraftEntry extends Omit<Entry, 'id' | 'status' | 'case_sensitive' | 'lint' | 'examples'> {
  /** The pinyin was marked as an override (a shuyu TBX note): kept even where it equals the derived one. */
  pinyinOverride?: boolean;
  status?: Status;
  case_sensitive?: boolean;
  lint?: Entry['lint'];
  examples: { zh: string; en: string; expect?: ExampleExpectation }[];
  /** Where the row or concept starts in the input (1-based line and column). */
  at: Place;
}

/** Something in the input that was left out, and why (an empty Chinese term, say). */
export interface Skipped {
  reason: string;
  at: Place;
}

/** A reader's result: the entries found, the problems met, and what was left out. */
export interface ReadResult {
  entries: DraftEntry[];
  problems: Diagnostic[];
  skipped: Skipped[];
  /** The file's own title (TBX `title`), when it has one. */
  title?: string;
}

export function emptyDraft(at: Place): DraftEntry {
  return { zh: '', en: '', en_also: [], en_avoid: [], zh_also: [], zh_avoid: [], tags: [], sources: [], examples: [], at };
}
