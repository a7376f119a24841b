// missing-term: the source holds a glossary term and the target none of its renderings.
import type { IndexedEntry } from '../../index/term-index.js';
import { quoteList, type Finding } from '../problem.js';
import type { Severity } from '../rules.js';

/**
 * The finding for an entry whose renderings are all missing; `what` names the term as the
 * source wrote it. A draft entry's finding is at most a warning.
 */
export function missingTerm(severity: Severity, entry: IndexedEntry, expected: string[], what: string): Finding {
  return {
    rule: 'missing-term',
    severity: entry.status === 'draft' ? 'warning' : severity,
    term: entry.zh,
    expected,
    found: null,
    message: `${what} should be rendered ${quoteList(expected)}`,
  };
}
