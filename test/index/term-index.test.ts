import { describe, expect, it } from 'vitest';
import { originalSpan, toSimplifiedMapped } from '../../src/text/script.js';
import { fixtureIndex } from '../helpers.js';

describe('TermIndex', () => {
  it('derives traditional forms and pinyin, keeping the file pinyin where given', async () => {
    const index = await fixtureIndex();
    const byZh = (zh: string) => index.entries().find((e) => e.zh === zh)!;
    expect(byZh('中试平台')).toMatchObject({ zh_hant: '中試平臺', pinyin: 'zhōng shì píng tái', pinyin_from_file: false });
    expect(byZh('重庆')).toMatchObject({ zh_hant: '重慶', pinyin: 'Chóngqìng', pinyin_from_file: true });
    expect(byZh('卡脖子').pinyin).toBe('qiǎ bózi');
  });

  it('finds terms in a traditional sentence at their places in the original', async () => {
    const index = await fixtureIndex();
    const source = '成都高新區認定首批21家中試平臺，推動成渝地區雙城經濟圈建設';
    const mapped = toSimplifiedMapped(source);
    const found = index.matchChinese(mapped.text).map((h) => {
      const span = originalSpan(mapped, h.start, h.end);
      return [h.entry.zh, source.slice(span.start, span.end), span.start];
    });
    expect(found).toEqual([
      ['中试平台', '中試平臺', 12],
      ['成渝地区双城经济圈', '成渝地區雙城經濟圈', 19],
    ]);
  });

  it('matches Taiwan vocabulary through regional keys: 網際網路 is 互联网', async () => {
    const index = await fixtureIndex();
    const mapped = toSimplifiedMapped('透過網際網路申請');
    expect(index.matchChinese(mapped.text).map((h) => h.entry.zh)).toEqual(['互联网']);
  });

  it('matches a zh_also form as its entry', async () => {
    const index = await fixtureIndex();
    expect(index.matchChinese('新认定高企120家').map((h) => h.entry.zh)).toEqual(['高新技术企业']);
  });
});
