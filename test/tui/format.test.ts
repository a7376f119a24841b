// The pure pieces the screen is made of: widths, highlighting, layout, the details, OSC 52.
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermIndex } from '../../src/index/term-index.js';
import { detailLines } from '../../src/tui/detail-lines.js';
import { formatRow, rowWidths } from '../../src/tui/format-row.js';
import { formatSearchLine } from '../../src/tui/format-search-line.js';
import { pinyinRanges, wordRanges } from '../../src/tui/highlight.js';
import { computeLayout, keepVisible } from '../../src/tui/layout.js';
import { osc52 } from '../../src/tui/osc52.js';
import { searchGlossary } from '../../src/tui/search.js';
import { fitLine, lineText, seg, wrapLine } from '../../src/tui/segments.js';
import { tail, truncate, wrapText } from '../../src/tui/text-width.js';
import { fixtureIndex } from '../helpers.js';

let index: TermIndex;
beforeAll(async () => {
  index = await fixtureIndex();
});

const marked = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('widths', () => {
  it('cuts Chinese by columns, never through a character', () => {
    expect(truncate('成渝地区双城经济圈', 9)).toBe('成渝地区…');
    expect(stringWidth(truncate('成渝地区双城经济圈', 10))).toBeLessThanOrEqual(10);
  });

  it('keeps the end of a long line with tail()', () => {
    expect(tail('推动成渝地区双城经济圈建设', 9)).toBe('…济圈建设');
    expect(tail('推动成渝地区双城经济圈建设', 10)).toBe('…济圈建设');
  });

  it('pads mixed lines to exactly the width', () => {
    const line = fitLine([seg('揭榜挂帅', 'zh'), seg(' jbgs')], 16);
    expect(stringWidth(lineText(line))).toBe(16);
    const cut = fitLine([seg('揭榜挂帅', 'zh'), seg(' jiē bǎng guà shuài')], 12);
    expect(lineText(cut)).toBe('揭榜挂帅 ji…');
  });

  it('keeps tone-marked letters whole when cutting pinyin', () => {
    expect(truncate('jiē bǎng guà shuài', 7)).toBe('jiē bǎ…');
  });

  it('wraps English at spaces and Chinese anywhere', () => {
    expect(wrapText('A facility that scales a laboratory result up', 20)).toEqual(['A facility that', 'scales a laboratory', 'result up']);
    expect(wrapText('成都高新区认定首批21家中试平台', 10)).toEqual(['成都高新区', '认定首批21', '家中试平台']);
  });

  it('wraps styled Chinese text by columns', () => {
    const lines = wrapLine([seg('推动'), seg('成渝地区双城经济圈', 'term'), seg('建设')], 8);
    expect(lines.map(lineText)).toEqual(['推动成渝', '地区双城', '经济圈建', '设']);
    expect(lines[1]![0]!.tone).toBe('term');
  });
});

describe('highlighting', () => {
  it('marks the initials typed', () => {
    expect(marked('jiē bǎng guà shuài', pinyinRanges('jiē bǎng guà shuài', 'jbgs'))).toEqual(['j', 'b', 'g', 's']);
  });

  it('marks syllable prefixes typed, in pinyin written without spaces', () => {
    expect(marked('Liǎngjiāng Xīnqū', pinyinRanges('Liǎngjiāng Xīnqū', 'liangjx'))).toEqual(['Liǎng', 'j', 'X']);
  });

  it('marks a query that starts at a later syllable', () => {
    expect(marked('chéng yú dì qū', pinyinRanges('chéng yú dì qū', 'diqu'))).toEqual(['dì', 'qū']);
  });

  it('marks nothing when the letters do not follow the syllables', () => {
    expect(pinyinRanges('jiē bǎng guà shuài', 'jx')).toEqual([]);
  });

  it('marks English words at word starts only, ignoring case', () => {
    const text = 'Pilot-scale testing platform';
    expect(marked(text, wordRanges(text, ['pilot', 'scale']))).toEqual(['Pilot', 'scale']);
    expect(marked(text, wordRanges(text, ['plat']))).toEqual(['plat']);
    expect(wordRanges('compilot', ['pilot'])).toEqual([]);
  });
});

describe('list rows', () => {
  it('highlights the typed initials and keeps the columns aligned', () => {
    const result = searchGlossary(index, 'jbgs');
    const rows = result.rows.map((row) => ({ row, entry: index.entry(row.index) }));
    const widths = rowWidths(rows, result, 80);
    const line = formatRow(rows[0]!.entry, rows[0]!.row, result, widths, true);
    expect(lineText(line).startsWith('▸ 揭榜挂帅')).toBe(true);
    expect(line.filter((s) => s.tone === 'match').map((s) => s.text)).toEqual(['j', 'b', 'g', 's']);
    expect(stringWidth(lineText(line))).toBeLessThanOrEqual(80);
  });

  it('says which rendering to avoid matched', () => {
    const result = searchGlossary(index, 'stuck neck');
    const widths = rowWidths(result.rows.map((row) => ({ row, entry: index.entry(row.index) })), result, 100);
    const line = lineText(formatRow(index.entry(result.rows[0]!.index), result.rows[0]!, result, widths, false));
    expect(line).toMatch(/卡脖子.*chokepoint {2}✗ avoid stuck neck/);
  });

  it('shows the abbreviation that matched beside the term', () => {
    const result = searchGlossary(index, '高企');
    const line = lineText(formatRow(index.entry(result.rows[0]!.index), result.rows[0]!, result, { zh: 24, pinyin: 0, en: 30 }, false));
    expect(line).toContain('高新技术企业 (高企)');
  });
});

describe('the search line', () => {
  it('shows the end of a long pasted text with the cursor after it', () => {
    const text = '成都高新区认定首批21家中试平台，推动成渝地区双城经济圈建设';
    const view = formatSearchLine(text, text.length, 20);
    expect(lineText(view.line).endsWith('经济圈建设')).toBe(true);
    expect(view.cursorX).toBe(stringWidth(lineText(view.line)));
    expect(view.cursorX).toBeLessThanOrEqual(19);
  });

  it('puts the cursor after double-width characters at twice their count', () => {
    expect(formatSearchLine('中试平台', 2, 40).cursorX).toBe(4);
  });
});

describe('layout', () => {
  it('fills 80×24 with the list and a preview, one line short of the terminal', () => {
    const l = computeLayout({ columns: 80, rows: 24 });
    expect(l.height).toBe(23);
    expect(l.hasSidePane).toBe(false);
    expect(3 + l.listHeight + l.previewHeight).toBe(23);
    expect(l.listHeight).toBeGreaterThanOrEqual(12);
  });

  it('gives a short list’s spare lines to the preview', () => {
    const l = computeLayout({ columns: 80, rows: 24 }, 0, 1);
    expect(l.listHeight).toBe(3);
    expect(l.previewHeight).toBe(17);
  });

  it('puts the details beside the list on a wide terminal', () => {
    const l = computeLayout({ columns: 160, rows: 40 });
    expect(l.hasSidePane).toBe(true);
    expect(l.listWidth + 3 + l.paneWidth).toBe(160);
    expect(l.previewHeight).toBe(0);
  });

  it('makes room for pasted text in sentence mode, up to a quarter of the screen', () => {
    const l = computeLayout({ columns: 80, rows: 24 }, 20);
    expect(l.textHeight).toBe(6);
    expect(3 + l.textHeight + l.listHeight + l.previewHeight).toBe(23);
  });

  it('keeps the selection visible while scrolling as little as possible', () => {
    expect(keepVisible(0, 12, 10, 50)).toBe(3);
    expect(keepVisible(5, 7, 10, 50)).toBe(5);
    expect(keepVisible(20, 2, 10, 50)).toBe(2);
    expect(keepVisible(45, 49, 10, 50)).toBe(40);
  });
});

describe('the details', () => {
  it('lists every field, renderings to avoid marked with ✗', () => {
    const entry = {
      ...index.entries().find((e) => e.zh === '中试平台')!,
      zh_avoid: ['中间试验平台'],
      definition: 'A shared facility for pilot-scale production.',
      tags: ['tech-transfer'],
      sources: [{ title: 'State Council English release, 2023', url: 'https://english.www.gov.cn/' }],
    };
    const text = detailLines(entry, 78).map(lineText);
    const row = (label: string) => text.find((l) => l.startsWith(label)) ?? '';
    expect(text[0]).toBe('中试平台  中試平臺  zhōng shì píng tái');
    expect(row('English')).toContain('pilot-scale testing platform');
    expect(row('also')).toContain('pilot testing platform');
    expect(row('avoid')).toContain('✗ intermediate test platform');
    expect(text).toContainEqual(expect.stringContaining('✗ middle test platform'));
    expect(row('traditional')).toContain('中試平臺');
    expect(row('zh also')).toContain('中试基地');
    expect(row('zh avoid')).toContain('✗ 中间试验平台');
    expect(row('note')).toContain('A facility that scales');
    expect(row('definition')).toContain('pilot-scale production');
    expect(row('tags')).toContain('tech-transfer');
    expect(row('sources')).toContain('State Council English release, 2023 — https://english.www.gov.cn/');
    expect(row('examples')).toContain('成都高新区认定首批21家中试平台');
    expect(row('file')).toMatch(/platforms\.yaml:\d+/);
    for (const l of text) expect(stringWidth(l)).toBeLessThanOrEqual(78);
  });

  it('leaves the heading out for the preview', () => {
    const entry = index.entries().find((e) => e.zh === '重庆')!;
    expect(lineText(detailLines(entry, 60, { heading: false })[0]!)).toMatch(/^English\s+Chongqing/);
  });
});

describe('OSC 52', () => {
  it('puts the rendering base64-encoded in the clipboard escape', () => {
    expect(osc52('pilot-scale testing platform')).toBe(`\x1b]52;c;${Buffer.from('pilot-scale testing platform').toString('base64')}\x07`);
  });

  it('adds tmux passthrough, with the escapes inside doubled', () => {
    const s = osc52('chokepoint', { inTmux: true });
    expect(s.startsWith('\x1b]52;c;')).toBe(true);
    expect(s).toContain('\x1bPtmux;\x1b\x1b]52;c;');
    expect(s.endsWith('\x1b\\')).toBe(true);
  });
});

describe('sentence mode rows', () => {
  it('show the form written in the text first, then the entry it belongs to', () => {
    const text = '靶向突破「卡脖子」關鍵核心技術,做強以重慶康佳光電技術研究院為代表的專業技術平臺。';
    const result = searchGlossary(index, text);
    const lines = result.rows.map((row) => lineText(formatRow(index.entry(row.index), row, result, { zh: 20, pinyin: 0, en: 30 }, false)));
    expect(lines[0]).toMatch(/^ {2}卡脖子\s+chokepoint/);
    expect(lines[1]).toMatch(/^ {2}重慶 → 重庆\s+Chongqing/);
  });
});
