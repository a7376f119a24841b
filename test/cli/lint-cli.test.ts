import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, run, tempDir, testCache, VALID_GLOSSARY } from '../helpers.js';

const G = ['--no-builtin', '--glossary', VALID_GLOSSARY];
const F = (name: string) => fixture('lint', 'cli', name);
const lintJson = async (...args: string[]) => {
  const r = await run(['lint', ...args, ...G, '--format', 'json']);
  return { ...r, report: r.stdout ? JSON.parse(r.stdout) : undefined };
};

describe('shuyu lint, zh→en', () => {
  it('reports a traditional XLIFF source term at its line and column in the file, and exits 1', async () => {
    const { code, report } = await lintJson(F('zh-en.xlf'));
    expect(code).toBe(1);
    expect(report.problems.map((p: { rule: string; segment: string; line: number; column: number }) => [p.rule, p.segment, p.line, p.column])).toEqual([
      ['missing-term', '12', 7, 41],
      ['avoid-term', '13', 12, 48],
    ]);
    expect(report.summary).toEqual({ files: 1, units: 5, segments: 3, terms: 3, skipped: { 'translate-no': 1, 'empty-target': 1 }, direction: 'zh-en', errors: 2, warnings: 0 });
  });

  it('prints stylish output grouped by file with a summary line', async () => {
    const r = await run(['lint', F('zh-en.xlf'), ...G]);
    expect(r.stdout).toContain('7:41');
    expect(r.stdout).toContain('"stuck neck" is a rendering to avoid for "卡脖子": use "chokepoint"  avoid-term [13]');
    expect(r.stdout).toContain('✗ 2 errors, 0 warnings in 3 segments of 1 file (zh-en); not checked: 1 translate-no, 1 empty-target');
  });

  it('turns a rule off and exits 0 when only warnings are left', async () => {
    const r = await run(['lint', F('zh-en.xlf'), ...G, '--rule', 'missing-term=off', '--rule', 'avoid-term=warning']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 1 warning');
  });

  it('follows the script where translate-toolkit labels a Chinese source en-US, and says so', async () => {
    const r = await lintJson(F('ttk-mislabelled.xlf'));
    expect(r.code).toBe(0);
    expect(r.report.summary.direction).toBe('zh-en');
    expect(r.stderr).toContain('declares en-US (source)');
    expect(r.stderr).toContain('checking zh-en');
  });

  it('lints two plain files aligned line by line, and refuses misaligned ones naming both counts', async () => {
    const dir = tempDir();
    const en = join(dir, 'en.txt');
    writeFileSync(en, 'pilot platforms\nsolve the stuck neck problems\npromote the twin-city economic circle\n');
    const ok = await lintJson('--source', F('zh.txt'), '--target', en);
    expect(ok.report.problems.map((p: { rule: string; file: string; line: number }) => [p.rule, p.file === en || p.file.endsWith('en.txt'), p.line])).toEqual([
      ['avoid-term', true, 2],
      ['missing-term', false, 3],
    ]);
    const bad = await run(['lint', '--source', F('zh.txt'), '--target', F('en-short.txt'), ...G]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/zh\.txt has 3 lines, .*en-short\.txt has 2/);
  });

  it('checks English prose for renderings to avoid only', async () => {
    const { code, report } = await lintJson(F('briefing.md'));
    expect(code).toBe(1);
    expect(report.problems).toEqual([expect.objectContaining({ rule: 'avoid-term', line: 3, column: 29, found: 'stuck-neck' })]);
  });
});

describe('shuyu lint, en→zh', () => {
  it('lints an Xcode XLIFF into Chinese: missing terms and Chinese renderings to avoid', async () => {
    const { code, report } = await lintJson(F('en-zh-xcode.xliff'));
    expect(code).toBe(1);
    expect(report.summary).toMatchObject({ direction: 'en-zh', units: 4, segments: 4 });
    expect(report.problems).toEqual([
      expect.objectContaining({ rule: 'avoid-term', segment: 'firms.count', line: 15, found: '高科技企业', expected: ['高新技术企业', '高企'] }),
      expect.objectContaining({ rule: 'missing-term', segment: 'chokepoint.body', line: 19, column: 34, term: '卡脖子' }),
    ]);
  });

  it('accepts traditional and Taiwan vocabulary in a zh-TW TMX target', async () => {
    const { code, report } = await lintJson(F('en-zh-tw.tmx'));
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ direction: 'en-zh', segments: 2, errors: 0 });
  });

  it('refuses a file that is not Chinese–English, naming its languages (exit 2)', async () => {
    const r = await run(['lint', F('en-fr.xlf'), ...G]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a Chinese–English file: it declares en-US (source), fr-FR (target)');
  });
});

describe('shuyu lint output and usage', () => {
  it('writes a SARIF report to a file with -o', async () => {
    const out = join(tempDir(), 'shuyu.sarif');
    const r = await run(['lint', F('zh-en.xlf'), ...G, '--format', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(2);
  });

  it('exits 2 with a hint for usage mistakes', async () => {
    expect((await run(['lint', ...G])).stderr).toContain('nothing to lint');
    expect((await run(['lint', F('zh-en.xlf'), ...G, '--format', 'html'])).stderr).toContain('unknown --format "html"');
    expect((await run(['lint', F('zh-en.xlf'), ...G, '--rule', 'missing-term=loud'])).code).toBe(2);
    expect((await run(['lint', F('zh-en.xlf'), ...G, '--direction', 'zh-fr'])).stderr).toContain('--direction must be zh-en or en-zh');
    expect((await run(['lint', '--source', F('zh.txt'), ...G])).stderr).toContain('--source and --target go together');
    expect((await run(['lint', 'missing.xlf', ...G])).code).toBe(2);
  });

  it('stops with exit 2 on an empty translation, and writes no report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'export.po'), '');
    const report = join(dir, 'report.json');
    const r = await run(['lint', join(dir, 'export.po'), ...G, '--format', 'json', '-o', report]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/export\.po is empty/);
    expect(readdirSync(dir)).toEqual(['export.po']);
  });

    it('never prints a stack trace for hostile or malformed input', () => {
    // utf16-bom.csv is the one that must be read, not refused
    const cache = testCache(); // one prepared index for every run, not a rebuild each time
    for (const name of readdirSafe(fixture('lint', 'hostile')).filter((n) => n !== 'utf16-bom.csv')) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'shuyu.js'), 'lint', fixture('lint', 'hostile', name), ...G], { encoding: 'utf8', env: { ...process.env, SHUYU_CACHE_DIR: cache } });
      expect(r.status, name).toBe(2);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
      expect(r.stderr, name).toMatch(/^shuyu: /);
    }
  });
});

function readdirSafe(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.startsWith('.'));
}
