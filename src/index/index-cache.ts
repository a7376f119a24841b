// The on-disk cache of derived indexes, so that a lookup does not re-derive traditional forms
// and pinyin at every start. Keyed by a hash of the glossary files' bytes, shuyu's version and
// the index format: any change to a file gives a new key, and the old entry is removed.
// The cache is an optimisation only: every failure falls back to building, silently.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { INDEX_FORMAT, type IndexData } from './term-index.js';

export interface CacheKeyInput {
  version: string;
  /** The files of every layer, in layer order. */
  files: { path: string; bytes: Uint8Array }[];
  roots: string[];
}

export interface CacheKey {
  /** Names the glossary set (which roots): entries of the same set replace each other. */
  set: string;
  /** Names the content (every byte of every file). */
  content: string;
}

/** The cache folder: `$SHUYU_CACHE_DIR`, else `$XDG_CACHE_HOME/shuyu`, else `~/.cache/shuyu`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.SHUYU_CACHE_DIR) return env.SHUYU_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'shuyu');
}

export function cacheKey(input: CacheKeyInput): CacheKey {
  const set = createHash('sha256').update(input.roots.join('\0')).digest('hex').slice(0, 16);
  const h = createHash('sha256');
  h.update(`shuyu ${input.version} index ${INDEX_FORMAT}\0`);
  for (const f of input.files) {
    h.update(f.path);
    h.update('\0');
    h.update(String(f.bytes.length));
    h.update('\0');
    h.update(f.bytes);
  }
  return { set, content: h.digest('hex').slice(0, 32) };
}

function fileName(key: CacheKey): string {
  return `index-${key.set}-${key.content}.json`;
}

/** Reads a cached index, or undefined when there is none or it cannot be used. */
export function readCachedIndex(dir: string, key: CacheKey, log: (message: string) => void): IndexData | undefined {
  const path = join(dir, fileName(key));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    log(`index cache: no entry at ${path}`);
    return undefined;
  }
  try {
    const data = JSON.parse(text) as IndexData;
    if (data.format !== INDEX_FORMAT || !Array.isArray(data.entries) || !Array.isArray(data.keys) || data.entries.length !== data.keys.length) {
      log(`index cache: ${path} has another format; rebuilding`);
      return undefined;
    }
    log(`index cache: using ${path}`);
    return data;
  } catch (error) {
    log(`index cache: ${path} is unreadable (${(error as Error).message}); rebuilding`);
    return undefined;
  }
}

/** Writes an index to the cache atomically and drops older entries of the same glossary set. */
export function writeCachedIndex(dir: string, key: CacheKey, data: IndexData, log: (message: string) => void): void {
  const path = join(dir, fileName(key));
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, path);
    log(`index cache: wrote ${path}`);
  } catch (error) {
    log(`index cache: cannot write ${path} (${(error as Error).message}); continuing without it`);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    return;
  }
  try {
    for (const name of readdirSync(dir)) {
      if (name.startsWith(`index-${key.set}-`) && name !== fileName(key) && name.endsWith('.json')) unlinkSync(join(dir, name));
    }
  } catch {
    // a stale entry costs only disk space
  }
}
