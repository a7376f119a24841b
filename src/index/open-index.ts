// Opens the term index of a set of glossary layers: list the layers' files, use the cached
// index when they are as they were, else read, parse, validate, derive and cache.
// The YAML parser, OpenCC's tables and pinyin-pro load only on a cache miss.
import { ValidationError, formatDiagnostic } from '../errors.js';
import { listLayers, readLayerFiles, type Layer, type LayerOptions } from '../glossary/files.js';
import { shuyuVersion } from '../version.js';
import { cacheKey, readCachedIndex, writeCachedIndex } from './index-cache.js';
import { TermIndex, type IndexData } from './term-index.js';

export interface IndexOptions extends LayerOptions {
  /** The cache folder (cli/cache-dir.ts); without one no cache is read or written. */
  cacheDir?: string;
  /** Told each cache decision (`--verbose`). */
  log?: (message: string) => void;
}

export async function openIndex(options: IndexOptions): Promise<TermIndex> {
  const log = options.log ?? (() => {});
  const layers = listLayers(options);
  const dir = options.cacheDir;
  const key = cacheKey({ version: shuyuVersion(), roots: layers.map((l) => l.root), files: layers.flatMap((l) => l.files) });
  if (dir !== undefined) {
    const source = readCachedIndex(dir, key, log);
    if (source) return new TermIndex(source);
  }
  const data = await buildFromLayers(readLayerFiles(layers));
  // Messages above name files as the user sees them from here; the index outlives this
  // directory (the cache serves every other), so it keeps absolute paths.
  const absolute = new Map(layers.flatMap((l) => l.files.map((f) => [f.path, f.file] as const)));
  const abs = (file: string) => absolute.get(file) ?? file;
  for (const e of data.entries) {
    e.at = { ...e.at, file: abs(e.at.file) };
    for (const ex of e.examples) ex.at = { ...ex.at, file: abs(ex.at.file) };
  }
  data.titles = Object.fromEntries(Object.entries(data.titles).map(([file, title]) => [abs(file), title]));
  if (dir !== undefined) writeCachedIndex(dir, key, data, log);
  return new TermIndex(data);
}

/** Parses, validates and derives; throws a ValidationError listing every error. */
export async function buildFromLayers(layers: Layer[]): Promise<IndexData> {
  const { loadLayers } = await import('../glossary/load.js');
  const { buildIndexData } = await import('./build-index.js');
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
