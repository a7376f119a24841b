// What the list holds for a search line: lookup's hits, or the terms of a pasted sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermIndex } from '../../src/index/term-index.js';
import { lookup, parseQuery } from '../../src/lookup/lookup.js';
import { listDomains, searchGlossary } from '../../src/tui/search.js';
import { findTermsInText, looksLikeSentence } from '../../src/tui/sentence.js';
import { fixtureIndex } from '../helpers.js';

let index: TermIndex;
beforeAll(async () => {
  index = await fixtureIndex();
});

// Single sentences quoted from ../shared/corpus (004_2f5669b315b71d84.txt is in traditional characters).
const TRADITIONAL = '靶向突破「卡脖子」關鍵核心技術,做強以重慶康佳光電技術研究院、比亞迪動力電池研究院為代表的專業技術平臺,努力生成一批高新技術產業集群。';
const SIMPLIFIED = '四是聚焦产业发展、城市治理技术需求,制定“揭榜挂帅”实施方案,以场景应用为牵引,构建研发机构、科技企业、行业部门协同联动的攻关机制。';

describe('searchGlossary', () => {
  it.each(['jbgs', '揭榜掛帥', 'jie bang', 'open competition', 'stuck neck', '双城经济圈'])('gives the same entries in the same order as shuyu lookup for "%s"', async (q) => {
    const expected = lookup(index, await parseQuery(q, index)).map((h) => h.index);
    const result = searchGlossary(index, q);
    expect(result.mode).toBe('lookup');
    expect(result.rows.map((r) => r.index)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('lists every entry for an empty line', () => {
    const result = searchGlossary(index, '  ');
    expect(result.mode).toBe('browse');
    expect(result.rows).toHaveLength(index.size);
    expect(result.scope).toBe(index.size);
  });

  it('filters by domain, and counts the domain as the scope', () => {
    const places = listDomains(index).find((d) => d.name === 'places-and-zones')!;
    expect(places.count).toBe(index.entries().filter((e) => e.domain === 'places-and-zones').length);
    const all = searchGlossary(index, '', { domain: places });
    expect(all.rows.map((r) => index.entry(r.index).domain)).toEqual(Array(places.count).fill('places-and-zones'));
    expect(all.scope).toBe(places.count);
    expect(searchGlossary(index, 'jbgs', { domain: places }).rows).toEqual([]);
  });

  it('turns to sentence mode for a pasted traditional sentence, with terms in text order', () => {
    const result = searchGlossary(index, TRADITIONAL);
    expect(result.mode).toBe('sentence');
    expect(result.rows.map((r) => index.entry(r.index).zh)).toEqual(['卡脖子', '重庆']);
    // spans point into the text as pasted
    const [chokepoint, chongqing] = result.text!.terms;
    expect(TRADITIONAL.slice(chokepoint!.spans[0]!.start, chokepoint!.spans[0]!.end)).toBe('卡脖子');
    expect(TRADITIONAL.slice(chongqing!.spans[0]!.start, chongqing!.spans[0]!.end)).toBe('重慶');
  });

  it('finds a term quoted in a simplified sentence', () => {
    const result = searchGlossary(index, SIMPLIFIED);
    expect(result.mode).toBe('sentence');
    expect(result.rows.map((r) => index.entry(r.index).zh)).toEqual(['揭榜挂帅']);
  });

  it('keeps a long term typed so far as a lookup while some term contains it', () => {
    const result = searchGlossary(index, '成渝地区双城经济');
    expect(result.mode).toBe('lookup');
    expect(index.entry(result.rows[0]!.index).zh).toBe('成渝地区双城经济圈');
  });
});

describe('sentence mode', () => {
  it('starts at eight Han characters or with punctuation', () => {
    expect(looksLikeSentence('成渝地区双城经济圈')).toBe(true);
    expect(looksLikeSentence('揭榜挂帅')).toBe(false);
    expect(looksLikeSentence('“卡脖子”')).toBe(true);
    expect(looksLikeSentence('pilot platform, testing')).toBe(false);
  });

  it('takes the longest term and reports each entry once with all its occurrences', () => {
    const text = '推动成渝地区双城经济圈建设。双城经济圈、成渝地区双城经济圈';
    const found = findTermsInText(index, text);
    expect(found.terms.map((t) => index.entry(t.index).zh)).toEqual(['成渝地区双城经济圈', '双城经济圈']);
    expect(found.terms[0]!.spans).toHaveLength(2);
    expect(found.occurrences.map((o) => text.slice(o.start, o.end))).toEqual(['成渝地区双城经济圈', '双城经济圈', '成渝地区双城经济圈']);
  });
});
