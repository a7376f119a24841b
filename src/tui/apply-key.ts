// Key handling as a pure reducer: what a key press does to the UI state, for each view.
//
// Ink hands useInput one event per escape sequence, but plain bytes arriving together stay one
// event: three fast backspaces come as "\x7f\x7f\x7f", a paste as a whole paragraph, and
// "ab\x15" when Ctrl-U follows typing closely. readPresses() splits such a chunk into presses,
// so backspaces delete, Ctrl+letter is a command and never text (DESIGN §8: ink-text-input
// gets both wrong), and a pasted paragraph keeps its characters.
import type { Key } from 'ink';
import { keepVisible } from './layout.js';

export type View = 'list' | 'detail' | 'help';

export interface UiState {
  view: View;
  /** Where the help view returns to. */
  back: 'list' | 'detail';
  query: string;
  /** Cursor in the search line, a UTF-16 offset at a code point boundary. */
  cursor: number;
  /** Selected row of the list (0-based). */
  selected: number;
  /** First visible row of the list. */
  scroll: number;
  /** First visible line of the detail view. */
  detailScroll: number;
  /** Index into the domain list; -1 for all domains. */
  domain: number;
}

export const INITIAL_STATE: UiState = { view: 'list', back: 'list', query: '', cursor: 0, selected: 0, scroll: 0, detailScroll: 0, domain: -1 };

/** A key press after splitting: text to insert, a named key, or Ctrl+letter. */
export type Press =
  | { name: 'text'; text: string }
  | { name: 'ctrl'; letter: string }
  | { name: 'up' | 'down' | 'left' | 'right' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'enter' | 'escape' | 'backspace' | 'deleteWord' | 'tab' | 'backTab' };

/** What the state cannot do by itself: leave, or put the selected rendering on the clipboard. */
export type Effect = 'quit' | 'copy';

/** What the reducer needs to know about the screen and the results. */
export interface KeyContext {
  /** Rows in the list. */
  count: number;
  listHeight: number;
  /** Lines the detail view shows at once, and lines the selected entry's details take. */
  pageHeight: number;
  detailLength: number;
  /** How many domains Tab cycles through (besides "all"). */
  domainCount: number;
}

export interface Transition {
  state: UiState;
  effects: Effect[];
}

/** Splits what useInput delivered into presses. */
export function readPresses(input: string, key: Key): Press[] {
  if (key.upArrow) return [{ name: 'up' }];
  if (key.downArrow) return [{ name: 'down' }];
  if (key.leftArrow) return [{ name: 'left' }];
  if (key.rightArrow) return [{ name: 'right' }];
  if (key.pageUp) return [{ name: 'pageUp' }];
  if (key.pageDown) return [{ name: 'pageDown' }];
  if (key.home) return [{ name: 'home' }];
  if (key.end) return [{ name: 'end' }];
  if (key.return) return [{ name: 'enter' }];
  if (key.escape) return [{ name: 'escape' }];
  if (key.tab) return [{ name: key.shift ? 'backTab' : 'tab' }];
  // Ink reports the DEL byte most terminals send for Backspace as `delete`
  if (key.backspace || key.delete) return [{ name: key.meta ? 'deleteWord' : 'backspace' }];
  if (key.ctrl && input.length === 1) return [{ name: 'ctrl', letter: input.toLowerCase() }];
  if (key.meta) return []; // Alt+letter: not text
  if (input === '\n') return [{ name: 'enter' }];
  return readChunk(input);
}

/**
 * A chunk of bytes: text runs, with backspaces and control characters as presses of their own.
 * Tabs and line breaks are keys when the chunk holds nothing else (Tab pressed fast), and
 * whitespace inside pasted text otherwise.
 */
function readChunk(input: string): Press[] {
  if (/^[\t\r\n]+$/.test(input)) return [...input].map((c) => ({ name: c === '\t' ? 'tab' : 'enter' }));
  const out: Press[] = [];
  let text = '';
  const flush = () => {
    const clean = cleanText(text);
    if (clean) out.push({ name: 'text', text: clean });
    text = '';
  };
  for (const ch of input) {
    const c = ch.codePointAt(0)!;
    if (c === 0x7f || c === 0x08) {
      flush();
      out.push({ name: 'backspace' });
    } else if (c === 0x0d || c === 0x0a || c === 0x09) {
      text += ch; // line breaks and tabs inside pasted text
    } else if (c < 0x20) {
      flush();
      if (c >= 1 && c <= 26) out.push({ name: 'ctrl', letter: String.fromCharCode(c + 96) });
    } else if (c >= 0x80 && c < 0xa0) {
      // C1 controls: never text
    } else text += ch;
  }
  flush();
  return out;
}

const CJK_EDGE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * Pasted text on one line: a line break between two Chinese characters goes (hard-wrapped
 * Chinese has no spaces, and a term may straddle the break); elsewhere it becomes a space.
 */
export function cleanText(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, (m, offset: number) => {
    const before = text[offset - 1] ?? '';
    const after = text[offset + m.length] ?? '';
    return CJK_EDGE.test(before) && CJK_EDGE.test(after) ? '' : ' ';
  }).replace(/\t/g, ' ');
}

/** Applies everything useInput delivered in one call. */
export function applyInput(state: UiState, input: string, key: Key, ctx: KeyContext): Transition {
  let current = state;
  const effects: Effect[] = [];
  const presses = readPresses(input, key);
  for (let i = 0; i < presses.length; i++) {
    const press = presses[i]!;
    // outside the search line each letter is a key of its own ("qy" typed fast is q, then y)
    if (press.name === 'text' && current.view !== 'list' && [...press.text].length > 1) {
      presses.splice(i, 1, ...[...press.text].map((text) => ({ name: 'text' as const, text })));
      i--;
      continue;
    }
    const t = applyKey(current, press, ctx);
    current = t.state;
    effects.push(...t.effects);
    if (t.effects.includes('quit')) break;
  }
  return { state: current, effects };
}

/** One key press. */
export function applyKey(state: UiState, press: Press, ctx: KeyContext): Transition {
  if (press.name === 'ctrl' && press.letter === 'c') return quit(state);
  switch (state.view) {
    case 'list':
      return applyListKey(state, press, ctx);
    case 'detail':
      return applyDetailKey(state, press, ctx);
    case 'help':
      return applyHelpKey(state, press);
  }
}

const same = (state: UiState): Transition => ({ state, effects: [] });
const to = (state: UiState): Transition => ({ state, effects: [] });
const quit = (state: UiState): Transition => ({ state, effects: ['quit'] });

/** The list view: typing goes to the search line; the movement keys move the selection. */
function applyListKey(state: UiState, press: Press, ctx: KeyContext): Transition {
  switch (press.name) {
    case 'text':
      if (press.text === '?') return to({ ...state, view: 'help', back: 'list' });
      return edit(state, state.query.slice(0, state.cursor) + press.text + state.query.slice(state.cursor), state.cursor + press.text.length);
    case 'backspace': {
      if (state.cursor === 0) return same(state);
      const at = previousCodePoint(state.query, state.cursor);
      return edit(state, state.query.slice(0, at) + state.query.slice(state.cursor), at);
    }
    case 'deleteWord': {
      const at = previousWordStart(state.query, state.cursor);
      return edit(state, state.query.slice(0, at) + state.query.slice(state.cursor), at);
    }
    case 'left':
      return to({ ...state, cursor: previousCodePoint(state.query, state.cursor) });
    case 'right':
      return to({ ...state, cursor: nextCodePoint(state.query, state.cursor) });
    case 'up':
      return select(state, state.selected - 1, ctx);
    case 'down':
      return select(state, state.selected + 1, ctx);
    case 'pageUp':
      return select(state, state.selected - Math.max(1, ctx.listHeight - 1), ctx);
    case 'pageDown':
      return select(state, state.selected + Math.max(1, ctx.listHeight - 1), ctx);
    case 'home':
      return select(state, 0, ctx);
    case 'end':
      return select(state, ctx.count - 1, ctx);
    case 'enter':
      return ctx.count > 0 ? to({ ...state, view: 'detail', detailScroll: 0 }) : same(state);
    case 'escape':
      if (state.query !== '') return edit(state, '', 0);
      return state.domain !== -1 ? to({ ...state, domain: -1, selected: 0, scroll: 0 }) : same(state);
    case 'tab':
    case 'backTab':
      return to({ ...state, domain: cycle(state.domain, ctx.domainCount, press.name === 'tab' ? 1 : -1), selected: 0, scroll: 0 });
    case 'ctrl':
      switch (press.letter) {
        case 'u':
          return edit(state, '', 0);
        case 'w':
          return applyListKey(state, { name: 'deleteWord' }, ctx);
        case 'k':
          return edit(state, state.query.slice(0, state.cursor), state.cursor);
        case 'a':
          return to({ ...state, cursor: 0 });
        case 'e':
          return to({ ...state, cursor: state.query.length });
        case 'y':
          return { state, effects: ['copy'] };
        case 'p':
          return select(state, state.selected - 1, ctx);
        case 'n':
          return select(state, state.selected + 1, ctx);
        default:
          return same(state); // Ctrl+letter is a command, never text
      }
  }
}

/** The detail view: keys scroll the details; ←/→ step through the list. */
function applyDetailKey(state: UiState, press: Press, ctx: KeyContext): Transition {
  const last = Math.max(0, ctx.detailLength - ctx.pageHeight);
  const scroll = (to: number) => ({ state: { ...state, detailScroll: Math.max(0, Math.min(last, to)) }, effects: [] as Effect[] });
  switch (press.name) {
    case 'up':
      return scroll(state.detailScroll - 1);
    case 'down':
      return scroll(state.detailScroll + 1);
    case 'pageUp':
      return scroll(state.detailScroll - Math.max(1, ctx.pageHeight - 1));
    case 'pageDown':
      return scroll(state.detailScroll + Math.max(1, ctx.pageHeight - 1));
    case 'home':
      return scroll(0);
    case 'end':
      return scroll(last);
    case 'left':
    case 'right': {
      const t = select(state, state.selected + (press.name === 'left' ? -1 : 1), ctx);
      return to({ ...t.state, detailScroll: t.state.selected === state.selected ? state.detailScroll : 0 });
    }
    case 'escape':
    case 'backspace':
      return to({ ...state, view: 'list' });
    case 'text':
      if (press.text === 'q') return quit(state);
      if (press.text === 'y') return { state, effects: ['copy'] };
      if (press.text === '?') return to({ ...state, view: 'help', back: 'detail' });
      return same(state);
    case 'ctrl':
      return press.letter === 'y' ? { state, effects: ['copy'] } : same(state);
    default:
      return same(state);
  }
}

/** The help view: q quits, any other key goes back. */
function applyHelpKey(state: UiState, press: Press): Transition {
  if (press.name === 'text' && press.text === 'q') return quit(state);
  return to({ ...state, view: state.back });
}

function edit(state: UiState, query: string, cursor: number): Transition {
  return to({ ...state, query, cursor, selected: 0, scroll: 0, detailScroll: 0 });
}

function select(state: UiState, selected: number, ctx: KeyContext): Transition {
  const s = Math.max(0, Math.min(ctx.count - 1, selected));
  return to({ ...state, selected: s, scroll: keepVisible(state.scroll, s, ctx.listHeight, ctx.count) });
}

function cycle(current: number, count: number, step: 1 | -1): number {
  // -1 (all) → 0 → … → count-1 → -1
  const n = count + 1;
  return ((((current + 1 + step) % n) + n) % n) - 1;
}

function previousCodePoint(s: string, at: number): number {
  if (at <= 0) return 0;
  const low = s.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff ? at - 2 : at - 1;
}

function nextCodePoint(s: string, at: number): number {
  if (at >= s.length) return s.length;
  const high = s.charCodeAt(at);
  return high >= 0xd800 && high <= 0xdbff && at + 1 < s.length ? at + 2 : at + 1;
}

/** Start of the word before the cursor: spaces first, then letters (or a run of Han characters). */
function previousWordStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(s[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(s[i - 1]!)) i--;
  return i;
}
