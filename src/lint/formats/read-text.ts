// Streaming bytes → text for the readers: a translation memory can be larger than memory, so
// files are decoded chunk by chunk (DESIGN §7), with the same rules as src/text/decode.ts:
// a BOM picks UTF-8/UTF-16, otherwise UTF-8, and invalid UTF-8 is a UserError with its byte offset.
import { createReadStream } from 'node:fs';
import { UserError } from '../../errors.js';
import { decodeUtf8, firstInvalidUtf8 } from '../../text/decode.js';

// 1 MiB a read: lint of the 20 MB aligned benchmark takes 0.77 s with it against 0.91 s with
// 256 KiB (median of 11 runs), from fewer and larger batches; memory stays a few MiB a file.
const CHUNK = 1 << 20;
/** Bytes looked at to pick the encoding. */
const HEAD = 1024;

export interface CharOptions {
  /**
   * Looks at the first bytes of a file without a BOM and names its encoding, if the format
   * declares one (`<?xml encoding="GB18030"?>`, a PO header's charset): undefined for UTF-8,
   * null to see more bytes first (up to 1 KiB, so a pipe is not waited on for longer).
   */
  sniff?: (head: Uint8Array) => string | undefined | null;
  /** Bytes read at a time (tests use tiny chunks to cross every boundary). */
  chunkSize?: number;
  /** The longest line readLineChunks takes, in UTF-16 code units (tests set a small one). */
  maxLine?: number;
}

/**
 * A line has to fit in one string (V8 stops at about 536 million code units, with a stack
 * trace): a longer one is a file that is not line-based text, and is refused with its line.
 */
const MAX_LINE = 64 * 1024 * 1024;

/**
 * Yields the text of a file in chunks (each a whole number of UTF-16 code units; a surrogate
 * pair may be split between two chunks). Unreadable files, invalid UTF-8 and encodings that
 * cannot be decoded are UserErrors naming the file; the byte order mark is not part of the text.
 */
export async function* readChars(file: string, options: CharOptions = {}): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: options.chunkSize ?? CHUNK });
  let decoder: ChunkDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  try {
    for await (const data of stream as AsyncIterable<Buffer>) {
      let bytes: Uint8Array = data;
      if (!decoder) {
        // gather the head: a BOM, a BOM-less UTF-16 "<?", or a declared encoding (tiny test chunks)
        head = concat(head, bytes);
        if (head.length < 4 || (head.length < HEAD && options.sniff?.(head) === null)) continue;
        decoder = pickDecoder(head, file, options.sniff);
        bytes = head.subarray(decoder.skip);
      }
      const text = decoder.decode(bytes, false);
      if (text) yield text;
    }
    if (!decoder) {
      if (head.length === 0) return;
      decoder = pickDecoder(head, file, options.sniff);
      const text = decoder.decode(head.subarray(decoder.skip), true);
      if (text) yield text;
      return;
    }
    const rest = decoder.decode(new Uint8Array(0), true);
    if (rest) yield rest;
  } catch (error) {
    throw asUserError(error, file);
  } finally {
    stream.destroy();
  }
}

/** Whether a file holds nothing but white space (read in its own encoding). */
export async function isBlank(file: string): Promise<boolean> {
  for await (const chunk of readChars(file)) if (/\S/.test(chunk)) return false;
  return true;
}

/** Turns a file-system error into a UserError naming the file; anything else is passed on. */
export function asUserError(error: unknown, file: string): unknown {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new UserError(`cannot read ${file}: no such file`, undefined, 'check the path');
  if (code === 'EISDIR') return new UserError(`cannot read ${file}: it is a folder`, undefined, 'name a file');
  if (code === 'EACCES' || code === 'EPERM') return new UserError(`cannot read ${file}: permission denied`);
  return error;
}

interface ChunkDecoder {
  /** Bytes of BOM to skip at the start. */
  skip: number;
  decode(bytes: Uint8Array, end: boolean): string;
}

function pickDecoder(head: Uint8Array, file: string, sniff: CharOptions['sniff']): ChunkDecoder {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new Utf8Decoder(file, 3);
  if (a === 0xff && b === 0xfe) return streaming('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return streaming('utf-16be', 2);
  // "<?" in UTF-16 without a BOM (allowed for XML by its appendix F)
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return streaming('utf-16le', 0);
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return streaming('utf-16be', 0);
  const declared = sniff?.(head)?.trim().toLowerCase();
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && !declared.startsWith('utf-16') && declared !== 'us-ascii' && declared !== 'ascii') {
    let decoder: InstanceType<typeof TextDecoder>;
    try {
      decoder = new TextDecoder(declared);
    } catch {
      throw new UserError(`${file} declares the encoding "${declared}", which shuyu cannot decode`, { file, line: 1, column: 1 }, 'save the file as UTF-8');
    }
    return { skip: 0, decode: (bytes, end) => decoder.decode(bytes, { stream: !end }) };
  }
  return new Utf8Decoder(file, 0);
}

function streaming(encoding: string, skip: number): ChunkDecoder {
  const decoder = new TextDecoder(encoding);
  return { skip, decode: (bytes, end) => decoder.decode(bytes, { stream: !end }) };
}

/**
 * UTF-8 that knows where it is: incomplete sequences at a chunk's end are carried over by
 * hand (not by TextDecoder's stream mode) so that an error can name its byte offset and line.
 */
class Utf8Decoder implements ChunkDecoder {
  private carry: Uint8Array = new Uint8Array(0);
  /** File offset of the first byte of `carry` (or of the next chunk). */
  private offset: number;
  private line = 1;
  /** UTF-16 units since the last line break. */
  private column = 0;

  constructor(
    private readonly file: string,
    readonly skip: number,
  ) {
    this.offset = skip;
  }

  decode(chunk: Uint8Array, end: boolean): string {
    const bytes = this.carry.length ? concat(this.carry, chunk) : chunk;
    const cut = end ? bytes.length : completeLength(bytes);
    const whole = bytes.subarray(0, cut);
    const text = decodeUtf8(whole);
    if (text === undefined) this.fail(whole, firstInvalidUtf8(whole));
    this.carry = bytes.slice(cut);
    this.offset += cut;
    this.advance(text);
    return text;
  }

  private advance(text: string): void {
    const last = text.lastIndexOf('\n');
    if (last === -1) {
      this.column += text.length;
      return;
    }
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.line++;
    this.column = text.length - last - 1;
  }

  private fail(bytes: Uint8Array, at: number): never {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    this.advance(before);
    const byte = bytes[at];
    throw new UserError(
      `invalid UTF-8 at byte ${this.offset + at}${byte === undefined ? ' (the file ends inside a character)' : ` (0x${byte.toString(16).padStart(2, '0')})`}`,
      { file: this.file, line: this.line, column: this.column + 1 },
      'save the file as UTF-8 (or UTF-16 with a byte-order mark)',
    );
  }
}

/** Length of the prefix of `bytes` that holds no incomplete UTF-8 sequence at its end. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The items of a stream of batches, one by one (readers work in batches: one per chunk read). */
export async function* flatten<T>(batches: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const batch of batches) yield* batch;
}

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
export async function* readLineChunks(file: string, options: CharOptions = {}): AsyncGenerator<LineChunk> {
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
export async function* readLines(file: string, options: CharOptions = {}): AsyncGenerator<Line[]> {
  for await (const c of readLineChunks(file, options)) {
    const batch: Line[] = [];
    for (let i = 0; i < c.count; i++) batch.push({ text: c.text.slice(c.starts[i]!, c.ends[i]!), line: c.firstLine + i });
    yield batch;
  }
}
