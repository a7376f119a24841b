// Text from files on its way to a terminal (issue 18). Translation files and glossaries come
// from strangers: an ESC in a PO msgctxt, a glossary note or a URL would otherwise reach the
// terminal as a command (OSC 52 sets the clipboard, OSC 0 the window title, OSC 8 makes links,
// CSI 2J clears the screen). Every string from a file passes through `visible` before any
// text output; JSON output goes through `escapeJsonControls` instead.

/**
 * C0 controls but tab and line feed, DEL, C1 controls (a lone 0x9b is CSI on some terminals),
 * and the bidirectional overrides and isolates that reorder what is shown (Trojan Source).
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same, and tab and line feed: for text that must stay on one line (an id, a cell). */
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x1b) return '\\x1b';
  if (c === 0x0a) return '\\n';
  if (c === 0x09) return '\\t';
  if (c === 0x0d) return '\\r';
  return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/** The text with every control character shown as an escape (\x1b, \x07, \u202e); tabs and line breaks kept. */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** As `visible`, and tabs and line breaks shown too: for text that must stay on one line. */
export function visibleLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, escapeOne);
}

/**
 * JSON that is also safe to print: JSON.stringify escapes C0 controls but leaves DEL, C1 and the
 * bidirectional controls raw; they become \u escapes, which every JSON reader decodes back.
 */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** At most `max` characters of a line from a file, for an error message: the start, then an ellipsis. */
export function excerpt(text: string, max = 60): string {
  const line = visibleLine(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
