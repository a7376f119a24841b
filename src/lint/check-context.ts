// What a rule check needs from the file being linted: the engine's matchers, the file's log of
// renderings used, and a place to put problems.
import type { TermIndex } from '../index/term-index.js';
import type { PhraseMatcher } from '../text/english.js';
import type { LooseRendering } from '../text/english-loose.js';
import type { Problem } from './problem.js';
import type { RuleSettings } from './rules.js';
import type { RenderingLog } from './rules/inconsistent-term.js';

/** Admitted and avoided English renderings of one entry. */
export interface EntryMatchers {
  admitted: PhraseMatcher<string>;
  avoid: PhraseMatcher<string>;
  /** The admitted renderings' content words, for tolerant matching; made when first needed. */
  loose: LooseRendering[] | undefined;
}

export interface CheckContext {
  readonly index: TermIndex;
  readonly rules: RuleSettings;
  readonly path: string;
  readonly log: RenderingLog;
  matchers(i: number): EntryMatchers;
  /** Every entry's admitted renderings that mark a term in an English source. */
  termMatcher(): PhraseMatcher<number>;
  emit(problem: Problem): void;
  /**
   * Emits `problem` for entry `i` when the file ends, unless the file renders the entry
   * somewhere: once per entry, the first kept (relaxed entries).
   */
  emitUnlessRendered(i: number, problem: Problem): void;
  /** Counts a glossary term found in a source and checked (-1: it was not the term after all). */
  countTerm(delta?: number): void;
}
