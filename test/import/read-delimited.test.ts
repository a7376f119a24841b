import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { decodeInput } from '../../src/import/import-glossary.js';
import { columnRole, readDelimited } from '../../src/import/read-delimited.js';
import { fixture } from '../helpers.js';

const read = (name: string) => {
  const file = fixture('import', name);
  return readDelimited(decodeInput(readFileSync(file), name), name);
};

describe('quoting', () => {
  it('reports an unclosed quote where it opens', async () => {
    const file = fixture('import', 'unclosed.csv');
    const text = readFileSync(file, 'utf8');
    const error = await readDelimited(text, 'unclosed.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('a quoted cell is never closed');
    expect((error as UserError).place).toEqual({ file: 'unclosed.csv', line: 2, column: 35 });
  });
});

describe('column names', () => {
  it('knows English names, language codes, bracketed codes and language names', () => {
    expect(columnRole('zh')).toBe('zh');
    expect(columnRole('English')).toBe('en');
    expect(columnRole('zh-CN')).toBe('zh');
    expect(columnRole('zh_Hans')).toBe('zh');
    expect(columnRole('ZH-TW')).toBe('zh_hant');
    expect(columnRole('en-US')).toBe('en');
    expect(columnRole('Term [en]')).toBe('en');
    expect(columnRole('Term [zh-Hans]')).toBe('zh');
    expect(columnRole('Definition [en]')).toBe('definition');
    expect(columnRole('Chinese (Traditional)')).toBe('zh_hant');
    expect(columnRole('Chinese_PRC')).toBe('zh');
    expect(columnRole('English_United_States_Def')).toBe('definition');
    expect(columnRole('Comment')).toBe('note');
    expect(columnRole('Term [fr]')).toBeUndefined();
    expect(columnRole('Begriff')).toBeUndefined();
  });
});

describe('reading spreadsheets', () => {
  it('reads a header of field names, splitting lists on ; and |', async () => {
    const { entries, problems, skipped } = await read('spreadsheet.csv');
    expect(problems).toEqual([]);
    expect(skipped).toEqual([]);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({
      zh: '中试平台',
      en: 'pilot-scale testing platform',
      en_also: ['pilot testing platform', 'pilot platform'],
      en_avoid: ['intermediate test platform', 'middle test platform'],
      note: 'Scales a laboratory result up to small-batch production.\nChengdu Hi-tech Zone accredited its first 21 in 2023.',
      tags: ['tech-transfer'],
      status: 'approved',
      at: { file: 'spreadsheet.csv', line: 2, column: 1 },
    });
    expect(entries[1]).toMatchObject({ zh: '揭榜挂帅', status: 'draft', tags: ['slogan', 'policy'], at: { line: 4 } });
  });

  it('takes several renderings in the en cell as the preferred one and alternatives', async () => {
    const { entries } = await read('spreadsheet.csv');
    expect(entries[2]).toMatchObject({ zh: '一城多园', en: 'one city, multiple parks', en_also: ['one city with multiple parks'] });
    expect(entries[3]).toMatchObject({ en_also: ['bottleneck', 'stranglehold'] });
  });

  it('takes off the apostrophe a CSV export puts before a formula-like cell', async () => {
    expect((await read('spreadsheet.csv')).entries[2]!.note).toBe('=the formula guard of a CSV export is taken off');
  });

  it('reads language-code headers in a TSV with a byte-order mark, and leaves out empty cells', async () => {
    const { entries, problems } = await read('language-codes.tsv');
    expect(entries.map((e) => [e.zh, e.en, e.zh_hant, e.note])).toEqual([
      ['中试平台', 'pilot-scale testing platform', '中試平臺', 'A facility that scales a lab result up.'],
      ['互联网', 'internet', '網際網路', 'Taiwan writes 網際網路.'],
      ['西部科学城', 'Western Science City', undefined, undefined],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads "Term [en]" headers and warns about a column in another language', async () => {
    const { entries, problems } = await read('term-brackets.csv');
    expect(entries[0]).toMatchObject({ zh: '科技金融', en: 'technology finance', definition: 'Financial services for scientific and technological innovation.' });
    expect(problems).toEqual([expect.objectContaining({ severity: 'warning', message: 'column "Term [fr]" is not a glossary field; left out', at: { file: 'term-brackets.csv', line: 1, column: 42 } })]);
  });

  it('reads memoQ-style language names with semicolons', async () => {
    const { entries } = await read('memoq-names.csv');
    expect(entries[0]).toMatchObject({ zh: '高新技术企业', en: 'high-tech enterprise', zh_hant: '高新技術企業', definition: 'A firm certified under the national scheme.' });
    expect(entries[1]).toMatchObject({ zh: '科技型中小企业', en: 'technology-based SME' });
  });

  it('tells the columns of a file without a header by their script', async () => {
    const { entries } = await read('no-header.csv');
    expect(entries.map((e) => [e.zh, e.en, e.at.line])).toEqual([
      ['成渝地区双城经济圈', 'Chengdu-Chongqing economic circle', 1],
      ['西部科学城', 'Western Science City', 2],
      ['中试平台', 'pilot-scale testing platform', 3],
    ]);
  });

  it('reads UTF-16 with and without a byte-order mark, as Excel saves "Unicode text"', async () => {
    const text = 'zh\ten\r\n中试平台\tpilot-scale testing platform\r\n';
    const le = Buffer.from(text, 'utf16le');
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le, Buffer.from(Buffer.from(text, 'utf16le').swap16())]) {
      const { entries } = await readDelimited(decodeInput(bytes, 'u.txt'), 'u.tsv');
      expect(entries.map((e) => [e.zh, e.en])).toEqual([['中试平台', 'pilot-scale testing platform']]);
    }
  });

  it('reports a ragged row with its place instead of guessing', async () => {
    const { entries, problems } = await read('ragged.csv');
    expect(entries).toHaveLength(1);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: 'row has 4 cells where the header has 3', at: { file: 'ragged.csv', line: 3, column: 35 } })]);
  });

  it('reports rows without a Chinese or an English term as skipped', async () => {
    const { entries, skipped } = await readDelimited('zh,en\n中试平台,\n,Western Science City\n西部科学城,Western Science City\n', 's.csv');
    expect(entries).toHaveLength(1);
    expect(skipped).toEqual([
      { reason: 'no English rendering for "中试平台"', at: { file: 's.csv', line: 2, column: 1 } },
      { reason: 'no Chinese term', at: { file: 's.csv', line: 3, column: 1 } },
    ]);
  });

  it('refuses a file whose Chinese and English columns cannot be told apart', async () => {
    await expect(readDelimited('Begriff,Übersetzung\nPlattform,platform\n', 'de.csv')).rejects.toThrow(/cannot tell the Chinese and the English column apart/);
  });

  it('reports an unknown status with the cell’s place', async () => {
    const { problems } = await readDelimited('zh,en,status\n中试平台,pilot platform,final\n', 's.csv');
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: 'unknown status "final"', at: { file: 's.csv', line: 2, column: 21 } })]);
  });
});

describe('hostile spreadsheets', () => {
  it('reads a cell of 200,000 renderings without running out of call arguments', async () => {
    const renderings = Array.from({ length: 200_000 }, (_, i) => `pilot platform ${i}`).join(';');
    const { entries } = await readDelimited(`zh,en,en_also\n中试平台,pilot-scale testing platform,"${renderings}"\n`, 'wide.csv');
    expect(entries[0]!.en_also).toHaveLength(200_000);
  });
});
