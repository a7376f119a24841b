// Plain text: two files aligned line by line (`--source zh.txt --target en.txt`), and a
// monolingual English translation (.txt, .md) where only avoid-term applies (DESIGN §3).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../../errors.js';
import type { Unit } from '../segment.js';
import { flatten, readLineChunks, readLines, type ByteRange, type LineChunk } from './read-text.js';
import { TextBuilder } from './text-builder.js';

/**
 * Reads two plain-text files as units, line i of the source with line i of the target: unit
 * and segment id are the 1-based line number. The target variant carries `file` (its own
 * file); neither declares a language. Files whose line counts differ are a UserError naming
 * both counts, found when the shorter one ends (lint writes nothing then); a final line break
 * does not start a line.
 */
export function readAligned(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit> {
  return flatten(readAlignedBatches(sourcePath, targetPath, options));
}

/** readAligned, a batch of units per chunk read (fewer awaits: 20 MB of text is 55,000 lines). */
export async function* readAlignedBatches(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  for await (const chunk of readAlignedChunks(sourcePath, targetPath, options)) {
    const units: Unit[] = [];
    for (let i = 0; i < chunk.source.count; i++) units.push(alignedUnit(chunk, i, sourcePath, targetPath));
    yield units;
  }
}

/** Line `chunk.source.firstLine + i` of both files as a unit. */
export function alignedUnit(chunk: AlignedChunk, i: number, sourcePath: string, targetPath: string): Unit {
  const { source, targets } = chunk;
  const line = source.firstLine + i;
  const id = String(line);
  return {
    id,
    at: { file: sourcePath, line, column: 1 },
    segments: [
      {
        id,
        variants: [
          { role: 'source', text: source.text.slice(source.starts[i]!, source.ends[i]!), map: [{ offset: 0, line, column: 1 }] },
          { role: 'target', text: targets[i]!, map: [{ offset: 0, line, column: 1 }], file: targetPath },
        ],
      },
    ],
  };
}

export interface AlignedOptions {
  chunkSize?: number;
  /** Parts of the two files that hold the same lines (see ByteRange): lint splits large files between threads. */
  source?: ByteRange;
  target?: ByteRange;
}

/** A run of aligned lines: the source's as one chunk (see LineChunk), the target's line by line. */
export interface AlignedChunk {
  source: LineChunk;
  /** Target line `source.firstLine + i` is `targets[i]`. */
  targets: string[];
}

/**
 * The two files of readAligned as chunks of lines, for lint's batch path: no object per line
 * but the target's text.
 */
export async function* readAlignedChunks(sourcePath: string, targetPath: string, options: AlignedOptions = {}): AsyncGenerator<AlignedChunk> {
  const { chunkSize } = options;
  const sources = readLineChunks(sourcePath, { chunkSize, ...(options.source ? { range: options.source } : {}) })[Symbol.asyncIterator]();
  const targetChunks = readLineChunks(targetPath, { chunkSize, ...(options.target ? { range: options.target } : {}) })[Symbol.asyncIterator]();
  let t: LineChunk | undefined;
  let ti = 0;
  // lines paired so far, counting those before the part read (both files have as many there)
  let paired = (options.source?.line ?? 1) - 1;
  for (let next = await sources.next(); !next.done; next = await sources.next()) {
    const source = next.value;
    const targets: string[] = new Array<string>(source.count);
    for (let i = 0; i < source.count; i++) {
      if (!t || ti === t.count) {
        const more = await targetChunks.next();
        if (more.done) throw misaligned(sourcePath, paired + (await rest(sources, source.count - i)), targetPath, paired);
        t = more.value;
        ti = 0;
      }
      targets[i] = t.text.slice(t.starts[ti]!, t.ends[ti]!);
      ti++;
      paired++;
    }
    yield { source, targets };
  }
  const extra = await rest(targetChunks, t ? t.count - ti : 0);
  if (extra > 0) throw misaligned(sourcePath, paired, targetPath, paired + extra);
}

/**
 * Splits two aligned files into up to `parts` pairs of byte ranges holding the same lines, cut
 * at line breaks near equal shares of the source. Undefined when a file is UTF-16 or the
 * target has fewer lines than a cut needs: the whole read then reports what is wrong.
 */
export function splitAligned(sourcePath: string, targetPath: string, parts: number): { source: ByteRange; target: ByteRange }[] | undefined {
  const source = new LineBreaks(sourcePath);
  const target = new LineBreaks(targetPath);
  try {
    if (source.utf16 || target.utf16) return undefined;
    const cuts = [{ source: 0, target: 0, line: 1 }];
    for (let k = 1; k < parts; k++) {
      source.toLineStartAfter(Math.floor((source.size * k) / parts));
      if (source.pos >= source.size) break; // too near the end: fewer parts
      if (!target.toLine(source.lines)) return undefined;
      cuts.push({ source: source.pos, target: target.pos, line: source.lines + 1 });
    }
    return cuts.map((c, i) => {
      const next = cuts[i + 1];
      return {
        source: { start: c.source, end: next?.source ?? source.size, line: c.line },
        target: { start: c.target, end: next?.target ?? target.size, line: c.line },
      };
    });
  } finally {
    source.close();
    target.close();
  }
}

/** Walks a file's line breaks (\n, \r\n, a lone \r) on its bytes, without decoding. */
class LineBreaks {
  readonly size: number;
  readonly utf16: boolean;
  /** Byte offset of the next byte; `lines` breaks lie before it. */
  pos = 0;
  lines = 0;
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(1 << 20);
  private bufStart = 0;
  private bufLength = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'r');
    this.size = fstatSync(this.fd).size;
    const head = this.byte(0) * 256 + this.byte(1);
    this.utf16 = head === 0xfffe || head === 0xfeff;
  }

  private byte(at: number): number {
    if (at < this.bufStart || at >= this.bufStart + this.bufLength) {
      this.bufStart = at;
      this.bufLength = readSync(this.fd, this.buf, 0, this.buf.length, at);
      this.cr = -1;
      if (this.bufLength === 0) return -1;
    }
    return this.buf[at - this.bufStart]!;
  }

  /** Where the next \r of the buffer is (Infinity: none left in it). */
  private cr = -1;

  /** Moves past the next line break; false at the end of the file. */
  private nextBreak(): boolean {
    while (this.pos < this.size) {
      if (this.pos < this.bufStart || this.pos >= this.bufStart + this.bufLength) this.byte(this.pos);
      const from = this.pos - this.bufStart;
      // a file without \r (most) is searched for one once a buffer, not once a line
      if (this.cr !== Infinity && this.cr < from) {
        const cr = this.buf.indexOf(13, from);
        this.cr = cr === -1 || cr >= this.bufLength ? Infinity : cr;
      }
      const lf = this.buf.indexOf(10, from);
      const at = Math.min(lf === -1 || lf >= this.bufLength ? Infinity : lf, this.cr);
      if (at === Infinity) {
        this.pos = this.bufStart + this.bufLength;
        continue;
      }
      this.pos = this.bufStart + at + 1;
      this.lines++;
      if (this.buf[at] === 13 && this.byte(this.pos) === 10) this.pos++;
      return true;
    }
    return false;
  }

  /** Moves to the first line start at or after byte `at` (the end of the file if none). */
  toLineStartAfter(at: number): void {
    while (this.pos < at && this.nextBreak());
    if (this.pos < at) this.pos = this.size;
  }

  /** Moves to the start of line `n + 1`; false when the file has fewer line breaks. */
  toLine(n: number): boolean {
    while (this.lines < n) if (!this.nextBreak()) return false;
    return true;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Lines left: `already` in hand plus every chunk still to come. */
async function rest(chunks: AsyncIterator<LineChunk>, already: number): Promise<number> {
  let n = already;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) n += next.value.count;
  return n;
}

function misaligned(sourcePath: string, sourceCount: number, targetPath: string, targetCount: number): UserError {
  return new UserError(
    `the files are not aligned: ${sourcePath} has ${sourceCount} line${sourceCount === 1 ? '' : 's'}, ${targetPath} has ${targetCount}`,
    undefined,
    'aligned files need one line per segment on both sides, with the same number of lines',
  );
}

/**
 * Reads a monolingual English text (.txt, .md) as units, one per paragraph (lines up to a
 * blank line): id is the paragraph's first line, the one variant is a target with no language,
 * its lines joined by \n. In Markdown, fenced code blocks and front matter are not text.
 */
export function readEnglishText(file: string, options: { markdown?: boolean; chunkSize?: number } = {}): AsyncGenerator<Unit> {
  return flatten(readEnglishTextBatches(file, options));
}

/** readEnglishText, a batch of units per chunk read. */
export async function* readEnglishTextBatches(file: string, options: { markdown?: boolean; chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  let para: TextBuilder | undefined;
  let first = 0;
  let fence: string | undefined;
  let frontMatter = false;
  const units: Unit[] = [];
  const end = (): void => {
    if (!para) return;
    const id = String(first);
    units.push({ id, at: { file, line: first, column: 1 }, segments: [{ id, variants: [para.variant('target', undefined)] }] });
    para = undefined;
  };
  for await (const batch of readLines(file, options)) {
    for (const { text, line } of batch) {
      if (options.markdown) {
        if (line === 1 && text === '---') {
          frontMatter = true;
          continue;
        }
        if (frontMatter) {
          if (text === '---' || text === '...') frontMatter = false;
          continue;
        }
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
        if (fence) {
          if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
          continue;
        }
        if (f) {
          end();
          fence = f;
          continue;
        }
      }
      if (text.trim() === '') {
        end();
        continue;
      }
      if (!para) {
        para = new TextBuilder({ line, column: 1 });
        first = line;
      } else para.addSynthetic('\n');
      para.addAt(text, line, 1);
    }
    if (units.length) yield units.splice(0);
  }
  end();
  if (units.length) yield units;
}
