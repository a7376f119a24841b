import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, run, VALID_GLOSSARY } from '../helpers.js';

describe('shuyu check', () => {
  it('exits 0 on a valid glossary and says how much it read', async () => {
    const r = await run(['check', VALID_GLOSSARY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ 2 files, 11 entries, 1 example: 0 errors, 0 warnings/);
  });

  it('exits 1 and lists every problem as file:line:col', async () => {
    const r = await run(['check', 'invalid/many-problems.yaml'], {}, fixture('glossary'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('invalid/many-problems.yaml:6:5: error: unknown entry key `en_alsp` (did you mean `en_also`?)');
    expect(r.stdout).toMatch(/✗ 1 file, \d+ entries, \d+ examples?: 12 errors, 2 warnings/);
  });

  it('prints problems as JSON with --json', async () => {
    const r = await run(['check', 'invalid/alias.yaml', '--json'], {}, fixture('glossary'));
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.problems[0]).toEqual({ severity: 'error', message: 'YAML alias `*t` is not allowed in a glossary', file: 'invalid/alias.yaml', line: 9, column: 11, hint: 'write the value out in full' });
    expect(report.summary).toEqual({ files: 1, entries: 2, errors: 1, warnings: 0 });
  });

  it('exits 2 for a path that does not exist', async () => {
    const r = await run(['check', 'nowhere.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('glossary not found');
  });

  it('checks the built-in glossary when given no path', async () => {
    const r = await run(['check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ \d+ files, \d+ entries, \d+ examples: 0 errors/);
  });
});

describe('the shuyu executable', () => {
  const bin = `${ROOT}/bin/shuyu.js`;
  const exec = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, SHUYU_CACHE_DIR: `${ROOT}/node_modules/.cache/shuyu-test` } });

  it('exits 2 on an invalid glossary with every error and no stack trace', () => {
    const r = exec('lookup', 'x', '--no-builtin', '--glossary', fixture('glossary', 'invalid', 'many-problems.yaml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the glossary has 12 errors:');
    expect(r.stderr).toContain('many-problems.yaml:2:1: error: unknown file key `domian`');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 for --help and 2 for an unknown command', () => {
    expect(exec('--help').status).toBe(0);
    const r = exec('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it('looks a term up in the built-in glossary', () => {
    const r = exec('lookup', '揭榜挂帅');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('揭榜挂帅');
  });
});

describe('shuyu check runs the examples', () => {
  it('passes examples that lint clean or fail as they expect, and reports the others at their line', async () => {
    const r = await run(['check', 'examples/examples.yaml', '--json'], {}, fixture('glossary'));
    expect(r.code).toBe(1);
    const { problems, summary } = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ entries: 2, errors: 2 });
    expect(problems).toEqual([
      expect.objectContaining({
        line: 22,
        column: 9,
        message: 'example 1 of "中试平台" does not lint clean: missing-term: "中试平台" should be rendered "pilot-scale testing platform"',
      }),
      expect.objectContaining({ line: 24, column: 9, message: 'example 2 of "中试平台" expects avoid-term, but the linter reported nothing' }),
    ]);
  });

  it('counts the examples it ran', async () => {
    const r = await run(['check', VALID_GLOSSARY]);
    expect(r.stdout).toMatch(/11 entries, 1 example: 0 errors/);
  });
});
