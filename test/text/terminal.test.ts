import { describe, expect, it } from 'vitest';
import { escapeJsonControls, excerpt, visible, visibleLine } from '../../src/text/terminal.js';

// The sequences a hostile PO msgctxt carried in the fuzzing pass (issue 18): OSC 52 setting
// the clipboard, CSI 2J clearing the screen, OSC 0 setting the window title.
const HOSTILE = '\u001b]52;c;cm0gLXJmIH4K\u0007\u001b[2J\u001b]0;owned\u0007';

describe('text on its way to a terminal', () => {
  it('shows ESC, BEL and the other controls as escapes, so no sequence reaches the terminal', () => {
    const shown = visible(`ctx ${HOSTILE} end`);
    expect(shown).toBe('ctx \\x1b]52;c;cm0gLXJmIH4K\\x07\\x1b[2J\\x1b]0;owned\\x07 end');
    expect(shown).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('shows C1 controls, DEL and bidirectional overrides too, and keeps Chinese, tabs and line breaks', () => {
    expect(visible('a\u009b2Jb\u007f\u202e中试平台\tx\ny')).toBe('a\\x9b2Jb\\x7f\\u202e中试平台\tx\ny');
    expect(visibleLine('a\tb\nc\r')).toBe('a\\tb\\nc\\r');
  });

  it('leaves JSON valid and decodable, with the controls JSON.stringify leaves raw escaped', () => {
    const json = escapeJsonControls(JSON.stringify({ id: `x${HOSTILE}\u009b\u202e` }));
    expect(json).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(json)).toEqual({ id: `x${HOSTILE}\u009b\u202e` });
  });

  it('quotes at most a short excerpt of a long bad line', () => {
    const line = `msgid "${'x'.repeat(5_000_000)}${HOSTILE}`;
    const e = excerpt(line);
    expect(e.length).toBeLessThanOrEqual(60);
    expect(e.endsWith('…')).toBe(true);
  });
});
