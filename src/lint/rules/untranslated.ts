// untranslated: Han left in an English target, none in a Chinese target, or the source copied.
import { firstHan, hasHan } from '../../text/han.js';
import type { Finding } from '../problem.js';
import type { Severity } from '../rules.js';

/**
 * The finding for a target left untranslated, with its offset in the target, or undefined.
 * `side` is the target's language.
 */
export function untranslated(severity: Severity, source: string, target: string, side: 'en' | 'zh'): { offset: number; finding: Finding } | undefined {
  // A name, a code or a template copied unchanged is normal in software files (Firefox,
  // {{ author }}, git clone …): only prose left untranslated is worth a warning.
  if (!isProse(source)) return undefined;
  let offset = -1;
  let why = '';
  if (source.trim() === target.trim()) {
    offset = 0;
    why = 'the target is a copy of the source';
  } else if (side === 'en' && hasHan(target)) {
    offset = firstHan(target);
    why = 'Chinese characters are left in the English target';
  } else if (side === 'zh' && !hasHan(target) && /\p{L}/u.test(source)) {
    offset = 0;
    why = 'the Chinese target has no Chinese characters';
  }
  if (offset < 0) return undefined;
  return {
    offset,
    finding: { rule: 'untranslated', severity, term: '', expected: [], found: target.length > 60 ? `${target.slice(0, 57)}…` : target, message: why },
  };
}

/** Text with at least two words once placeholders, tags, addresses and code are taken out. */
export function isProse(text: string): boolean {
  if (hasHan(text)) return true;
  const words = text
    .replace(/\{\{.*?\}\}|\{%.*?%\}|\{\d*\}|%[\d$.]*[@sdifuxXegc]|<[^>]*>|\S+:\/\/\S+|\S+@\S+/g, ' ')
    .match(/\p{L}{2,}/gu);
  return (words?.length ?? 0) >= 2;
}
