import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { fixture, run, tempDir } from '../helpers.js';

const RICH = fixture('export', 'rich.yaml');
const base = ['--no-builtin', '--glossary', RICH];

describe('shuyu export', () => {
  it('writes CSV to stdout with -o - and nothing on stderr', async () => {
    const r = await run(['export', ...base, '--format', 'csv', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('zh,zh_hant,pinyin,en,en_also,en_avoid,note,tags,status,lint');
    expect(r.stdout).toContain('西部科学城,西部科學城');
  });

  it('takes the format from the output file name and writes it atomically', async () => {
    const dir = tempDir();
    const out = join(dir, 'glossary.tbx');
    writeFileSync(out, 'old');
    const r = await run(['export', ...base, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`shuyu: wrote 6 entries to ${out}\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx type="TBX-Basic"/);
    expect(readdirSync(dir)).toEqual(['glossary.tbx']); // no temporary file left behind
  });

  it('titles an export after its glossary file, from a fresh index and from the cache alike', async () => {
    const env = { SHUYU_CACHE_DIR: tempDir('shuyu-cache-') };
    for (const verbose of [[], ['--verbose']]) {
      const r = await run(['export', ...base, '--format', 'md', ...verbose], env);
      expect(r.stdout.split('\n')[0]).toBe('# Western Science City');
      if (verbose.length) expect(r.stderr).toContain('index cache: using');
      const tbx = await run(['export', ...base, '--format', 'tbx'], env);
      expect(tbx.stdout).toMatch(/from Western Science City \([^)]*rich\.yaml\)/);
    }
  });

  it('applies --tag, --status and --domain to every format', async () => {
    const json = await run(['export', ...base, '--format', 'json', '--tag', 'chengdu', '--status', 'draft']);
    expect((JSON.parse(json.stdout) as { zh: string }[]).map((e) => e.zh)).toEqual(['一城多园']);
    const md = await run(['export', ...base, '--format', 'md', '--domain', 'places']);
    expect(md.stdout).toContain('西部科学城');
    expect(md.stdout).not.toContain('中试平台');
    expect(md.stdout).toContain('1 entry; domain places');
  });

  it('says which tags exist when a filter matches nothing (exit 2)', async () => {
    const r = await run(['export', ...base, '--format', 'csv', '--tag', 'beijing']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('no entries match tag beijing (of 6 in the glossary)');
    expect(r.stderr).toContain('tags in the glossary: chengdu, chengdu-chongqing, chongqing');
  });

  it('asks for a format when neither --format nor the file name gives one', async () => {
    const r = await run(['export', ...base, '-o', 'glossary.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('which format?');
  });

  it('writes BOM and CRLF with --excel', async () => {
    const r = await run(['export', ...base, '--format', 'tsv', '--excel']);
    expect(r.stdout.startsWith('\uFEFFzh\tzh_hant')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(8);
  });

  it('writes a PDF file and says how many pages', async () => {
    const out = join(tempDir(), 'g.pdf');
    const r = await run(['export', ...base, '-o', out, '--title', 'Western Science City terms'], { SOURCE_DATE_EPOCH: '1772323200' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`shuyu: wrote 6 entries to ${out} (3 pages)\n`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('writes a PDF to stdout when it is piped', async () => {
    const r = await run(['export', ...base, '--format', 'pdf', '-o', '-']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('%PDF-')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it('refuses to write a PDF to a terminal', async () => {
    let stderr = '';
    const io: Io = {
      stdout: { write: () => true, isTTY: true },
      stderr: { write: (s: string) => (stderr += s), isTTY: true },
      env: { SHUYU_CACHE_DIR: tempDir(), NO_COLOR: '1' },
      cwd: tempDir(),
      stdinIsTTY: true,
    };
    expect(await main(['export', ...base, '--format', 'pdf'], io)).toBe(2);
    expect(stderr).toContain('a PDF is not for the terminal');
  });

  it('leaves the old file alone when the export fails', async () => {
    const dir = tempDir();
    const out = join(dir, 'g.csv');
    writeFileSync(out, 'old');
    const r = await run(['export', ...base, '-o', out, '--status', 'final']);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });
});
