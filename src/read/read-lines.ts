// Text files line by line, streamed: aligned plain text, English text, PO.
import { UserError } from '../errors.js';
import { readChars, type CharOptions } from './read-chars.js';

export interface LineOptions extends CharOptions {
  /** The longest line readLineChunks takes, in UTF-16 code units (tests set a small one). */
  maxLine?: number;
}

/**
 * A line has to fit in one string (V8 stops at about 536 million code units, with a stack
 * trace): a longer one is a file that is not line-based text, and is refused with its line.
 */
const MAX_LINE = 64 * 1024 * 1024;

/** A line of a text file: its text without the line break, and its 1-based number. */
export interface Line {
  text: string;
  line: number;
}

/**
 * Whole lines of a file as one string: line `firstLine + i` is `text.slice(starts[i], ends[i])`,
 * its line break left out. Readers that handle many lines at once (aligned text) take these
 * as they are, without a string per line.
 */
export interface LineChunk {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  firstLine: number;
}

/**
 * Yields the lines of a file in chunks of whole lines (one per chunk read). A line ends at \n,
 * \r\n or a lone \r; a final line without a break counts, an empty file has no lines.
 */
export async function* readLineChunks(file: string, options: LineOptions = {}): AsyncGenerator<LineChunk> {
  /** The start of a line that goes on past the chunks read so far, in pieces (joined once). */
  let pending: string[] = [];
  let pendingLength = 0;
  const maxLine = options.maxLine ?? MAX_LINE;
  let line = 1;
  let pendingCr = false;
  let starts = new Int32Array(1024);
  let ends = new Int32Array(1024);
  for await (const chunk of readChars(file, options)) {
    let text = chunk;
    if (pendingCr) {
      // the previous chunk ended with \r: a \n here belongs to that line break
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      pendingCr = false;
    }
    // inside a long line: keep the piece, without copying what came before once per chunk
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      if (text) pending.push(text);
      pendingLength += text.length;
      if (pendingLength > maxLine) {
        throw new UserError(`line ${line} is longer than ${maxLine.toLocaleString('en')} characters`, { file, line, column: 1 }, 'give text with one segment or paragraph a line');
      }
      continue;
    }
    if (pending.length) {
      pending.push(text);
      text = pending.join('');
    }
    pendingLength = 0;
    let count = 0;
    let start = 0;
    const add = (end: number) => {
      if (count === starts.length) {
        starts = grow(starts);
        ends = grow(ends);
      }
      starts[count] = start;
      ends[count++] = end;
    };
    if (text.indexOf('\r') === -1) {
      // the common case: \n only, found natively
      for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
        add(nl);
        start = nl + 1;
      }
    } else {
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        add(i);
        if (c === 13) {
          if (i + 1 < n) {
            if (text.charCodeAt(i + 1) === 10) i++;
          } else pendingCr = true;
        }
        start = i + 1;
      }
    }
    pending = start < text.length ? [text.slice(start)] : [];
    pendingLength = text.length - start;
    yield { text, starts: starts.slice(0, count), ends: ends.slice(0, count), count, firstLine: line };
    line += count;
  }
  const last = pending.join('');
  if (last) yield { text: last, starts: Int32Array.of(0), ends: Int32Array.of(last.length), count: 1, firstLine: line };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** Yields the lines of a file in batches (one array per chunk read); see readLineChunks. */
export async function* readLines(file: string, options: LineOptions = {}): AsyncGenerator<Line[]> {
  for await (const c of readLineChunks(file, options)) {
    const batch: Line[] = [];
    for (let i = 0; i < c.count; i++) batch.push({ text: c.text.slice(c.starts[i]!, c.ends[i]!), line: c.firstLine + i });
    yield batch;
  }
}
