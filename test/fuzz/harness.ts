// Runs mutants through the CLI in process and checks what a user must be able to rely on
// whatever the input (issue 18): exit 0, 1 or 2; no stack trace; on exit 2 one message with the
// file's place; on exit 2 no output file; no exception out of main; time and memory in bounds.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { run, tempDir, VALID_GLOSSARY } from '../helpers.js';
import { mutate } from './mutate.js';

/** How a format's files are given to the CLI. */
export type Target =
  | { kind: 'lint'; file: string; args?: string[] } // lint FILE [ARGS] -o OUT
  | { kind: 'aligned'; source: string; target: string } // lint --source --target -o OUT, one side mutated
  | { kind: 'check'; file: string } // check FILE
  | { kind: 'import'; file: string }; // import FILE -o OUT

export interface Outcome {
  code: number;
  ms: number;
}

/** Exit codes counted per format, for the README's reliability figures. */
export type Tally = Record<0 | 1 | 2, number>;
export const emptyTally = (): Tally => ({ 0: 0, 1: 0, 2: 0 });

/** A generous ceiling: no mutant of a fixture takes a second on a quiet machine. */
export const MUTANT_CEILING_MS = 10_000;

/** A line of a V8 stack trace, as Node prints an uncaught error. */
const STACK_LINE = /\n {4}at \S/;

const G = ['--no-builtin', '--glossary', VALID_GLOSSARY, '-q'];

/** The original's bytes, read once per file for all its mutants. */
const originals = new Map<string, Buffer>();
const bytesOf = (file: string): Buffer => originals.get(file) ?? originals.set(file, readFileSync(file)).get(file)!;

/** Writes the mutant of `original` for `seed`, named like the original so its extension picks the reader. */
function place(dir: string, original: string, seed: number): { file: string; applied: string[] } {
  const { bytes, applied } = mutate(bytesOf(original), seed);
  const file = join(dir, basename(original));
  writeFileSync(file, bytes);
  return { file, applied };
}

/**
 * Runs the mutant of `target` for `seed` and throws an Error naming the seed, the format and
 * the mutations when anything a user relies on does not hold.
 */
export async function runMutant(format: string, target: Target, seed: number): Promise<Outcome> {
  const dir = tempDir('shuyu-fuzz-');
  const out = join(dir, 'out.file');
  let argv: string[];
  let m: { file: string; applied: string[] };
  switch (target.kind) {
    case 'lint':
      m = place(dir, target.file, seed);
      argv = ['lint', m.file, ...(target.args ?? []), ...G, '-f', 'json', '-o', out];
      break;
    case 'aligned': {
      // even seeds mutate the source, odd seeds the translation; the other side stays intact
      const [mutatedSide, intact] = seed % 2 === 0 ? [target.source, target.target] : [target.target, target.source];
      m = place(dir, mutatedSide, seed);
      const copy = join(dir, `intact-${basename(intact)}`);
      writeFileSync(copy, bytesOf(intact));
      const [source, translation] = seed % 2 === 0 ? [m.file, copy] : [copy, m.file];
      argv = ['lint', '--source', source, '--target', translation, ...G, '-f', 'json', '-o', out];
      break;
    }
    case 'check':
      m = place(dir, target.file, seed);
      argv = ['check', '--no-builtin', m.file];
      break;
    case 'import':
      m = place(dir, target.file, seed);
      argv = ['import', m.file, '-o', out, '-q'];
      break;
  }
  const mutated = m.file;
  const applied = m.applied;
  const what = `${format} mutant seed ${seed} (${applied.join(', ')}) of ${basename(mutated)}`;
  const started = performance.now();
  let r;
  try {
    r = await run(argv);
  } catch (error) {
    throw new Error(`${what}: an exception escaped main: ${(error as Error)?.stack ?? String(error)}`);
  }
  const ms = performance.now() - started;
  const fail = (why: string) => {
    throw new Error(`${what}: ${why}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`);
  };
  if (![0, 1, 2].includes(r.code)) fail(`exit ${r.code}`);
  if (STACK_LINE.test(r.stderr) || STACK_LINE.test(r.stdout)) fail('a stack trace was printed');
  if (r.code === 2) {
    if (!r.stderr.startsWith('shuyu: ')) fail('exit 2 without a "shuyu: " message');
    if (!r.stderr.includes(basename(mutated))) fail('exit 2 without the file named in the message');
    if (target.kind !== 'check' && existsSync(out)) fail('exit 2, yet the output file was written');
  }
  if (ms > MUTANT_CEILING_MS) fail(`took ${Math.round(ms)} ms`);
  rmSync(dir, { recursive: true, force: true });
  return { code: r.code, ms };
}
