// avoid-term: the target uses a rendering the glossary says to avoid. Where it fires for an
// entry in a segment it replaces that entry's missing-term (DESIGN §3).
import type { IndexedEntry } from '../../index/term-index.js';
import type { EnglishText, PhraseMatch, PhraseMatcher } from '../../text/english.js';
import type { Finding } from '../problem.js';
import type { Severity } from '../rules.js';

/**
 * An avoided rendering found in a target. zh→en (and monolingual English): `found` is English,
 * and the entry's English renderings are expected. en→zh: pass the Chinese forms as `expected`
 * and the source's English term as `of`.
 */
export function avoidTerm(severity: Severity, entry: IndexedEntry, found: string, zh?: { expected: string[]; of: string }): Finding {
  return {
    rule: 'avoid-term',
    severity,
    term: entry.zh,
    expected: zh ? zh.expected : [entry.en, ...entry.en_also],
    found,
    message: `"${found}" is a rendering to avoid for "${zh ? zh.of : entry.zh}": use "${zh ? entry.zh : entry.en}"`,
  };
}

/**
 * The avoided renderings in an English text that are not part of an admitted one ("Belt and
 * Road" inside "Belt and Road Initiative" is fine).
 */
export function avoidedIn(avoid: PhraseMatcher<string>, admitted: PhraseMatcher<string>, english: EnglishText): PhraseMatch<string>[] {
  const avoided = avoid.findAllIn(english);
  if (avoided.length === 0) return avoided;
  const all = admitted.findAllIn(english);
  return avoided.filter((a) => !all.some((b) => b.start <= a.start && a.end <= b.end));
}
