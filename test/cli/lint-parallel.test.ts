// A large aligned pair is split between threads (--jobs): what they find must be exactly what
// one thread finds, inconsistent-term across the cut included. Runs the worker from dist/
// (npm test builds first).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, VALID_GLOSSARY } from '../helpers.js';

const G = ['--no-builtin', '--glossary', VALID_GLOSSARY];

// Corpus-shaped segments (articles 001 and 002, one traditional) with their translations.
const PAIRS: [string, string][] = [
  ['成都高新区认定首批21家中试平台,推动成渝地区双城经济圈建设。', 'Chengdu Hi-tech Zone accredited its first 21 pilot-scale testing platforms to build the Chengdu-Chongqing Economic Circle.'],
  ['作為首批國家高新技術產業開發區之一,如今的重慶高新區處處都散發著科技的味道。', 'As one of the first national high-tech zones, the Chongqing High-tech Zone now breathes technology everywhere.'],
  ['实行“揭榜挂帅”,攻克“卡脖子”技术。', 'It uses the open competition mechanism to select the best candidates to tackle chokepoint technologies.'],
  ['', ''],
];

/** About `mb` MB of aligned text; `edit` may change line n (1-based) of either side. */
function pair(dir: string, mb: number, edit: (line: number, zh: string, en: string) => [string, string] = (_, z, e) => [z, e]) {
  const zh: string[] = [];
  const en: string[] = [];
  let size = 0;
  for (let n = 1; size < mb * 1e6; n++) {
    const [z, e] = edit(n, ...PAIRS[n % PAIRS.length]!);
    zh.push(z);
    en.push(e);
    size += Buffer.byteLength(z) + 1;
  }
  writeFileSync(join(dir, 'zh.txt'), `${zh.join('\n')}\n`);
  writeFileSync(join(dir, 'en.txt'), `${en.join('\r\n')}\r\n`);
  return { zh: join(dir, 'zh.txt'), en: join(dir, 'en.txt'), lines: zh.length };
}

describe('lint --jobs on a large aligned pair', () => {
  it('finds exactly what one thread finds, an inconsistency across the cut included', async () => {
    const dir = tempDir();
    // near the end of the file (the last share of any split) "pilot platform" is used twice and 重庆 missed once
    const f = pair(dir, 4.5, (n, z, e) => {
      if (n === 65_000 || n === 65_004) return [z, e.replace('pilot-scale testing platforms', 'pilot platforms')];
      if (n === 65_001) return [z, e.replace('Chongqing High-tech Zone', 'local high-tech zone')];
      return [z, e];
    });
    expect(f.lines).toBeGreaterThan(65_004);
    const args = ['lint', '--source', f.zh, '--target', f.en, ...G, '--format', 'json', '-q'];
    const one = await run([...args, '--jobs', '1', '--verbose']);
    const two = await run([...args, '--jobs', '2', '--verbose']);
    const three = await run([...args, '--jobs', '3', '--verbose']);
    expect(one.stderr).not.toMatch(/threads/);
    expect(two.stderr).toMatch(/in 2 threads/);
    expect(three.stderr).toMatch(/in 2 threads/); // 4.5 MB: two shares of at least 2 MB
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout);
    expect(report.problems.map((p: { rule: string; file: string; line: number; column: number; found: string | null }) => [p.rule, p.file, p.line, p.column, p.found])).toEqual([
      ['inconsistent-term', expect.stringMatching(/en\.txt$/), 65_000, PAIRS[0]![1].indexOf('pilot-scale') + 1, 'pilot platform'],
      ['missing-term', expect.stringMatching(/zh\.txt$/), 65_001, PAIRS[1]![0].indexOf('重慶') + 1, null],
    ]);
    expect(report.summary.segments + report.summary.skipped['empty-target']).toBe(f.lines);
  }, 60_000);

  it('reports invalid UTF-8 in a later share at its byte and line, and exits 2', async () => {
    const dir = tempDir();
    const f = pair(dir, 4.5);
    const bytes = readFileSync(f.zh);
    const at = bytes.length - 200;
    bytes[at] = 0xff;
    writeFileSync(f.zh, bytes);
    const r = await run(['lint', '--source', f.zh, '--target', f.en, ...G, '--jobs', '2', '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`invalid UTF-8 at byte ${at} \\(0xff\\)`));
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
  }, 60_000);

  it('refuses a --jobs that is not a number of threads', async () => {
    const r = await run(['lint', '--source', 'a.txt', '--target', 'b.txt', ...G, '--jobs', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number of threads/);
  });
});
