// The TUI's state and effects: the key reducer's state, the search for the current line, the
// layout for the terminal's size, and what a key press asks for (quit, copy).
import { useApp, useCursor, useInput, useStdout, type Key } from 'ink';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { IndexedEntry, TermIndex } from '../index/term-index.js';
import { applyInput, INITIAL_STATE, type KeyContext, type UiState } from './apply-key.js';
import { detailLines } from './detail-lines.js';
import { formatRow, rowWidths } from './format-row.js';
import { formatSearchLine, type SearchLineView } from './format-search-line.js';
import { formatPastedText, pastedTextHeight } from './format-text.js';
import { countLabel, emptyLabel, listLabel } from './labels.js';
import { computeLayout, keepVisible, type Layout } from './layout.js';
import { osc52 } from './osc52.js';
import { listDomains, type DomainCount, type SearchResult } from './search.js';
import type { Line } from './segments.js';
import { widthOf } from './text-width.js';
import { useFlash } from './use-flash.js';
import { useSearch } from './use-search.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface TuiOptions {
  /** Puts text on the clipboard; by default the OSC 52 escape written to the terminal. */
  copy?: (text: string) => void;
  /** Running inside tmux: copy with tmux's passthrough as well. */
  inTmux?: boolean;
  /** What the search line starts with. */
  initialQuery?: string;
}

export interface TuiView {
  state: UiState;
  layout: Layout;
  result: SearchResult;
  /** Entries in the index. */
  total: number;
  domain?: DomainCount;
  search: SearchLineView;
  /** The list rows on screen, formatted, and which of them is selected (-1: none). */
  listLines: Line[];
  selectedLine: number;
  /** "12 of 214", the rule's label above the list, the empty list's message (labels.ts). */
  countLabel: string;
  listLabel: string;
  emptyLabel: string;
  selectedEntry?: IndexedEntry;
  /** The selected entry's details, wrapped for where they are shown (side pane, preview or page). */
  detail: Line[];
  /** Sentence mode: the pasted text's visible lines. */
  textLines: Line[];
  flash?: string;
}

/** The prompt in front of the query. */
export const PROMPT = '› ';

export function useTui(index: TermIndex, options: TuiOptions = {}): TuiView {
  const { exit } = useApp();
  const { stdout } = useStdout();
  const { setCursorPosition } = useCursor();
  const size = useTerminalSize();
  const [state, setState] = useState<UiState>(() => ({ ...INITIAL_STATE, query: options.initialQuery ?? '', cursor: options.initialQuery?.length ?? 0 }));
  // Several events can arrive before React renders again (a burst of arrow keys): each must
  // see the state the previous one left, so the reducer runs on a ref.
  const current = useRef(state);
  const domains = useMemo(() => listDomains(index), [index]);
  const domain = state.domain >= 0 ? domains[state.domain] : undefined;
  const { result, pending } = useSearch(index, state.query, domain);
  const [flash, showFlash] = useFlash();

  // Everything below is memoised on what it shows: the frame that draws a typed key (before its
  // search has run) then only redraws the search line.
  const textWidth = size.columns - 2;
  const textLineCount = useMemo(() => (result.text ? pastedTextHeight(result.text.source, textWidth) : 0), [result, textWidth]);
  const count = result.rows.length;
  const layout = computeLayout(size, textLineCount, count);
  const selected = Math.min(state.selected, Math.max(0, count - 1));
  const scroll = keepVisible(state.scroll, selected, layout.listHeight, count);
  const visibleCount = Math.min(layout.listHeight, Math.max(0, count - scroll));
  const listLines = useMemo(() => {
    const visible = result.rows.slice(scroll, scroll + layout.listHeight).map((row) => ({ row, entry: index.entry(row.index) }));
    const widths = rowWidths(visible, result, layout.listWidth);
    return visible.map(({ row, entry }, i) => formatRow(entry, row, result, widths, scroll + i === selected));
  }, [index, result, scroll, selected, layout.listHeight, layout.listWidth]);
  const selectedRow = result.rows[selected];
  const selectedEntry = selectedRow ? index.entry(selectedRow.index) : undefined;

  const detailWidth = state.view === 'detail' ? size.columns - 2 : layout.hasSidePane ? layout.paneWidth : size.columns - 2;
  const withHeading = state.view === 'detail' || layout.hasSidePane;
  const detail = useMemo(() => (selectedEntry ? detailLines(selectedEntry, detailWidth, { heading: withHeading }) : []), [selectedEntry, detailWidth, withHeading]);
  const textHeight = Math.max(0, layout.textHeight - 1);
  const selectedTerm = selectedRow?.term;
  const textLines = useMemo(() => (result.text ? formatPastedText(result.text.source, result.text, selectedTerm, textWidth, textHeight) : []), [result, selectedTerm, textWidth, textHeight]);

  const above = scroll;
  const below = Math.max(0, count - scroll - visibleCount);
  const counted = pending ? `${countLabel(result, domain)} …` : countLabel(result, domain);
  const search = formatSearchLine(state.query, state.cursor, size.columns - widthOf(PROMPT) - widthOf(counted) - 1);
  setCursorPosition(state.view === 'list' ? { x: widthOf(PROMPT) + search.cursorX, y: 0 } : undefined);

  const ctx: KeyContext = { count, listHeight: layout.listHeight, pageHeight: layout.pageHeight, detailLength: detail.length, domainCount: domains.length };
  const context = useRef(ctx);
  context.current = ctx;
  const copy = options.copy ?? ((text: string) => void stdout.write(osc52(text, { inTmux: Boolean(options.inTmux) })));
  const copyRef = useRef(copy);
  copyRef.current = copy;
  const resultRef = useRef(result);
  resultRef.current = result;

  const onInput = useCallback(
    (input: string, key: Key) => {
      // the list may have shrunk or the terminal changed size since the last key: start from what is on screen
      const { count: n, listHeight } = context.current;
      const shown = Math.min(current.current.selected, Math.max(0, n - 1));
      const before = { ...current.current, selected: shown, scroll: keepVisible(current.current.scroll, shown, listHeight, n) };
      const t = applyInput(before, input, key, context.current);
      current.current = t.state;
      setState(t.state);
      for (const effect of t.effects) {
        if (effect === 'quit') exit();
        if (effect === 'copy') {
          const row = resultRef.current.rows[t.state.selected];
          if (!row) showFlash('Nothing to copy: no entry is selected');
          else {
            const { en } = index.entry(row.index);
            copyRef.current(en);
            showFlash(`Copied “${en}” to the clipboard (OSC 52)`);
          }
        }
      }
    },
    [exit, index, showFlash],
  );
  // One useInput for every view (STYLE §7 asks for one per pane with isActive): the views are
  // whole screens, and flipping isActive turns the tty's raw mode off and on again at every
  // switch (Ink counts raw-mode users), so the reducer dispatches on the view instead.
  useInput(onInput);

  return {
    state: { ...state, selected, scroll },
    layout,
    result,
    total: index.size,
    ...(domain ? { domain } : {}),
    search,
    listLines,
    selectedLine: selected - scroll,
    countLabel: counted,
    listLabel: listLabel(result, domain, selected, above, below),
    emptyLabel: emptyLabel(result, domain, state.query),
    ...(selectedEntry ? { selectedEntry } : {}),
    detail,
    textLines,
    ...(flash ? { flash } : {}),
  };
}
