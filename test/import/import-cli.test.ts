import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, run, tempDir } from '../helpers.js';
import { entriesOfYaml } from './helpers.js';

describe('shuyu import', () => {
  it('writes a glossary that check accepts, and says what it did', async () => {
    const dir = tempDir();
    const out = join(dir, 'spreadsheet.yaml');
    const r = await run(['import', fixture('import', 'spreadsheet.csv'), '-o', out, '--title', 'Tech transfer', '--domain', 'innovation-policy']);
    expect(r.stderr).toContain(`shuyu: 4 entries from ${fixture('import', 'spreadsheet.csv')} wrote ${out}`);
    expect(r.code).toBe(0);
    const yaml = readFileSync(out, 'utf8');
    expect(yaml).toMatch(/^# Imported from spreadsheet\.csv by shuyu import on \d{4}-\d{2}-\d{2}\.\n\ntitle: Tech transfer\ndomain: innovation-policy\nentries:\n  - zh: 中试平台\n    en: pilot-scale testing platform\n    en_also: \[pilot testing platform, pilot platform\]\n/);
    const entries = entriesOfYaml(yaml);
    expect(entries.map((e) => e.zh)).toEqual(['中试平台', '揭榜挂帅', '一城多园', '卡脖子']);
    expect(entries[1]).toMatchObject({ status: 'draft', tags: ['slogan', 'policy'], domain: 'innovation-policy' });
    const check = await run(['check', out]);
    expect(check.stdout).toContain('0 errors');
    expect(check.code).toBe(0);
  });

  it('writes YAML to stdout without -o', async () => {
    const r = await run(['import', fixture('import', 'tbx3-dct.tbx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  - zh: 科技金融\n    en: technology finance\n    en_avoid: [fintech]\n    pos: noun\n');
    expect(r.stdout).toContain('domain: finance\n');
  });

  it('reports Weblate’s empty terms and imports the rest', async () => {
    const r = await run(['import', fixture('import', 'tbx2-weblate.tbx'), '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('shuyu: skipped 2 concepts (empty Chinese term): ');
    expect(entriesOfYaml(r.stdout).map((e) => e.zh)).toEqual(['可见/隐藏', '添加数据（或者场景）', '冠状图']);
  });

  it('adds to an existing glossary, keeping its comments', async () => {
    const dir = tempDir();
    const out = join(dir, 'platforms.yaml');
    copyFileSync(fixture('glossary', 'valid', 'platforms.yaml'), out);
    const before = readFileSync(out, 'utf8');
    const r = await run(['import', fixture('import', 'term-brackets.csv'), '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`added to ${out}`);
    const after = readFileSync(out, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after).toContain('# A small glossary in the shape translators write');
    expect(after).toContain('pinyin: qiǎ bózi   # pinyin-pro reads 卡 as kǎ');
    expect(entriesOfYaml(after).slice(-2).map((e) => [e.zh, e.en, e.domain])).toEqual([
      ['科技金融', 'technology finance', 'innovation-policy'],
      ['人才贷', 'talent loan', 'innovation-policy'],
    ]);
  });

  it('writes nothing and exits 2 when the input has duplicates or conflicts', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.yaml');
    writeFileSync(out, 'title: old\nentries:\n  - zh: 互联网\n    en: internet\n');
    const r = await run(['import', fixture('import', 'conflicts.csv'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the input has 3 problems; nothing was written:');
    expect(r.stderr).toContain('conflicts.csv:4:1: error: "中试平台" appears twice: same entry as at');
    expect(r.stderr).toContain('or pass --keep-first');
    expect(readFileSync(out, 'utf8')).toBe('title: old\nentries:\n  - zh: 互联网\n    en: internet\n');
    expect(readdirSync(dir)).toEqual(['out.yaml']);
  });

  it('refuses an entry already in the file it adds to', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.yaml');
    writeFileSync(out, 'title: old\nentries:\n  - zh: 中试平台\n    en: pilot platform\n');
    const r = await run(['import', fixture('import', 'spreadsheet.csv'), '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/spreadsheet\.csv:2:1: error: "中试平台" conflicts with .*out\.yaml:3:5: an entry already in the output file/);
  });

  it('gives a clear message, never a stack trace, for a term base without Chinese', async () => {
    const r = await run(['import', fixture('import', 'en-fr.tbx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/en-fr\.tbx:1:1: no Chinese terms in this TBX v2 \(martif\) file \(1 concept\); languages found: en, fr/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the file is missing or empty', async () => {
    expect((await run(['import', 'nope.csv'])).stderr).toContain('cannot read nope.csv: ENOENT');
    const empty = join(tempDir(), 'empty.csv');
    writeFileSync(empty, '');
    const r = await run(['import', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the file is empty');
  });

  it('names the file when it holds a header and no rows (found by the fuzz suite)', async () => {
    const file = join(tempDir(), 'header-only.csv');
    writeFileSync(file, 'zh,en,en_also\n');
    const r = await run(['import', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`shuyu: ${file}: nothing to import: no row or concept has both a Chinese and an English term\n  check the column names (zh, en) or the languages of the term base\n`);
  });
});

describe('export then import', () => {
  for (const [format, args] of [
    ['csv', []],
    ['csv', ['--excel']],
    ['tsv', []],
  ] as const) {
    it(`gives back what ${format.toUpperCase()}${args.length ? ` ${args.join(' ')}` : ''} holds: terms, renderings, note, tags, status, overrides`, async () => {
      const dir = tempDir();
      const file = join(dir, `rich.${format}`);
      const out = join(dir, 'back.yaml');
      expect((await run(['export', '--no-builtin', '-g', fixture('export', 'rich.yaml'), '-o', file, ...args])).code).toBe(0);
      const r = await run(['import', file, '-o', out]);
      expect(r.code).toBe(0);
      const pick = ({ zh, en, en_also, en_avoid, note, tags, status, zh_hant, pinyin }: Record<string, unknown>) => ({ zh, en, en_also, en_avoid, note: format === 'tsv' ? (note as string | undefined)?.replace(/\n/g, ' ') : note, tags, status, zh_hant, pinyin });
      const original = entriesOfYaml(readFileSync(fixture('export', 'rich.yaml'), 'utf8')).map(pick);
      expect(entriesOfYaml(readFileSync(out, 'utf8')).map(pick)).toEqual(original);
    });
  }
});

describe('the shuyu binary on bad input', () => {
  const bin = join(ROOT, 'bin', 'shuyu.js');
  const exec = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, SHUYU_CACHE_DIR: tempDir() } });

  it('exits 2 with a message, never a stack trace, for hostile XML, a ragged CSV and an unknown format', () => {
    for (const args of [
      ['import', fixture('import', 'hostile-entities.tbx')],
      ['import', fixture('import', 'ragged.csv')],
      ['import', fixture('import', 'not-tbx.xml')],
      ['export', '--format', 'docx'],
    ]) {
      const r = exec(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^shuyu: /);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
