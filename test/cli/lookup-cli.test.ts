import { describe, expect, it } from 'vitest';
import { run, VALID_GLOSSARY } from '../helpers.js';

const G = ['--no-builtin', '--glossary', VALID_GLOSSARY];

describe('shuyu lookup', () => {
  it('prints a card with both scripts, pinyin, renderings and note', async () => {
    const r = await run(['lookup', '中試平臺', ...G]);
    expect(r.code).toBe(0);
    const card = r.stdout.split('\n\n')[0]!;
    expect(card).toContain('中试平台  (中試平臺)  zhōng shì píng tái');
    expect(card).toContain('pilot-scale testing platform');
    expect(card).toContain('also:  pilot testing platform; pilot platform');
    expect(card).toContain('avoid: intermediate test platform; middle test platform');
    expect(card).toContain('A facility that scales');
    expect(r.stdout).not.toContain('\x1b['); // no colour when not a terminal
  });

  it('says what to use instead when the query is a rendering to avoid', async () => {
    const r = await run(['lookup', 'stuck', 'neck', ...G]);
    expect(r.stdout).toContain('"stuck neck" is a rendering to avoid: use "chokepoint"');
  });

  it('prints the entries as JSON, best first, with derived fields', async () => {
    const r = await run(['lookup', 'jbgs', '--json', ...G]);
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout);
    expect(entries[0]).toMatchObject({ zh: '揭榜挂帅', zh_hant: '揭榜掛帥', pinyin: 'jiē bǎng guà shuài', status: 'approved', domain: 'innovation-policy' });
    expect(entries[0].file).toMatch(/platforms\.yaml$/);
  });

  it('limits the number of entries with --limit', async () => {
    const all = JSON.parse((await run(['lookup', 'platform', '--json', ...G])).stdout);
    expect(all.length).toBeGreaterThan(0);
    const r = await run(['lookup', '经济圈', '--json', '--limit', '1', ...G]);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('exits 1 with a hint when nothing matches', async () => {
    const r = await run(['lookup', 'zzzzqqq', ...G]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing in the glossary matches "zzzzqqq"');
    expect(r.stderr).toContain('pinyin');
  });

  it('exits 2 for a bad --limit and for a missing glossary', async () => {
    expect((await run(['lookup', 'x', '--limit', 'zero', ...G])).code).toBe(2);
    const r = await run(['lookup', 'x', '--no-builtin', '--glossary', 'no/such/dir']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('glossary not found: no/such/dir');
  });

  it('colours the card on a terminal unless NO_COLOR is set', async () => {
    const colored = await run(['lookup', '卡脖子', ...G], { FORCE_COLOR: '1' });
    expect(colored.stdout).toContain('\x1b[1m');
    const plain = await run(['lookup', '卡脖子', ...G], { FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(plain.stdout).not.toContain('\x1b[');
  });
});

describe('shuyu lookup, hostile queries', () => {
  it('refuses a 6,000-letter query with exit 2 and a short excerpt, not a regular-expression error', async () => {
    const r = await run(['lookup', 'a'.repeat(6000)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shuyu: the query is 6000 characters long: "a{39}…"/);
    expect(r.stderr.length).toBeLessThan(400);
  });

  it('finds nothing, quickly and without an error, for 200 letters that no pinyin is', async () => {
    const r = await run(['lookup', 'a'.repeat(200)]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/nothing in the glossary matches/);
  });
});
