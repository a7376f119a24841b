import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readRows, sniffDelimiter, type Delimiter, type Row, type RowOptions } from '../../src/read/delimited-rows.js';
import { collect } from '../helpers.js';

/** The rows of `text` read in chunks of `chunkSize` characters. */
async function rowsOf(text: string, file: string, options: RowOptions = {}, chunkSize = text.length || 1): Promise<Row[]> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += chunkSize) chunks.push(text.slice(i, i + chunkSize));
  return collect(readRows(chunks, file, options));
}
const cells = (rows: Row[]) => rows.map((r) => r.cells.map((c) => c.value.text));

describe('parsing delimited text', () => {
  it('keeps separators, doubled quotes and line breaks inside quoted cells, with each cell’s place', async () => {
    for (const chunkSize of [1, 3, 100]) {
      const rows = await rowsOf('zh,note\n中试平台,"a, ""b""\nc"\r\n西部科学城,x', 'f.csv', { delimiter: ',' }, chunkSize);
      expect(cells(rows)).toEqual([['zh', 'note'], ['中试平台', 'a, "b"\nc'], ['西部科学城', 'x']]);
      expect(rows[1]!.cells[1]!.value.start).toEqual({ line: 2, column: 6 });
      expect(rows[2]!.line).toBe(4);
    }
  });

  it('drops blank lines and reads a last line without a line end', async () => {
    expect(cells(await rowsOf('a\tb\n\n\nc\td', 'f.tsv', { delimiter: '\t' }))).toEqual([['a', 'b'], ['c', 'd']]);
  });

  it('keeps text after a closing quote as spreadsheets do, and refuses it otherwise', async () => {
    expect(cells(await rowsOf('"a"b,c\n', 'f.csv', { spreadsheet: true }))).toEqual([['ab', 'c']]);
    const error = await rowsOf('"a"b,c\n', 'f.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('text after the closing quote of a field');
    expect((error as UserError).place).toEqual({ file: 'f.csv', line: 1, column: 4 });
  });

  it('finds the separator European Excel uses, and says which it found', async () => {
    expect(sniffDelimiter('English;Chinese\na;b')).toBe(';');
    expect(sniffDelimiter('"a;b",c\n')).toBe(',');
    expect(sniffDelimiter('a\tb')).toBe('\t');
    let found: Delimiter | undefined;
    expect(cells(await rowsOf('English;Chinese\na;b', 'f.csv', { onSniff: (d) => (found = d) }))).toEqual([['English', 'Chinese'], ['a', 'b']]);
    expect(found).toBe(';');
  });
});
