// The key reducer on its own: what each key does to the state, and how a chunk of bytes that
// Ink delivers whole is split into presses.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { applyInput, applyKey, cleanText, INITIAL_STATE, readPresses, type KeyContext, type UiState } from '../../src/tui/apply-key.js';

const NO_KEY: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const key = (k: Partial<Key> = {}): Key => ({ ...NO_KEY, ...k });
const ctx: KeyContext = { count: 50, listHeight: 10, pageHeight: 20, detailLength: 30, domainCount: 3 };
const state = (s: Partial<UiState> = {}): UiState => ({ ...INITIAL_STATE, ...s });
/** What useInput passes for plain bytes: Ink's own parse of "\x7f\x7f" gives no key flag at all. */
const typed = (s: UiState, input: string, k: Partial<Key> = {}) => applyInput(s, input, key(k), ctx);

describe('readPresses', () => {
  it('splits three backspaces in one chunk into three presses', () => {
    expect(readPresses('\x7f\x7f\x7f', key())).toEqual([{ name: 'backspace' }, { name: 'backspace' }, { name: 'backspace' }]);
  });

  it('splits typing followed by Ctrl-U in one chunk', () => {
    expect(readPresses('ab\x15', key())).toEqual([{ name: 'text', text: 'ab' }, { name: 'ctrl', letter: 'u' }]);
  });

  it('reads a lone Ctrl key as a command', () => {
    expect(readPresses('y', key({ ctrl: true }))).toEqual([{ name: 'ctrl', letter: 'y' }]);
  });

  it('ignores Alt+letter', () => {
    expect(readPresses('b', key({ meta: true }))).toEqual([]);
  });

  it('reads Shift-Tab as backwards', () => {
    expect(readPresses('', key({ tab: true, shift: true }))).toEqual([{ name: 'backTab' }]);
  });

  it('keeps a pasted paragraph as text, joining Chinese lines without a space', () => {
    expect(readPresses('在重慶两江\r\n新区实行。\nThe end', key())).toEqual([{ name: 'text', text: '在重慶两江新区实行。 The end' }]);
  });
});

describe('cleanText', () => {
  it('turns a line break between English words into a space', () => {
    expect(cleanText('pilot\nplatform')).toBe('pilot platform');
  });
  it('drops a line break inside Chinese text, with the spaces around it', () => {
    expect(cleanText('中试 \r\n 平台')).toBe('中试平台');
  });
});

describe('the search line', () => {
  it('inserts text at the cursor and selects the first row', () => {
    const t = typed(state({ query: 'jbs', cursor: 2, selected: 7 }), 'g');
    expect(t.state).toMatchObject({ query: 'jbgs', cursor: 3, selected: 0 });
  });

  it('deletes one character per backspace, Chinese included', () => {
    const t = typed(state({ query: '中试平台', cursor: 4 }), '\x7f\x7f\x7f');
    expect(t.state).toMatchObject({ query: '中', cursor: 1 });
  });

  it('deletes a whole astral character (surrogate pair) on backspace', () => {
    const t = typed(state({ query: 'a𠮷', cursor: 3 }), '', { backspace: true });
    expect(t.state).toMatchObject({ query: 'a', cursor: 1 });
  });

  it('does nothing on backspace at the start', () => {
    const s = state({ query: 'ab', cursor: 0 });
    expect(typed(s, '', { backspace: true }).state).toEqual(s);
  });

  it('clears the query on Ctrl-U wherever the cursor is', () => {
    expect(typed(state({ query: 'pilot platform', cursor: 3 }), 'u', { ctrl: true }).state).toMatchObject({ query: '', cursor: 0 });
  });

  it('deletes the last word on Ctrl-W', () => {
    expect(typed(state({ query: 'pilot testing platform', cursor: 22 }), 'w', { ctrl: true }).state).toMatchObject({ query: 'pilot testing ', cursor: 14 });
  });

  it('never inserts the letter of a Ctrl key without a command', () => {
    const s = state({ query: 'pilot', cursor: 5 });
    for (const letter of 'bdfgorstvxz') expect(typed(s, letter, { ctrl: true }).state.query).toBe('pilot');
  });

  it('moves the cursor with the arrows and Ctrl-A / Ctrl-E', () => {
    let s = state({ query: '卡脖子', cursor: 3 });
    s = typed(s, '', { leftArrow: true }).state;
    expect(s.cursor).toBe(2);
    s = typed(s, 'a', { ctrl: true }).state;
    expect(s.cursor).toBe(0);
    s = typed(s, 'e', { ctrl: true }).state;
    expect(s.cursor).toBe(3);
  });

  it('types q and y into the search line rather than quitting or copying', () => {
    const t = typed(state(), 'q');
    expect(t.effects).toEqual([]);
    expect(t.state.query).toBe('q');
    expect(typed(state(), 'y').state.query).toBe('y');
  });

  it('clears the query on Esc, then the domain filter on a second Esc', () => {
    const s1 = typed(state({ query: 'abc', cursor: 3, domain: 1 }), '', { escape: true, meta: true }).state;
    expect(s1).toMatchObject({ query: '', domain: 1 });
    expect(typed(s1, '', { escape: true, meta: true }).state.domain).toBe(-1);
  });
});

describe('moving through the list', () => {
  it('stops at the first and the last row', () => {
    expect(typed(state(), '', { upArrow: true }).state.selected).toBe(0);
    expect(typed(state({ selected: 49 }), '', { downArrow: true }).state.selected).toBe(49);
  });

  it('pages by the list height and scrolls to keep the selection visible', () => {
    const s = typed(state(), '', { pageDown: true }).state;
    expect(s.selected).toBe(9);
    expect(s.scroll).toBe(0);
    const s2 = typed(s, '', { pageDown: true }).state;
    expect(s2.selected).toBe(18);
    expect(s2.scroll).toBe(9);
    expect(typed(s2, '', { end: true }).state).toMatchObject({ selected: 49, scroll: 40 });
    expect(typed(s2, '', { home: true }).state).toMatchObject({ selected: 0, scroll: 0 });
  });

  it('opens the details on Enter only when there is a row', () => {
    expect(typed(state(), '\r', { return: true }).state.view).toBe('detail');
    expect(applyKey(state(), { name: 'enter' }, { ...ctx, count: 0 }).state.view).toBe('list');
  });

  it('cycles all → each domain → all on Tab, and backwards on Shift-Tab', () => {
    let s = state();
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) seen.push((s = typed(s, '\t', { tab: true }).state).domain);
    expect(seen).toEqual([0, 1, 2, -1]);
    expect(typed(state(), '', { tab: true, shift: true }).state.domain).toBe(2);
  });

  it('asks to copy on Ctrl-Y and to quit on Ctrl-C', () => {
    expect(typed(state(), 'y', { ctrl: true }).effects).toEqual(['copy']);
    expect(typed(state(), 'c', { ctrl: true }).effects).toEqual(['quit']);
  });

  it('opens the help on ?', () => {
    expect(typed(state(), '?').state).toMatchObject({ view: 'help', back: 'list', query: '' });
  });
});

describe('the detail view', () => {
  const detail = state({ view: 'detail', selected: 5 });

  it('quits on q, copies on y, and goes back on Esc', () => {
    expect(typed(detail, 'q').effects).toEqual(['quit']);
    expect(typed(detail, 'y').effects).toEqual(['copy']);
    expect(typed(detail, '', { escape: true }).state.view).toBe('list');
  });

  it('scrolls within the details and no further than their end', () => {
    expect(typed(detail, '', { downArrow: true }).state.detailScroll).toBe(1);
    expect(typed(detail, '', { end: true }).state.detailScroll).toBe(10);
    expect(typed(state({ view: 'detail', detailScroll: 10 }), '', { pageDown: true }).state.detailScroll).toBe(10);
  });

  it('steps to the previous and next entry with ← and →', () => {
    expect(typed(detail, '', { rightArrow: true }).state).toMatchObject({ selected: 6, view: 'detail', detailScroll: 0 });
    expect(typed(detail, '', { leftArrow: true }).state.selected).toBe(4);
  });

  it('ignores other letters instead of typing them', () => {
    expect(typed(detail, 'x').state).toEqual(detail);
  });
});

describe('the help view', () => {
  it('goes back where it came from on any key, and quits on q', () => {
    expect(typed(state({ view: 'help', back: 'detail' }), 'x').state.view).toBe('detail');
    expect(typed(state({ view: 'help' }), 'q').effects).toEqual(['quit']);
  });
});

describe('a chunk with several presses', () => {
  it('stops at a quit', () => {
    const t = applyInput(state({ view: 'detail' }), 'qy', key(), ctx);
    expect(t.effects).toEqual(['quit']);
  });
});

describe('keys pressed faster than they are read', () => {
  it('reads a chunk of tabs as Tab presses, not as text', () => {
    expect(readPresses('\t\t\t', key())).toEqual([{ name: 'tab' }, { name: 'tab' }, { name: 'tab' }]);
    expect(typed(state(), '\t\t').state).toMatchObject({ domain: 1, query: '' });
  });

  it('keeps a tab inside pasted text as a space', () => {
    expect(readPresses('卡脖子\tchokepoint', key())).toEqual([{ name: 'text', text: '卡脖子 chokepoint' }]);
  });
});
