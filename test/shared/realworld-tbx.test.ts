// TBX files as term-base tools really write them (../shared/realworld, issues 6 and 8): the
// Weblate glossary imports the concepts that have both a Chinese and an English term and
// reports the empty ones; the LTAC and LISA samples, which hold no Chinese, give the clear
// exit-2 message with the concept count MANIFEST.tsv gives, never a stack trace. And shuyu's
// own TBX export validates against the standard's RELAX NG schema (../shared/tbx).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, run, tempDir } from '../helpers.js';
import { entriesOfYaml } from '../import/helpers.js';

const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
const REALWORLD = join(SHARED, 'realworld');
const RNG = join(SHARED, 'tbx', 'TBXcoreStructV03.rng');

const manifest = readFileSync(join(REALWORLD, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'))
  .filter((c) => c[1]!.startsWith('tbx'))
  .map((c) => ({ file: c[0]!, concepts: Number(c[6]), languages: [c[7]!, ...c[8]!.split(',')] }));

describe('real-world TBX import', () => {
  it('finds the six TBX files of the manifest', () => {
    expect(manifest.map((m) => m.file).sort()).toEqual([
      'lisa-ibm-tbx2-ntig.tbx',
      'lisa-medtronic-tbx2-multilang.tbx',
      'ltac-tbx3-basic-dca.tbx',
      'ltac-tbx3-basic-dct-namespaced.tbx',
      'ltac-tbx3-min-dca.tbx',
      'weblate-ttk-tbx2-zh_Hans-emptyterms.tbx',
    ]);
  });

  it('imports the Weblate glossary: 17 concepts with both terms, the 136 empty ones reported', async () => {
    const out = join(tempDir(), 'weblate.yaml');
    const r = await run(['import', join(REALWORLD, 'weblate-ttk-tbx2-zh_Hans-emptyterms.tbx'), '-o', out, '--verbose']);
    expect(r.code).toBe(0);
    const entries = entriesOfYaml(readFileSync(out, 'utf8'), out);
    expect(entries).toHaveLength(17);
    expect(entries.slice(0, 3).map((e) => [e.zh, e.en])).toEqual([
      ['可见/隐藏', 'Toggle visibility'],
      ['选择颜色', 'Selected Color'],
      ['添加数据（或者场景）', 'Add Data (or Scene)'],
    ]);
    // "Coronal" is in the file twice, once with 冠状图 and once empty: one entry, one skip
    expect(entries.filter((e) => e.en === 'Coronal').map((e) => e.zh)).toEqual(['冠状图']);
    const skipped = /skipped (\d+) concepts \(empty Chinese term\): (.*)\n/.exec(r.stderr);
    expect(Number(skipped![1])).toBe(136);
    expect(skipped![2]!.split(', ')).toHaveLength(136); // --verbose lists every place
    expect(r.stderr).toContain('shuyu: 17 entries from');
    const check = await run(['check', out]);
    expect(check.code).toBe(0);
  });

  for (const m of manifest.filter((x) => !x.languages.some((l) => /^zh/i.test(l)))) {
    it(`refuses ${m.file} clearly: ${m.concepts} concepts in ${m.languages.join(', ')}, no Chinese`, async () => {
      const r = await run(['import', join(REALWORLD, m.file)]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const found = /no Chinese terms in this TBX(?: v2 \(martif\))? file \((\d+) concepts?\); languages found: (.*)\n/.exec(r.stderr);
      expect(found).not.toBeNull();
      expect(Number(found![1])).toBe(m.concepts);
      expect(found![2]!.split(', ').sort()).toEqual([...new Set(m.languages)].sort());
    });
  }
});

describe('TBX export against the TBX v3 RELAX NG schema', () => {
  const validate = (file: string) => execFileSync('xmllint', ['--noout', '--relaxng', RNG, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('validates the export of the built-in glossary', async () => {
    const out = join(tempDir(), 'builtin.tbx');
    const r = await run(['export', '-o', out]);
    expect(r.code).toBe(0);
    expect(() => validate(out)).not.toThrow();
    expect(readFileSync(out, 'utf8').match(/<conceptEntry /g)!.length).toBeGreaterThan(300);
  });

  it('validates an export that uses every field', async () => {
    const out = join(tempDir(), 'rich.tbx');
    expect((await run(['export', '--no-builtin', '-g', fixture('export', 'rich.yaml'), '-o', out])).code).toBe(0);
    expect(() => validate(out)).not.toThrow();
  });

  it('accepts the TBX v3 import fixtures and rejects a broken one, so the check can fail', () => {
    for (const name of ['tbx3-dca.tbx', 'tbx3-dct.tbx', 'tbx-min-usage.tbx']) expect(() => validate(fixture('import', name))).not.toThrow();
    const out = join(tempDir(), 'broken.tbx');
    writeFileSync(out, readFileSync(fixture('import', 'tbx3-dca.tbx'), 'utf8').replace('<termSec>', '<termSection>'));
    expect(() => validate(out)).toThrow();
  });
});
