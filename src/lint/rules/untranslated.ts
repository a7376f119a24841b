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

/**
 * Text with at least two words once placeholders, tags, addresses and code are taken out.
 * Linear in the text: pairs are found with indexOf, and no regular expression can backtrack
 * over a long run (a 290 KB base64 `data:` URI took 90 s with one that could).
 */
export function isProse(text: string): boolean {
  if (hasHan(text)) return true;
  let words = 0;
  for (const token of withoutPairs(withoutPairs(withoutPairs(text, '{{', '}}'), '{%', '%}'), '<', '>').split(/\s+/)) {
    // an address (https://…, data:…, someone@example.org) is not prose
    if (token.includes('://') || token.includes('@') || token.startsWith('data:')) continue;
    for (const _ of token.replace(/\{\d*\}|%[\d$.]*[@sdifuxXegc]/g, ' ').matchAll(/\p{L}{2,}/gu)) if (++words >= 2) return true;
  }
  return false;
}

/** The text with every `open … close` pair blanked out; an open with no close is left as it is. */
function withoutPairs(text: string, open: string, close: string): string {
  let out = '';
  let at = 0;
  for (let i = text.indexOf(open); i !== -1; i = text.indexOf(open, at)) {
    const j = text.indexOf(close, i + open.length);
    if (j === -1) break;
    out += `${text.slice(at, i)} `;
    at = j + close.length;
  }
  return at === 0 ? text : out + text.slice(at);
}
