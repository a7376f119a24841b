// Checks that a reader's maps lead back into the file: for every character of every variant,
// placeOf() must land on that same character in the physical file (or on the `&` of the XML
// reference or the `\` of the PO escape that produced it).
import { readFileSync } from 'node:fs';
import type { Unit, Variant } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { decodeText } from '../../../src/read/decode.js';

/** The lines of a decoded file, split as the line readers split them (\n, \r\n, lone \r). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export interface PhysicalFile {
  text: string;
  starts: number[];
}

export function physical(path: string): PhysicalFile {
  const text = decodeText(readFileSync(path), path);
  return { text, starts: lineStarts(text) };
}

/** The character at a 1-based line and column of a file. */
export function charAt(file: PhysicalFile, line: number, column: number): string {
  const start = file.starts[line - 1];
  return start === undefined ? '' : (file.text[start + column - 1] ?? '');
}

/** The text of the file at a place, `length` characters long. */
export function textAt(file: PhysicalFile, line: number, column: number, length: number): string {
  const start = file.starts[line - 1]!;
  return file.text.slice(start + column - 1, start + column - 1 + length);
}

/**
 * Every character of every variant whose place in the file does not hold it. Spaces may be
 * separators the reader inserted (around an XLIFF <sub>), so they are not counted, nor are
 * the second halves of surrogate pairs.
 */
export function misplaced(units: Unit[], path: string, files = new Map<string, PhysicalFile>()): string[] {
  const load = (p: string): PhysicalFile => {
    let f = files.get(p);
    if (!f) files.set(p, (f = physical(p)));
    return f;
  };
  const bad: string[] = [];
  for (const unit of units) {
    for (const segment of unit.segments) {
      for (const v of segment.variants) {
        const file = load(v.file ?? path);
        checkVariant(v, file, (k, got) => bad.push(`unit ${unit.id} ${v.role} offset ${k}: text has ${JSON.stringify(v.text[k])}, file has ${JSON.stringify(got)}`));
        if (bad.length > 20) return bad;
      }
    }
  }
  return bad;
}

function checkVariant(v: Variant, file: PhysicalFile, report: (k: number, got: string) => void): void {
  for (let k = 0; k < v.text.length; k++) {
    const want = v.text[k]!;
    if (want === ' ') continue;
    // the second half of a surrogate pair: a term never starts there
    const code = want.charCodeAt(0);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    const at = placeOf(v, k, 'x');
    const got = charAt(file, at.line, at.column);
    if (got === want || got === '&' || got === '\\') continue;
    if (want === '\n' && got === '\r') continue;
    report(k, got);
  }
}
