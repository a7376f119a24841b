import { chmodSync, cpSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, VALID_GLOSSARY } from '../helpers.js';

function setup() {
  const dir = tempDir();
  const glossary = join(dir, 'g');
  cpSync(VALID_GLOSSARY, glossary, { recursive: true });
  const cache = join(dir, 'cache');
  return { glossary, cache, args: ['lookup', '重庆', '--json', '--no-builtin', '--glossary', glossary, '--verbose'], env: { SHUYU_CACHE_DIR: cache } };
}

const entriesOf = (cache: string) => readdirSync(cache).filter((f) => f.startsWith('index-'));

describe('the index cache', () => {
  it('is written on the first lookup and used on the next, with the same result', async () => {
    const s = setup();
    const first = await run(s.args, s.env);
    expect(first.stderr).toContain('index cache: wrote');
    expect(entriesOf(s.cache)).toHaveLength(1);
    const second = await run(s.args, s.env);
    expect(second.stderr).toContain('index cache: using');
    expect(second.stdout).toBe(first.stdout);
  });

  it('gives the same results for every kind of query from the cache as freshly built', async () => {
    const s = setup();
    for (const q of ['中試平臺', 'jbgs', 'qiabozi', 'stuck neck', 'chokepiont', '高企']) {
      const fresh = await run(['lookup', q, '--json', '--no-builtin', '--glossary', s.glossary, '--no-cache'], s.env);
      await run(['lookup', q, '--json', '--no-builtin', '--glossary', s.glossary], s.env);
      const cached = await run(['lookup', q, '--json', '--no-builtin', '--glossary', s.glossary, '--verbose'], s.env);
      expect(cached.stderr).toContain('index cache: using');
      expect(cached.stdout).toBe(fresh.stdout);
    }
  });

  it('is rebuilt when a glossary file changes, and the stale entry removed', async () => {
    const s = setup();
    await run(s.args, s.env);
    writeFileSync(join(s.glossary, 'places.yaml'), 'entries:\n  - zh: 重庆\n    en: Chongqing Municipality\n');
    const r = await run(s.args, s.env);
    expect(r.stderr).toContain('index cache: wrote');
    expect(JSON.parse(r.stdout)[0].en).toBe('Chongqing Municipality');
    expect(entriesOf(s.cache)).toHaveLength(1);
  });

  it.each(['meta.json', 'entries.jsonl', 'col-zh.txt', 'offsets.bin'])('falls back silently when %s is damaged', async (file) => {
    const s = setup();
    const first = await run(s.args, s.env);
    const [entry] = entriesOf(s.cache);
    if (file === 'meta.json') writeFileSync(join(s.cache, entry!, file), '{"format": 4, "size":');
    else truncateSync(join(s.cache, entry!, file), 10);
    const quiet = await run(s.args.filter((a) => a !== '--verbose'), s.env);
    expect(quiet.code).toBe(0);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(first.stdout);
    const verbose = await run(s.args, s.env);
    expect(verbose.stderr).toContain('index cache: using'); // the fallback rewrote it
  });

  it('never breaks a command when the cache folder cannot be written', async () => {
    const s = setup();
    const blocked = join(tempDir(), 'not-a-folder');
    writeFileSync(blocked, 'a file where the cache folder should be');
    chmodSync(blocked, 0o444);
    const r = await run(s.args, { SHUYU_CACHE_DIR: join(blocked, 'sub') });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('cannot write');
    expect(JSON.parse(r.stdout)[0].zh).toBe('重庆');
  });
});
