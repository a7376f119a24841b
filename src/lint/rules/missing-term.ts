// missing-term: the source holds a glossary term and the target none of its renderings.
import type { IndexedEntry } from '../../index/term-index.js';
import { quote, quoteList, type Finding } from '../problem.js';
import type { Severity } from '../rules.js';

/**
 * The finding for an entry whose renderings are all missing; `what` names the term as the
 * source wrote it. A draft entry's finding is at most a warning. The message names the
 * preferred rendering and the shortest admitted one; `expected` lists them all.
 */
export function missingTerm(severity: Severity, entry: IndexedEntry, expected: string[], what: string): Finding {
  return {
    rule: 'missing-term',
    severity: entry.status === 'draft' ? 'warning' : severity,
    term: entry.zh,
    expected,
    found: null,
    message: `${what} should be rendered ${renderings(expected)}`,
  };
}

/**
 * Most of a rendering's words are in the target, but not in an accepted form: a warning that
 * quotes what was found, since it is often an official variant the glossary lacks.
 */
export function partialTerm(entry: IndexedEntry, expected: string[], what: string, found: string): Finding {
  return {
    rule: 'missing-term',
    severity: 'warning',
    term: entry.zh,
    expected,
    found,
    message: `${what} is rendered ${quote(found)} here, not ${renderings(expected)}: if that is right, add it to the entry's en_also`,
  };
}

/** The preferred rendering and the shortest other one, and how many more there are. */
function renderings(expected: readonly string[]): string {
  if (expected.length <= 3) return quoteList(expected);
  const [preferred, ...others] = expected;
  const shortest = others.reduce((a, b) => (b.length < a.length ? b : a));
  const more = others.length - 1;
  return `${quoteList([preferred!, shortest])} (or ${more} other${more === 1 ? '' : 's'} in the glossary)`;
}
