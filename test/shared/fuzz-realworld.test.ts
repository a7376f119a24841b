// The fuzz suite of issue 18 over ../shared/realworld: seeded mutants of every real CAT-tool,
// platform and term-base file there (lint for XLIFF, TMX and PO; import -o for TBX), with the
// assertions of test/fuzz/fuzz.test.ts: exit 0, 1 or 2, no stack trace, a place and no output
// file on exit 2, no exception out of main, time and memory in bounds. A failure names the seed.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyTally, runMutant, type Tally, type Target } from '../fuzz/harness.js';

const DIR = fileURLToPath(new URL('../../../shared/realworld/', import.meta.url));
/** Mutants per file; FUZZ_COUNT raises it for a longer search. */
const COUNT = Number(process.env.FUZZ_COUNT ?? 50);

const files = readdirSync(DIR)
  .filter((f) => /\.(xlf|xliff|sdlxliff|tmx|po|tbx)$/.test(f))
  .sort();
const tallies: Record<string, Tally> = {};

describe('mutants of the real-world files', () => {
  it('finds the folder’s files', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  files.forEach((name, f) => {
    it(`${name}: ${COUNT} mutants end in exit 0, 1 or 2 with a place, no stack trace and no output on exit 2`, async () => {
      const file = DIR + name;
      const format = name.slice(name.lastIndexOf('.') + 1);
      const tally = (tallies[format] ??= emptyTally());
      for (let i = 0; i < COUNT; i++) {
        const seed = 9_000_000 + f * 10_000 + i;
        // odd seeds force a direction, so that files in other languages are read past their header
        const target: Target = format === 'tbx' ? { kind: 'import', file } : { kind: 'lint', file, ...(i % 2 ? { args: ['--direction', 'zh-en'] } : {}) };
        const { code } = await runMutant(name, target, seed);
        tally[code as 0 | 1 | 2]++;
      }
      expect(process.memoryUsage().heapUsed).toBeLessThan(1024 ** 3);
    }, 180_000);
  });

  afterAll(() => {
    const rows = Object.entries(tallies).map(([format, t]) => `${format.padEnd(9)} ${String(t[0] + t[1] + t[2]).padStart(5)}  exit 0: ${t[0]}  exit 1: ${t[1]}  exit 2: ${t[2]}`);
    console.log(`real-world fuzz outcomes (seeded; the same every run)\n${rows.join('\n')}`);
  });
});
