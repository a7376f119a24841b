import { describe, expect, it } from 'vitest';
import { lookup, parseQuery } from '../../src/lookup/lookup.js';
import { fixtureIndex } from '../helpers.js';

async function top(query: string) {
  const index = await fixtureIndex();
  return lookup(index, await parseQuery(query), { limit: 5 });
}

describe('lookup', () => {
  it.each([
    ['揭榜挂帅', 'zh'],
    ['揭榜掛帥', 'zh'],
    ['jiebangguashuai', 'pinyin'],
    ['jie bang gua shuai', 'pinyin'],
    ['jiē bǎng guà shuài', 'pinyin'],
    ['jbgs', 'initials'],
    ['jiebang', 'pinyin'],
    ['open competition mechanism', 'en_also'],
  ])('finds 揭榜挂帅 first for "%s" (%s)', async (query, kind) => {
    const [hit] = await top(query);
    expect(hit?.entry.zh).toBe('揭榜挂帅');
    expect(hit?.kind).toBe(kind);
  });

  it('ranks the exact term above terms that contain it', async () => {
    const hits = await top('双城经济圈');
    expect(hits.map((h) => h.entry.zh)).toEqual(['双城经济圈', '成渝地区双城经济圈']);
  });

  it('finds an entry by a zh_also abbreviation', async () => {
    expect((await top('高企'))[0]).toMatchObject({ kind: 'zh_also', entry: { zh: '高新技术企业' } });
  });

  it('finds an entry by a rendering to avoid, and says so', async () => {
    const [hit] = await top('stuck neck');
    expect(hit).toMatchObject({ kind: 'en_avoid', matched: 'stuck neck', entry: { zh: '卡脖子', en: 'chokepoint' } });
  });

  it('tolerates a typo in English when nothing matches exactly', async () => {
    const [hit] = await top('chokepiont');
    expect(hit).toMatchObject({ kind: 'typo', entry: { zh: '卡脖子' } });
  });

  it('finds plural English queries and English prefixes', async () => {
    expect((await top('pilot platforms'))[0]?.entry.zh).toBe('中试平台');
    expect((await top('pilot-scale test'))[0]?.entry.zh).toBe('中试平台');
  });

  it('uses the pinyin override: qiabozi finds 卡脖子, kabozi does not', async () => {
    expect((await top('qiabozi'))[0]?.entry.zh).toBe('卡脖子');
    expect((await top('kabozi')).map((h) => h.entry.zh)).not.toContain('卡脖子');
  });

  it('finds a place name by toneless pinyin without spaces, capitals or not', async () => {
    expect((await top('Chongqing'))[0]?.entry.zh).toBe('重庆');
    expect((await top('liangjiangxinqu'))[0]?.entry.zh).toBe('两江新区');
  });

  it('returns nothing for a query nothing matches', async () => {
    expect(await top('zzzzqqq')).toEqual([]);
  });
});

describe('short queries', () => {
  it('matches one or two pinyin letters only from the start of a term; three letters anywhere', async () => {
    expect((await top('zh')).map((h) => h.entry.zh)).toContain('中试平台');
    expect((await top('sh')).map((h) => h.entry.zh)).not.toContain('中试平台');
    expect((await top('shi')).map((h) => h.entry.zh)).toContain('中试平台');
  });

  it('matches a two-letter English query only as a whole rendering', async () => {
    // "in" is inside "internet" but is no rendering of anything
    expect((await top('in')).map((h) => h.entry.zh)).not.toContain('互联网');
    expect((await top('int')).map((h) => h.entry.zh)).toContain('互联网');
  });
});
