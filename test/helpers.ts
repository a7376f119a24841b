// Shared test helpers: fixture paths, a fake Io for main(), an index built from fixtures.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { buildFromLayers } from '../src/index/open-index.js';
import { readLayers } from '../src/glossary/files.js';
import { TermIndex } from '../src/index/term-index.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const fixture = (...parts: string[]) => join(FIXTURES, ...parts);
export const VALID_GLOSSARY = fixture('glossary', 'valid');

export function tempDir(prefix = 'shuyu-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

let sharedCache: string | undefined;
/**
 * One index cache for every run of a test file (each file runs in its own worker): the
 * cache is keyed by the glossary files' paths, sizes and times, so sharing it is safe, and a
 * run need not rebuild the built-in glossary's index (issue 15: tests on a busy machine).
 */
export function testCache(): string {
  return (sharedCache ??= tempDir('shuyu-cache-'));
}

/** Runs the CLI in-process with a fake terminal-less Io and the file's shared cache folder. */
export async function run(argv: string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: { SHUYU_CACHE_DIR: testCache(), ...env },
    cwd,
    stdinIsTTY: false,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const indexes = new Map<string, Promise<TermIndex>>();
/** The index of a fixture glossary (built without the cache, once per test file). */
export function fixtureIndex(path = VALID_GLOSSARY): Promise<TermIndex> {
  let p = indexes.get(path);
  if (!p) {
    p = buildFromLayers(readLayers({ paths: [path], builtin: false })).then((d) => new TermIndex(d));
    indexes.set(path, p);
  }
  return p;
}

/** Everything a streaming reader yields, as one array: readers yield a batch per chunk read. */
export async function collect<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const items: T[] = [];
  for await (const batch of batches) items.push(...batch);
  return items;
}
