import { describe, expect, it } from 'vitest';
import { DELIMITED_COLUMNS, formatDelimited } from '../../src/export/delimited.js';
import { neutralizeCell, restoreCell } from '../../src/text/csv.js';
import { formatJson } from '../../src/export/json.js';
import { escapeCell, formatMarkdown } from '../../src/export/markdown.js';
import { letterOf, parseStatuses, selectEntries, sortByPinyin } from '../../src/export/select.js';
import type { IndexedEntry } from '../../src/index/term-index.js';
import { fixture, fixtureIndex } from '../helpers.js';

const RICH = fixture('export', 'rich.yaml');
const rich = async () => (await fixtureIndex(RICH)).entries();
const byZh = (entries: IndexedEntry[], zh: string) => entries.find((e) => e.zh === zh)!;

describe('filters', () => {
  it('keeps entries with any of the tags given', async () => {
    const picked = selectEntries(await rich(), { tags: ['chengdu'], statuses: [], domains: [] });
    expect(picked.map((e) => e.zh)).toEqual(['西部科学城', '一城多园']);
  });

  it('combines status and domain filters (the file domain counts as the entry domain)', async () => {
    const all = await rich();
    expect(selectEntries(all, { tags: [], statuses: ['draft', 'deprecated'], domains: [] }).map((e) => e.zh)).toEqual(['一城多园', '动能转换']);
    expect(selectEntries(all, { tags: [], statuses: [], domains: ['places'] }).map((e) => e.zh)).toEqual(['西部科学城']);
    expect(selectEntries(all, { tags: [], statuses: ['approved'], domains: ['innovation-policy'] }).map((e) => e.zh)).toEqual(['双城经济圈', '软件', '中试平台']);
  });

  it('reads comma-separated statuses and rejects unknown ones', () => {
    expect(parseStatuses(['approved,draft'])).toEqual(['approved', 'draft']);
    expect(() => parseStatuses(['aproved'])).toThrow(/unknown status "aproved"/);
  });
});

describe('pinyin order', () => {
  it('sorts syllable by syllable, then by tone, then by character', () => {
    const e = (zh: string, pinyin: string) => ({ zh, pinyin });
    const sorted = sortByPinyin([e('中国', 'zhōng guó'), e('中试', 'zhōng shì'), e('重庆', 'chóng qìng'), e('钟', 'zhōng'), e('种', 'zhǒng'), e('1+3+N', '1 3 N')]);
    expect(sorted.map((x) => x.zh)).toEqual(['1+3+N', '重庆', '钟', '种', '中国', '中试']);
  });

  it('files entries under their first letter, and digits under 0–9', () => {
    expect(letterOf('Chóngqìng')).toBe('C');
    expect(letterOf('ài qí yì')).toBe('A');
    expect(letterOf('1 3 N')).toBe('0–9');
  });
});

describe('CSV and TSV', () => {
  it('writes the header and one row per entry with lists joined by " | "', async () => {
    const csv = formatDelimited(await rich(), { separator: ',' });
    const lines = csv.split('\n');
    expect(lines[0]).toBe(DELIMITED_COLUMNS.join(','));
    expect(lines[0]).toBe('zh,zh_hant,pinyin,en,en_also,en_avoid,note,tags,status,lint');
    expect(lines[1]).toMatch(/^西部科学城,西部科學城,xī bù kē xué chéng,Western Science City,West China Science City,West Science Town,/);
    expect(lines[1]).toMatch(/,chengdu \| chongqing,approved,strict$/);
    expect(csv).toMatch(/\n一城多园,.*,draft,relaxed\n/);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks', async () => {
    const csv = formatDelimited(await rich(), { separator: ',' });
    expect(csv).toContain('"one city, multiple parks"');
    expect(csv).toContain('"Pairs with 动力变革.\nDeprecated in favour of the full form."');
    expect(csv).toContain('"The science cities of Chengdu and Chongqing, built together under the ""one city, multiple parks"" model."');
  });

  it('neutralises every cell a spreadsheet would run as a formula, and import gives each back as written', async () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠', '﹦', '−']) {
      expect(neutralizeCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
      expect(restoreCell(neutralizeCell(`${start}SUM(A1)`))).toBe(`${start}SUM(A1)`);
    }
    // a cell written as already neutralised comes back as written too
    expect(restoreCell(neutralizeCell("'=x"))).toBe("'=x");
    expect(neutralizeCell('a=b')).toBe('a=b');
    const e = byZh(await rich(), '软件');
    const hostile = { ...e, en: '=HYPERLINK("http://evil.example","click")', en_also: ['+1 platform'], en_avoid: ['@SUM(1)'], tags: ['-x'] };
    const csv = formatDelimited([hostile], { separator: ',' });
    const row = csv.split('\n')[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(row).toContain(",'+1 platform,'@SUM(1),");
    expect(row).toContain(",'=Taiwan writes 軟體; the formula-like start tests spreadsheet safety.,");
    expect(row).toContain(",'-x,");
  });

  it('writes a byte-order mark and CRLF for Excel', async () => {
    const csv = formatDelimited(await rich(), { separator: ',', bom: true, crlf: true });
    expect(csv.startsWith('\uFEFFzh,zh_hant')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(8); // header, 6 rows, and the empty end; the note's LF stays inside its quotes
  });

  it('writes TSV without tabs or line breaks inside cells', async () => {
    const tsv = formatDelimited(await rich(), { separator: '\t' });
    const rows = tsv.trimEnd().split('\n');
    expect(rows).toHaveLength(7);
    for (const r of rows) expect(r.split('\t')).toHaveLength(10);
    expect(tsv).toContain('Pairs with 动力变革. Deprecated in favour of the full form.');
  });
});

describe('Markdown', () => {
  it('writes a table per domain, entries by pinyin, the preferred rendering in bold', async () => {
    const md = formatMarkdown(await rich(), { title: 'Western Science City' });
    expect(md.startsWith('# Western Science City\n')).toBe(true);
    const sections = md.split(/^## /m).slice(1);
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['Innovation policy', 'Places']);
    const rows = sections[0]!.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Chinese') && !l.startsWith('| ---'));
    expect(rows.map((r) => r.split(' | ')[0]!.slice(2))).toEqual(['动能转换 (deprecated)', '软件', '双城经济圈', '一城多园 (draft)', '中试平台']);
    expect(md).toContain('| 软件 | 軟體 | ruǎn jiàn | **software** |');
  });

  it('escapes pipes and line breaks so that a note cannot break the table', async () => {
    const md = formatMarkdown(await rich(), { title: 't' });
    expect(md).toContain('Parks \\| zones: the Chinese 园 is a park or zone, never a garden.');
    expect(md).toContain('Pairs with 动力变革.<br>Deprecated in favour of the full form.');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(9);
    expect(escapeCell('a|b\nc <d>')).toBe('a\\|b<br>c &lt;d>');
  });
});

describe('JSON', () => {
  it('writes every field, the derived traditional form and pinyin included', async () => {
    const json = JSON.parse(formatJson(await rich())) as Record<string, unknown>[];
    expect(json).toHaveLength(6);
    expect(json[0]).toMatchObject({
      zh: '西部科学城',
      zh_hant: '西部科學城',
      pinyin: 'xī bù kē xué chéng',
      en: 'Western Science City',
      en_also: ['West China Science City'],
      en_avoid: ['West Science Town'],
      pos: 'name',
      domain: 'places',
      tags: ['chengdu', 'chongqing'],
      status: 'approved',
      case_sensitive: true,
      lint: 'strict',
      sources: [{ title: 'Xinhua, Western Science City', year: 2023, url: 'https://example.org/xinhua/western-science-city' }, { title: 'Ministry of Science and Technology opinion on the Western Science City' }],
    });
    expect(json[4]).toMatchObject({ zh: '软件', zh_hant: '軟體' });
  });
});
