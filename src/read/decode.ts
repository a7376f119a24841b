// Bytes to text for every reader, whole or a chunk at a time: a BOM picks UTF-8 or UTF-16,
// `<?` in UTF-16 without one is XML's (its appendix F), a declared encoding is the format's
// (XML declaration, PO header), otherwise UTF-8, and invalid UTF-8 is a UserError naming its
// byte offset, line and column: one decoder and one error locator for both uses.
import { isUtf8, transcode } from 'node:buffer';
import { UserError } from '../errors.js';

const utf8NoBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Strict UTF-8 to text, or undefined when the bytes are not valid UTF-8 (a BOM is kept as text).
 * Text that is mostly Chinese goes through ICU's transcoder, about four times TextDecoder's
 * speed on it (22 ms against 86 ms for 20 MB here); mostly-ASCII text stays with TextDecoder,
 * which has a one-byte fast path and is the faster there.
 */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  if (bytes.length < 4096 || !mostlyMultibyte(bytes)) {
    try {
      return utf8NoBom.decode(bytes);
    } catch {
      return undefined;
    }
  }
  if (!isUtf8(bytes)) return undefined;
  try {
    return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return utf8NoBom.decode(bytes); // a Node built without ICU
  }
}

/** Whether more than a quarter of the first KiB is bytes of multi-byte characters. */
function mostlyMultibyte(bytes: Uint8Array): boolean {
  let n = 0;
  for (let i = 0; i < 1024; i++) if (bytes[i]! >= 0x80) n++;
  return n > 256;
}

/**
 * Decodes a whole file's bytes (see ChunkDecoder for the encodings). Invalid UTF-8 is a
 * UserError naming the byte offset, line and column; a byte-order mark is not part of the text.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const decoder = pickDecoder(bytes, file, undefined, false);
  return decoder.decode(bytes.subarray(decoder.skip), true);
}

/**
 * Looks at the first bytes of a file without a BOM and names its encoding, if the format
 * declares one (`<?xml encoding="GB18030"?>`, a PO header's charset): undefined for UTF-8,
 * null to see more bytes first.
 */
export type EncodingSniffer = (head: Uint8Array) => string | undefined | null;

/** Text from a file's bytes, a chunk at a time: each call gets the bytes that follow the last. */
export interface ChunkDecoder {
  /** Bytes of BOM to skip at the start. */
  skip: number;
  /** The text of `bytes` (whole UTF-16 code units; a surrogate pair may be split); `end` for the last call. */
  decode(bytes: Uint8Array, end: boolean): string;
}

/**
 * The decoder for a file whose first bytes are `head`: a BOM (either UTF-16 order, or UTF-8),
 * `<?` in UTF-16 without a BOM (unless `bomlessXml` is false), else the encoding `sniff`
 * names, else UTF-8. An encoding that cannot be decoded is a UserError.
 */
export function pickDecoder(head: Uint8Array, file: string, sniff?: EncodingSniffer, bomlessXml = true): ChunkDecoder {
  const [a, b, c, d] = head;
  if (a === 0xef && b === 0xbb && c === 0xbf) return new Utf8Decoder(file, 3);
  if (a === 0xff && b === 0xfe) return streaming('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return streaming('utf-16be', 2);
  // "<?" in UTF-16 without a BOM (allowed for XML by its appendix F)
  if (bomlessXml && a === 0x3c && b === 0 && c === 0x3f && d === 0) return streaming('utf-16le', 0);
  if (bomlessXml && a === 0 && b === 0x3c && c === 0 && d === 0x3f) return streaming('utf-16be', 0);
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
    // the place is only needed for an error in a later chunk
    if (!end) this.advance(text);
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
    // ignoreBOM: a U+FEFF that starts the bytes is text here (the file's BOM was skipped)
    const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, at));
    this.advance(before);
    const byte = bytes[at];
    throw new UserError(
      `invalid UTF-8 at byte ${this.offset + at}${byte === undefined ? ' (the file ends inside a character)' : ` (0x${byte.toString(16).padStart(2, '0')})`}`,
      { file: this.file, line: this.line, column: this.column + 1 },
      'save the file as UTF-8 (or UTF-16 with a byte-order mark)',
    );
  }
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n = 0;
    let min = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    let cp = n === 0 ? b : b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (n > 0 && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) return i;
    i += n + 1;
  }
  return bytes.length;
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

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
