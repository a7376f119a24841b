// Opens the term index for a command: list the layers' files, use the cached index when they
// are as they were, else read, parse, validate, derive and cache.
// The YAML parser, OpenCC's tables and pinyin-pro load only on a cache miss.
import { ValidationError, formatDiagnostic } from '../errors.js';
import { listLayers, readLayerFiles, type Layer, type LayerOptions } from '../glossary/files.js';
import { cacheKey, defaultCacheDir, readCachedIndex, writeCachedIndex } from '../index/index-cache.js';
import { TermIndex, type IndexData } from '../index/term-index.js';
import { shuyuVersion } from '../version.js';
import type { Io } from './io.js';

export interface IndexOptions extends LayerOptions {
  /** Log cache decisions to stderr. */
  verbose?: boolean;
  /** Use the index cache (`--no-cache` turns it off). */
  cache?: boolean;
}

export async function openIndex(options: IndexOptions, io: Io): Promise<TermIndex> {
  const log = options.verbose ? (m: string) => void io.stderr.write(`shuyu: ${m}\n`) : () => {};
  const layers = listLayers({ ...options, cwd: options.cwd ?? io.cwd });
  const useCache = options.cache !== false && !io.env.SHUYU_NO_CACHE;
  const dir = defaultCacheDir(io.env);
  const key = cacheKey({ version: shuyuVersion(), roots: layers.map((l) => l.root), files: layers.flatMap((l) => l.files) });
  if (useCache) {
    const source = readCachedIndex(dir, key, log);
    if (source) return new TermIndex(source);
  }
  const data = await buildFromLayers(readLayerFiles(layers));
  // Messages above name files as the user sees them from here; the index outlives this
  // directory (the cache serves every other), so it keeps absolute paths.
  const absolute = new Map(layers.flatMap((l) => l.files.map((f) => [f.path, f.file] as const)));
  for (const e of data.entries) {
    e.at = { ...e.at, file: absolute.get(e.at.file) ?? e.at.file };
    for (const ex of e.examples) ex.at = { ...ex.at, file: absolute.get(ex.at.file) ?? ex.at.file };
  }
  if (useCache) writeCachedIndex(dir, key, data, log);
  return new TermIndex(data);
}

/** Parses, validates and derives; throws a ValidationError listing every error. */
export async function buildFromLayers(layers: Layer[]): Promise<IndexData> {
  const { loadLayers } = await import('../glossary/load.js');
  const { buildIndexData } = await import('../index/build-index.js');
  const { glossary, problems } = loadLayers(layers);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new ValidationError(
      `the glossary has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatDiagnostic).join('\n')}`,
      errors,
    );
  }
  return buildIndexData(glossary);
}
