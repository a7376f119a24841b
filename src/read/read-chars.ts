// Streaming bytes → text for the readers: a translation memory can be larger than memory, so
// files are decoded chunk by chunk (DESIGN §7), by the decoder of decode.ts.
import { createReadStream } from 'node:fs';
import { UserError } from '../errors.js';
import { concat, pickDecoder, type ChunkDecoder, type EncodingSniffer } from './decode.js';

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
  sniff?: EncodingSniffer;
  /** Bytes read at a time (tests use tiny chunks to cross every boundary). */
  chunkSize?: number;
}

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
