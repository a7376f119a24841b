// Opens the term index for a command: read the layers' bytes, use the cached index when the
// bytes are the same as last time, else parse, validate, derive and cache.
// The YAML parser, OpenCC's tables and pinyin-pro load only on a cache miss.
import { ValidationError, formatDiagnostic } from '../errors.js';
import { readLayers, type Layer, type LayerOptions } from '../glossary/files.js';
import { cacheKey, defaultCacheDir, readCachedIndex, writeCachedIndex } from '../index/index-cache.js';
import { TermIndex } from '../index/term-index.js';
import { shuyuVersion } from '../version.js';
import type { Io } from './io.js';

export interface IndexOptions extends LayerOptions {
  /** Log cache decisions to stderr. */
  verbose?: boolean;
  /** Skip the cache entirely (`--no-cache`). */
  cache?: boolean;
}

export async function openIndex(options: IndexOptions, io: Io): Promise<TermIndex> {
  const log = options.verbose ? (m: string) => void io.stderr.write(`shuyu: ${m}\n`) : () => {};
  const layers = readLayers({ ...options, cwd: options.cwd ?? io.cwd });
  const useCache = options.cache !== false && io.env.SHUYU_NO_CACHE === undefined;
  const dir = defaultCacheDir(io.env as NodeJS.ProcessEnv);
  const key = cacheKey({ version: shuyuVersion(), roots: layers.map((l) => l.root), files: layers.flatMap((l) => l.sources) });
  if (useCache) {
    const data = readCachedIndex(dir, key, log);
    if (data) return new TermIndex(data);
  }
  const data = await buildFromLayers(layers);
  if (useCache) writeCachedIndex(dir, key, data, log);
  return new TermIndex(data);
}

/** Parses, validates and derives; throws a ValidationError listing every error. */
export async function buildFromLayers(layers: Layer[]) {
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
