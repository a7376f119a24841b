// Terminal columns for the TUI: Chinese characters take two columns, combining marks none, so
// every cut and pad goes through string-width; alignment breaks on the first guess otherwise.
import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns `text` takes on a terminal. */
export function widthOf(text: string): number {
  return stringWidth(text);
}

/** Grapheme clusters with their widths (a tone-marked pinyin letter is one cluster of width 1). */
function clusters(text: string): { s: string; w: number }[] {
  return Array.from(segmenter.segment(text), ({ segment }) => ({ s: segment, w: stringWidth(segment) }));
}

/**
 * `text` cut to at most `width` columns, ending in `…` when cut. A double-width character that
 * would straddle the edge is dropped whole, so the result may be one column short.
 */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { s, w } of clusters(text)) {
    if (used + w > width - 1) break;
    out += s;
    used += w;
  }
  return `${out}…`;
}

/** `text` truncated and then padded with spaces to exactly `width` columns. */
export function fit(text: string, width: number): string {
  const cut = truncate(text, width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** The last columns of `text` that fit in `width`, starting with `…` when cut (a long search line). */
export function tail(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  const parts = clusters(text);
  let out = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const { s, w } = parts[i]!;
    if (used + w > width - 1) break;
    out = s + out;
    used += w;
  }
  return `…${out}`;
}

/**
 * Prose wrapped to lines of at most `width` columns: at spaces in English, anywhere between
 * Chinese characters (which have no spaces), and hard inside a word longer than a line.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const out: string[] = [];
  for (const para of text.split(/\r?\n/)) {
    // tokens: a run of spaces, a single CJK cluster, or a run of anything else
    const tokens = para.match(/\s+|[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu) ?? [];
    let line = '';
    let used = 0;
    const flush = () => {
      out.push(line.trimEnd());
      line = '';
      used = 0;
    };
    for (const token of tokens) {
      const tw = stringWidth(token);
      if (/^\s+$/.test(token)) {
        if (used > 0 && used + tw <= w) {
          line += token;
          used += tw;
        } else if (used > 0) flush();
        continue;
      }
      if (used > 0 && used + tw > w) flush();
      if (tw > w) {
        // a word longer than a line: cut it hard
        for (const { s, w: cw } of clusters(token)) {
          if (used + cw > w) flush();
          line += s;
          used += cw;
        }
        continue;
      }
      line += token;
      used += tw;
    }
    if (line.trim() !== '' || para.trim() === '') flush();
  }
  return out;
}
