// Checks on one string of a glossary, wherever it stands: no control characters, no space
// between two Chinese characters, keys on one line, no Chinese in English fields.
import { isScalar, type Node } from 'yaml';
import { hasHan, isHan } from '../text/han.js';
import { excerpt, visibleLine } from '../text/terminal.js';
import type { NodeReader } from './node-reader.js';

/** Controls other than tab and line breaks, DEL, C1, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ONE_LINE_KEYS = new Set(['zh', 'zh_also', 'zh_avoid', 'zh_hant', 'domain']);

/** The checks every string value gets; `label` names it in messages (`examples.zh`). */
export function checkString(r: NodeReader, node: Node, label: string, value: string): void {
  checkHanGap(r, node, label, value);
  checkControls(r, node, label, value);
}

// A control character in a glossary is never meant, and printed by lookup or the TUI it would
// be a terminal command (an ESC ]52 sets the clipboard): an error (issue 18).
function checkControls(r: NodeReader, node: Node, key: string, value: string): void {
  const m = CONTROL.exec(value);
  if (m) r.problem(node, `\`${key}\` holds a control character (${visibleLine(m[0])}) at character ${m.index + 1}: "${excerpt(value)}"`, 'remove it; a glossary holds text only');
}

// Chinese is written without spaces, so whitespace between two Han characters is a slip,
// nearly always a folded (>) block or a plain multi-line scalar whose line break became a
// space: "发展新质 生产力". A line break or tab in a key is already reported by `checkOneLine`.
function checkHanGap(r: NodeReader, node: Node, key: string, value: string): void {
  if (ONE_LINE_KEYS.has(key) && /[\t\r\n]/.test(value)) return;
  const gap = hanGap(value);
  if (!gap) return;
  const source = node.range ? r.text.slice(node.range[0], node.range[1]) : '';
  const literal = isScalar(node) && node.type === 'BLOCK_LITERAL';
  const hint = literal
    ? 'a line break in a literal block (|) splits the Chinese; keep the Chinese on one line'
    : /[\r\n]/.test(source.trimEnd())
      ? 'a folded YAML line joined two Chinese characters with a space; keep the Chinese on one line'
      : 'Chinese is written without spaces; remove the space';
  r.problem(node, `\`${key}\` has whitespace between two Chinese characters: "${gap}"`, hint);
}

// Terms and domains are keys: one line each. The index stores its key columns one line an
// entry with tabs between alternatives, and lint scans segments joined by line breaks.
export function checkOneLine(r: NodeReader, node: Node | null | undefined, key: string, values: readonly (string | undefined)[]): void {
  for (const v of values) if (v !== undefined && /[\t\r\n]/.test(v)) r.problem(node, `\`${key}\` must be one line without tabs: "${v.replace(/\s+/g, ' ')}"`, 'a term is written on one line; use a quoted or plain scalar, not a block (| or >)');
}

export function checkEnglish(r: NodeReader, node: Node | null, key: string, value: string): void {
  if (hasHan(value)) r.problem(node, `\`${key}\` contains Chinese characters: "${value}"`, 'English fields hold English; put Chinese forms in `zh_also`');
}

/**
 * The first run of whitespace between two Han characters, shown with a few characters either
 * side ("…发展新质 生产力…"), or undefined when there is none.
 */
function hanGap(value: string): string | undefined {
  for (const m of value.matchAll(/\s+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    // The code point before the run (a low surrogate ends a supplementary-plane character).
    const low = start > 0 && /[\udc00-\udfff]/.test(value[start - 1]!);
    const before = start === 0 ? '' : String.fromCodePoint(value.codePointAt(start - (low && start > 1 ? 2 : 1))!);
    const after = end >= value.length ? '' : String.fromCodePoint(value.codePointAt(end)!);
    if (!before || !after || !isHan(before) || !isHan(after)) continue;
    const left = Array.from(value.slice(Math.max(0, start - 16), start)).slice(-8).join('').replace(/^.*\n/s, '');
    const right = Array.from(value.slice(end, end + 16)).slice(0, 8).join('').replace(/\n.*$/s, '');
    const head = left.length < start ? '…' : '';
    const tail = right.length < value.length - end ? '…' : '';
    return `${head}${left} ${right}${tail}`.replace(/\s+/g, ' ');
  }
  return undefined;
}

