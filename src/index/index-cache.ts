// The on-disk cache of derived indexes, so that a lookup does not re-derive traditional forms
// and pinyin at every start (DESIGN §5).
//
// Key: a hash of shuyu's version, the index format, and every glossary file's path, size and
// modification time, the way git's index and make tell a changed file without reading it:
// hashing the bytes of a 100,000-entry glossary alone would take most of a lookup's time
// budget. Any edit to a file changes its time, so a changed file rebuilds transparently.
//
// Layout: one folder per key, holding meta.json, one text file per key column (one line per
// entry), entries.jsonl (one JSON entry per line) and offsets.bin (the byte offset of each
// line), so a lookup reads only the columns its query needs and only the entries it prints.
// The cache is an optimisation only: every failure falls back to building, silently.
import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Column } from './column.js';
import { AUTOMATON_ARRAYS, type AutomatonArrays } from '../text/aho-corasick.js';
import { COLUMN_NAMES, INDEX_FORMAT, type ColumnName, type IndexData, type IndexedEntry, type IndexSource } from './term-index.js';

export interface CacheKeyInput {
  version: string;
  roots: string[];
  /** Every file of every layer, in layer order. */
  files: { file: string; size: number; mtimeMs: number }[];
}

export interface CacheKey {
  /** Names the glossary set (which roots): entries of the same set replace each other. */
  set: string;
  /** Names the state of every file. */
  state: string;
}

export function cacheKey(input: CacheKeyInput): CacheKey {
  const set = createHash('sha256').update(input.roots.join('\0')).digest('hex').slice(0, 16);
  const h = createHash('sha256');
  h.update(`shuyu ${input.version} index ${INDEX_FORMAT}\0`);
  for (const f of input.files) h.update(`${f.file}\0${f.size}\0${f.mtimeMs}\0`);
  return { set, state: h.digest('hex').slice(0, 32) };
}

const folderName = (key: CacheKey) => `index-${key.set}-${key.state}`;

interface Meta {
  format: number;
  size: number;
  keyChars: string;
  titles: Record<string, string>;
  /** Byte sizes of the files written, to tell a truncated or damaged cache at open. */
  bytes: Record<string, number>;
}

const columnFile = (name: ColumnName) => `col-${name}.txt`;
const startsFile = (name: ColumnName) => `col-${name}.starts`;

function bytesOf(a: Uint16Array | Int32Array | Uint32Array | Float64Array): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** A typed array over a file's bytes (copied when Node's pooled buffer is misaligned for it). */
function typed<T extends Uint16Array | Int32Array | Uint32Array | Float64Array>(Kind: { new (b: ArrayBuffer, o: number, n: number): T; BYTES_PER_ELEMENT: number }, buf: Buffer): T {
  const n = Math.floor(buf.byteLength / Kind.BYTES_PER_ELEMENT);
  if (buf.byteOffset % Kind.BYTES_PER_ELEMENT === 0) return new Kind(buf.buffer as ArrayBuffer, buf.byteOffset, n);
  const copy = new Uint8Array(n * Kind.BYTES_PER_ELEMENT);
  copy.set(buf.subarray(0, copy.length));
  return new Kind(copy.buffer, 0, n);
}

/** Opens a cached index, or returns undefined when there is none or it cannot be used. */
export function readCachedIndex(dir: string, key: CacheKey, log: (message: string) => void): IndexSource | undefined {
  const folder = join(dir, folderName(key));
  let meta: Meta;
  try {
    meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as Meta;
  } catch {
    log(`index cache: nothing usable at ${folder}`);
    return undefined;
  }
  try {
    if (meta.format !== INDEX_FORMAT) throw new Error('another format');
    for (const [name, bytes] of Object.entries(meta.bytes)) {
      if (statSync(join(folder, name)).size !== bytes) throw new Error(`${name} has the wrong size`);
    }
  } catch (error) {
    log(`index cache: ${folder} is damaged (${(error as Error).message}); rebuilding`);
    return undefined;
  }
  log(`index cache: using ${folder}`);
  let offsets: Float64Array | undefined;
  let fd: number | undefined;
  return {
    size: meta.size,
    keyChars: meta.keyChars,
    titles: meta.titles,
    column(name) {
      if (meta.size === 0) return Column.fromCells([]);
      return new Column(readFileSync(join(folder, columnFile(name)), 'utf8'), typed(Uint32Array, readFileSync(join(folder, startsFile(name)))));
    },
    rank() {
      return typed(Uint16Array, readFileSync(join(folder, 'rank.bin')));
    },
    automaton() {
      const arrays = {} as Record<string, Int32Array | Uint16Array>;
      for (const name of AUTOMATON_ARRAYS) {
        const bytes = readFileSync(join(folder, `ac-${name}.bin`));
        arrays[name] = name === 'label' ? typed(Uint16Array, bytes) : typed(Int32Array, bytes);
      }
      return { arrays: arrays as unknown as AutomatonArrays, owners: typed(Int32Array, readFileSync(join(folder, 'ac-owners.bin'))) };
    },
    entry(i) {
      if (!offsets) {
        offsets = typed(Float64Array, readFileSync(join(folder, 'offsets.bin')));
        fd = openSync(join(folder, 'entries.jsonl'), 'r');
      }
      const start = offsets[i]!;
      const length = offsets[i + 1]! - start - 1; // without the newline
      const buf = Buffer.alloc(length);
      readSync(fd!, buf, 0, length, start);
      return JSON.parse(buf.toString('utf8')) as IndexedEntry;
    },
  };
}

/** Writes an index to the cache atomically and drops older entries of the same glossary set. */
export function writeCachedIndex(dir: string, key: CacheKey, data: IndexData, log: (message: string) => void): void {
  const folder = join(dir, folderName(key));
  const tmp = join(dir, `.tmp-${process.pid}-${Date.now()}`);
  try {
    mkdirSync(tmp, { recursive: true });
    const bytes: Record<string, number> = {};
    const write = (name: string, content: string | Uint8Array) => {
      writeFileSync(join(tmp, name), content);
      bytes[name] = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    };
    for (const name of COLUMN_NAMES) {
      const column = Column.fromCells(data.columns[name]);
      write(columnFile(name), column.text);
      write(startsFile(name), new Uint8Array(column.starts.buffer, column.starts.byteOffset, column.starts.byteLength));
    }
    write('rank.bin', bytesOf(data.rank));
    // The automaton is the costly part of opening a large glossary for lint: store it built.
    for (const name of AUTOMATON_ARRAYS) write(`ac-${name}.bin`, bytesOf(data.automaton.arrays[name]));
    write('ac-owners.bin', bytesOf(data.automaton.owners));
    const lines = data.entries.map((e) => `${JSON.stringify(e)}\n`);
    const offsets = new Float64Array(lines.length + 1);
    let at = 0;
    lines.forEach((line, i) => {
      offsets[i] = at;
      at += Buffer.byteLength(line);
    });
    offsets[lines.length] = at;
    write('entries.jsonl', lines.join(''));
    write('offsets.bin', new Uint8Array(offsets.buffer));
    const meta: Meta = { format: INDEX_FORMAT, size: data.size, keyChars: data.keyChars, titles: data.titles, bytes };
    writeFileSync(join(tmp, 'meta.json'), JSON.stringify(meta));
    rmSync(folder, { recursive: true, force: true });
    renameSync(tmp, folder);
    log(`index cache: wrote ${folder}`);
  } catch (error) {
    log(`index cache: cannot write ${folder} (${(error as Error).message}); continuing without it`);
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // nothing was written
    }
    return;
  }
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`index-${key.set}-`) && name !== folderName(key)) rmSync(join(dir, name), { recursive: true, force: true });
    }
  } catch {
    // a stale entry costs only disk space
  }
}
