// The fuzz suite (issue 18): seeded mutants of the repository's own fixtures, a few hundred per
// format, run in process through main(). Every mutant must end in exit 0, 1 or 2, print no stack
// trace, say where on exit 2 and write no output file then; a failure names the seed, which
// reproduces the mutant (mutate(bytes, seed) in test/fuzz/mutate.ts). The worst inputs of the
// issue are fixed cases in worst-inputs.test.ts, a file of its own so the two run side by side.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { emptyTally, runMutant, type Tally, type Target } from './harness.js';
import { MUTATOR_NAMES, MUTATORS, mulberry32, mutate } from './mutate.js';

/** Mutants per format; FUZZ_COUNT=2000 npm test runs a longer search. */
const COUNT = Number(process.env.FUZZ_COUNT ?? 200);

const files = (dir: string, ext: RegExp) =>
  readdirSync(dir)
    .filter((f) => ext.test(f))
    .sort()
    .map((f) => join(dir, f));

const FORMATS: Record<string, Target[]> = {
  xliff: files(fixture('lint', 'xliff'), /\.xlf$/).map((file) => ({ kind: 'lint', file })),
  tmx: files(fixture('lint', 'tmx'), /\.tmx$/).map((file) => ({ kind: 'lint', file })),
  po: [fixture('lint', 'po', 'zh_CN.po'), fixture('lint', 'po', 'zh_Hant', 'LC_MESSAGES', 'django.po')].map((file) => ({ kind: 'lint', file })),
  'csv/tsv': files(fixture('lint', 'csv'), /\.(csv|tsv)$/).map((file) => ({ kind: 'lint', file })),
  'aligned text': [{ kind: 'aligned', source: fixture('lint', 'text', 'zh.txt'), target: fixture('lint', 'text', 'en.txt') }],
  'glossary YAML (check)': files(fixture('glossary', 'valid'), /\.yaml$/).map((file) => ({ kind: 'check', file })),
  'CSV/TSV (import)': files(fixture('import'), /\.(csv|tsv)$/).map((file) => ({ kind: 'import', file })),
  'TBX (import)': files(fixture('import'), /\.tbx$/).map((file) => ({ kind: 'import', file })),
};

describe('the mutator', () => {
  const xliff = readFileSync(fixture('lint', 'xliff', 'memoq-style-zh-en.xlf'));

  it('makes the same mutant from the same seed, so a failing seed reproduces it', () => {
    for (const seed of [1, 42, 100_007]) {
      const [a, b] = [mutate(xliff, seed), mutate(xliff, seed)];
      expect(a.applied).toEqual(b.applied);
      expect(a.bytes.equals(b.bytes)).toBe(true);
    }
    expect(mutate(xliff, 1).bytes.equals(mutate(xliff, 2).bytes)).toBe(false);
  });

  it('has every mutation change the file, and deep nesting repeat one of its tags', () => {
    for (const name of MUTATOR_NAMES) {
      const changed = [1, 2, 3, 4, 5].some((seed) => !MUTATORS[name]!(xliff, mulberry32(seed)).equals(xliff));
      expect(changed, name).toBe(true);
    }
    const deep = MUTATORS.deepNesting!(xliff, mulberry32(7)).toString('utf8');
    expect(deep).toMatch(/(<[a-z][^<>]*>)\1{99}/);
  });
});

const tallies: Record<string, Tally & { ms: number }> = {};

describe('mutants of the fixtures', () => {
  Object.entries(FORMATS).forEach(([format, targets], f) => {
    it(`${format}: ${COUNT} mutants end in exit 0, 1 or 2 with a place, no stack trace and no output on exit 2`, async () => {
      expect(targets.length).toBeGreaterThan(0);
      const tally = { ...emptyTally(), ms: 0 };
      const started = performance.now();
      for (let i = 0; i < COUNT; i++) {
        const seed = (f + 1) * 100_000 + i;
        const { code } = await runMutant(format, targets[i % targets.length]!, seed);
        tally[code as 0 | 1 | 2]++;
      }
      tally.ms = performance.now() - started;
      tallies[format] = tally;
      // robust rather than tight: a leak of a few MB per mutant would show here
      expect(process.memoryUsage().heapUsed).toBeLessThan(1024 ** 3);
    }, 120_000);
  });

  afterAll(() => {
    const rows = Object.entries(tallies).map(([format, t]) => `${format.padEnd(24)} ${String(t[0] + t[1] + t[2]).padStart(5)}  exit 0: ${t[0]}  exit 1: ${t[1]}  exit 2: ${t[2]}  ${(t.ms / 1000).toFixed(1)} s`);
    console.log(`fuzz outcomes (seeded; the same every run)\n${rows.join('\n')}`);
  });
});
