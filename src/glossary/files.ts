// Finding and reading glossary files. Kept apart from parsing so that a lookup with a warm
// cache only lists and stats the files, without reading them or loading the YAML parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.js';
import { BUILTIN_GLOSSARY_DIR } from '../paths.js';

/** The built-in glossary shipped with the package (`glossary/` beside `src/` and `dist/`). */
export const BUILTIN_GLOSSARY = BUILTIN_GLOSSARY_DIR;

/** A glossary file read from disk: its path as the user should see it, and its bytes. */
export interface GlossarySource {
  path: string;
  bytes: Uint8Array;
}

/** One layer: the files of one `--glossary PATH` (or of the built-in glossary), sorted by name. */
export interface Layer {
  root: string;
  sources: GlossarySource[];
}

export interface LayerOptions {
  /** Paths given with `--glossary`, in order; later layers win. */
  paths: string[];
  /** Whether the built-in glossary is the bottom layer. */
  builtin: boolean;
  /** Directory that relative paths in messages are shown against. */
  cwd?: string;
}

function isGlossaryFile(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('.');
}

/** A glossary file found on disk, before it is read. */
export interface LayerFile {
  /** Absolute path. */
  file: string;
  /** Path as the user should see it (relative to the working directory where possible). */
  path: string;
  size: number;
  mtimeMs: number;
}

export interface LayerList {
  root: string;
  files: LayerFile[];
}

/** Lists the YAML files of a file or folder (recursively, sorted), as shuyu will read them. */
export function listGlossaryFiles(path: string, shown = path): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new UserError(`glossary not found: ${shown}`, undefined, 'give a YAML file or a folder of them with --glossary');
  }
  if (stat.isFile()) return [path];
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (d.name.startsWith('.') || d.name === 'node_modules') continue;
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (isGlossaryFile(d.name)) files.push(p);
    }
  };
  walk(path);
  if (files.length === 0) throw new UserError(`no glossary files (*.yaml) in ${shown}`, undefined, 'a glossary folder holds .yaml files');
  return files;
}

/** Lists every layer's files with their sizes and times (the index cache's key). */
export function listLayers(options: LayerOptions): LayerList[] {
  const cwd = options.cwd ?? process.cwd();
  const roots = [...(options.builtin ? [{ root: BUILTIN_GLOSSARY, shown: 'the built-in glossary' }] : []), ...options.paths.map((p) => ({ root: resolve(cwd, p), shown: p }))];
  if (roots.length === 0) throw new UserError('no glossary to use', undefined, 'drop --no-builtin or give --glossary PATH');
  return roots.map(({ root, shown }) => ({
    root,
    files: listGlossaryFiles(root, shown).map((file) => {
      const st = statSync(file);
      return { file, path: displayPath(file, cwd), size: st.size, mtimeMs: st.mtimeMs };
    }),
  }));
}

/** Reads the bytes of listed layers. */
export function readLayerFiles(layers: LayerList[]): Layer[] {
  return layers.map(({ root, files }) => ({
    root,
    sources: files.map(({ file, path }) => {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        throw new UserError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
      return { path, bytes };
    }),
  }));
}

/** Lists and reads every layer's files. Paths in messages are relative to `cwd`. */
export function readLayers(options: LayerOptions): Layer[] {
  return readLayerFiles(listLayers(options));
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel && !rel.startsWith('..') ? rel : file;
}

