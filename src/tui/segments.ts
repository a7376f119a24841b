// Styled text as plain data: a line is a list of segments, each with a tone that one component
// (styled-line.tsx) turns into colours. Cutting, padding and wrapping work on columns.
import type { Range } from './highlight.js';
import { visibleLine } from '../text/terminal.js';
import { widthOf } from './text-width.js';

/** What a piece of text is, not how it looks: styled-line.tsx picks the look. */
export type Tone =
  | 'plain'
  | 'dim'
  | 'bold'
  | 'match' // the part of a row the query matched
  | 'zh'
  | 'pinyin'
  | 'en' // the preferred rendering
  | 'avoid' // a rendering (or form) to avoid
  | 'label'
  | 'warn'
  | 'ok'
  | 'key' // a key name in hints and help
  | 'term' // a glossary term found in pasted text
  | 'current'; // the selected term's occurrences in pasted text

export interface Seg {
  text: string;
  tone: Tone;
}

export type Line = Seg[];

/** A segment; text from a file shows its control characters as escapes, never as commands. */
export const seg = (text: string, tone: Tone = 'plain'): Seg => ({ text: visibleLine(text), tone });

/** `text` split into segments with `ranges` (sorted, disjoint) in `hit` and the rest in `base`. */
export function withRanges(text: string, ranges: readonly Range[], base: Tone, hit: Tone): Seg[] {
  const out: Seg[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) out.push(seg(text.slice(at, r.start), base));
    out.push(seg(text.slice(r.start, r.end), hit));
    at = r.end;
  }
  if (at < text.length) out.push(seg(text.slice(at), base));
  return out;
}

export function lineWidth(line: Line): number {
  return line.reduce((n, s) => n + widthOf(s.text), 0);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The line cut to `width` columns (ending in `…` when cut) and padded with spaces to exactly
 * `width`, so that columns after it line up whatever script it holds.
 */
export function fitLine(line: Line, width: number, pad = true): Line {
  if (width <= 0) return [];
  const total = lineWidth(line);
  if (total <= width) return pad && total < width ? [...line, seg(' '.repeat(width - total))] : line;
  const out: Line = [];
  let used = 0;
  outer: for (const s of line) {
    let text = '';
    for (const { segment } of segmenter.segment(s.text)) {
      const w = widthOf(segment);
      if (used + w > width - 1) {
        if (text) out.push(seg(text, s.tone));
        break outer;
      }
      text += segment;
      used += w;
    }
    if (text) out.push(seg(text, s.tone));
  }
  const last = out[out.length - 1];
  out.push(seg('…', last?.tone ?? 'dim'));
  used += 1;
  if (pad && used < width) out.push(seg(' '.repeat(width - used)));
  return out;
}

/** The line broken into lines of at most `width` columns, anywhere (for Chinese running text). */
export function wrapLine(line: Line, width: number): Line[] {
  const w = Math.max(2, width);
  const lines: Line[] = [[]];
  let used = 0;
  for (const s of line) {
    let text = '';
    for (const { segment } of segmenter.segment(s.text)) {
      const cw = widthOf(segment);
      if (used + cw > w) {
        if (text) lines[lines.length - 1]!.push(seg(text, s.tone));
        lines.push([]);
        text = '';
        used = 0;
      }
      text += segment;
      used += cw;
    }
    if (text) lines[lines.length - 1]!.push(seg(text, s.tone));
  }
  return lines;
}

/** Plain text of a line (for tests and for measuring). */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join('');
}

/** Key hints for the status line: `↑↓ move · Enter details`, keys in the `key` tone. */
export function keyHints(pairs: readonly (readonly [string, string])[]): Line {
  return pairs.flatMap(([key, what], i) => [...(i > 0 ? [seg(' · ', 'dim')] : []), seg(key, 'key'), seg(` ${what}`, 'dim')]);
}
