// Where everything goes for a terminal size. Pure, so every size (80×24, a narrow split, a wide
// screen, a resize mid-search) is computed the same way and can be tested without a terminal.

export interface Size {
  columns: number;
  rows: number;
}

export interface Layout {
  columns: number;
  /** Lines the UI draws: one less than the terminal, which keeps Ink on its incremental path. */
  height: number;
  /** A detail pane beside the list (wide terminals). */
  hasSidePane: boolean;
  listWidth: number;
  /** Width of the side pane (0 without one). */
  paneWidth: number;
  /** Lines of pasted text shown above the list in sentence mode. */
  textHeight: number;
  listHeight: number;
  /** Lines of the selected entry shown under the list (narrow terminals; 0 without). */
  previewHeight: number;
  /** Lines of the full-screen detail and help views. */
  pageHeight: number;
}

/** Terminals at least this wide get the detail pane beside the list. */
export const SIDE_PANE_COLUMNS = 120;

/** Fixed lines: the search line, the rule under it, the status line. */
const CHROME = 3;

/**
 * Lays out the screen. `textLines` is how many lines the pasted text needs in sentence mode
 * (0 otherwise); it gets up to a quarter of the height. With `rowCount` rows to show, a short
 * list leaves its spare lines to the preview of the selected entry.
 */
export function computeLayout(size: Size, textLines = 0, rowCount = Infinity): Layout {
  const columns = Math.max(20, size.columns);
  const height = Math.max(8, size.rows - 1);
  const hasSidePane = columns >= SIDE_PANE_COLUMNS;
  const listWidth = hasSidePane ? Math.floor(columns * 0.55) : columns;
  const paneWidth = hasSidePane ? columns - listWidth - 3 : 0; // " │ " between
  const textHeight = textLines > 0 ? Math.min(textLines, Math.max(1, Math.floor(height / 4))) + 1 : 0; // + a rule
  const body = height - CHROME - textHeight;
  // a preview under the list when there is no side pane and room for a useful list
  const basePreview = hasSidePane || body < 12 ? 0 : Math.min(6, Math.floor(body / 3));
  const listHeight = basePreview === 0 ? Math.max(1, body) : Math.max(Math.min(rowCount, body - basePreview), Math.min(3, body - basePreview));
  const previewHeight = basePreview === 0 ? 0 : body - listHeight;
  return { columns, height, hasSidePane, listWidth, paneWidth, textHeight, listHeight, previewHeight, pageHeight: Math.max(1, height - CHROME) };
}

/** The first visible row that keeps `selected` on screen, moving `scroll` as little as possible. */
export function keepVisible(scroll: number, selected: number, height: number, count: number): number {
  const h = Math.max(1, height);
  let top = Math.min(scroll, Math.max(0, count - h));
  if (selected < top) top = selected;
  if (selected >= top + h) top = selected - h + 1;
  return Math.max(0, top);
}
