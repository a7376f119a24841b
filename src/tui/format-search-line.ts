// The search line's visible part: a pasted paragraph is far wider than the screen, so it shows
// the window around the cursor, and says where the terminal cursor goes (Chinese IMEs draw
// their composition there).
import { seg, type Line } from './segments.js';
import { tail, truncate, widthOf } from './text-width.js';

export const PLACEHOLDER = 'type a term, pinyin (jbgs), English, or paste Chinese text';

export interface SearchLineView {
  line: Line;
  /** Column of the cursor within the line (0-based). */
  cursorX: number;
}

/** The query in at most `width` columns, with the cursor kept in view. */
export function formatSearchLine(query: string, cursor: number, width: number): SearchLineView {
  const w = Math.max(4, width);
  if (query === '') return { line: [seg(truncate(PLACEHOLDER, w - 1), 'dim')], cursorX: 0 };
  const before = query.slice(0, cursor);
  const after = query.slice(cursor);
  // room for the cursor cell itself at the end
  const beforeShown = after === '' ? tail(before, w - 1) : tail(before, Math.max(1, Math.min(widthOf(before), w - 1 - Math.min(widthOf(after), Math.floor(w / 3)))));
  const afterShown = truncate(after, w - 1 - widthOf(beforeShown));
  return { line: [seg(beforeShown), seg(afterShown)], cursorX: widthOf(beforeShown) };
}
