// Sentence mode's view of the pasted text: wrapped, with every glossary term marked and the
// selected term's occurrences marked differently, scrolled to show the selected term.
import type { TextTerms } from './sentence.js';
import { seg, wrapLine, type Line } from './segments.js';

/** At most `height` lines of `source`, `width` columns wide, showing the selected term. */
export function formatPastedText(source: string, found: TextTerms, selectedTerm: number | undefined, width: number, height: number): Line[] {
  const line: Line = [];
  let at = 0;
  for (const o of found.occurrences) {
    if (o.start < at) continue;
    if (o.start > at) line.push(seg(source.slice(at, o.start)));
    line.push(seg(source.slice(o.start, o.end), o.term === selectedTerm ? 'current' : 'term'));
    at = o.end;
  }
  if (at < source.length) line.push(seg(source.slice(at)));
  const lines = wrapLine(line, width);
  if (lines.length <= height) return lines;
  const first = lines.findIndex((l) => l.some((s) => s.tone === 'current'));
  const top = first <= 0 ? 0 : Math.min(first, lines.length - height);
  return lines.slice(top, top + height);
}

/** Lines the text needs at `width` (to size the text area). */
export function pastedTextHeight(source: string, width: number): number {
  return wrapLine([seg(source)], width).length;
}
