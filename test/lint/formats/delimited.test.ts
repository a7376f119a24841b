import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { pickColumns, readDelimitedBatches } from '../../../src/lint/formats/delimited.js';
import { readUnitBatches } from '../../../src/lint/formats/detect.js';
import type { Unit } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { collect, fixture } from '../../helpers.js';
import { misplaced } from './map-check.js';

const LANGS = fixture('lint', 'csv', 'langs-header.csv');
const TSV = fixture('lint', 'csv', 'no-header.tsv');


const rows = (units: Unit[]) => units.map((u) => [u.id, ...u.segments[0]!.variants.map((v) => v.text)]);

describe('CSV with a header of language codes, quoted fields and CRLF', async () => {
  const units = await collect(readUnitBatches(LANGS));

  it('numbers data rows from 1 without the header and takes the languages from it', () => {
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3']);
    expect(units[0]!.segments[0]!.variants.map((v) => [v.role, v.lang])).toEqual([
      ['source', 'zh-CN'],
      ['target', 'en-US'],
    ]);
  });

  it('reads doubled quotes as quotes and keeps line breaks inside quoted fields', () => {
    expect(rows(units).slice(1)).toEqual([
      ['2', '创新是引领发展的第一动力。', 'Innovation is the "primary" driving force of development.'],
      ['3', '中央有部署、市委有安排、\r\n璧山有行动。', 'The central government has a plan,\r\nand Bishan is taking action.'],
    ]);
  });

  it('places each row at its first line and a term after a quoted line break at its own line', () => {
    expect(units[2]!.at).toEqual({ file: LANGS, line: 4, column: 1 });
    const zh = units[2]!.segments[0]!.variants[0]!;
    expect(placeOf(zh, zh.text.indexOf('璧山'), LANGS)).toEqual({ file: LANGS, line: 5, column: 1 });
    const en = units[2]!.segments[0]!.variants[1]!;
    expect(placeOf(en, en.text.indexOf('Bishan'), LANGS)).toEqual({ file: LANGS, line: 6, column: 5 });
  });

  it('maps every character back into the file, whatever the chunk size', async () => {
    expect(misplaced(units, LANGS)).toEqual([]);
    for (const chunkSize of [1, 2, 9]) expect(await collect(readDelimitedBatches(LANGS, { delimiter: ',', chunkSize }))).toEqual(units);
  });
});

describe('TSV without a header', () => {
  it('takes the first two columns as source and target, with no language', async () => {
    const units = await collect(readUnitBatches(TSV));
    expect(rows(units)).toEqual([
      ['1', '西部科学城', 'Western Science City'],
      ['2', '携手打造科技高地', 'working together on a science and technology highland'],
    ]);
    expect(units[1]!.segments[0]!.variants.map((v) => v.lang)).toEqual([undefined, undefined]);
    const en = units[1]!.segments[0]!.variants[1]!;
    expect(placeOf(en, 0, TSV)).toMatchObject({ line: 2, column: 10 });
  });
});

describe('CSV header and delimiter detection', () => {
  it('recognises source/target columns anywhere in the row', () => {
    expect(pickColumns(['id', 'source', 'target', 'note'])).toEqual({ header: true, source: 1, target: 2 });
  });

  it('recognises language names and codes, Chinese ones too', () => {
    expect(pickColumns(['English', 'Chinese'])).toMatchObject({ header: true, source: 0, target: 1, sourceLang: 'en', targetLang: 'zh-Hans' });
    expect(pickColumns(['key', '中文', '英文'])).toMatchObject({ source: 1, target: 2, sourceLang: 'zh-Hans', targetLang: 'en' });
    expect(pickColumns(['zh_Hans', 'EN-us'])).toMatchObject({ sourceLang: 'zh_Hans', targetLang: 'EN-us' });
    expect(pickColumns(['en-US', 'fr-FR'])).toMatchObject({ header: true, sourceLang: 'en-US', targetLang: 'fr-FR' });
    expect(pickColumns(['key_id', 'zh-CN', 'en-GB'])).toMatchObject({ source: 1, target: 2 });
  });

  it('takes a first row of data as data', () => {
    expect(pickColumns(['西部科学城', 'Western Science City'])).toEqual({ header: false, source: 0, target: 1 });
    expect(pickColumns(['id', 'the'])).toEqual({ header: false, source: 0, target: 1 });
  });

  it('reads a semicolon-separated CSV as Excel writes it in many locales', async () => {
    expect(rows(await collect(readUnitBatches(fixture('lint', 'csv', 'semicolon.csv'))))).toEqual([['1', '西部科学城', 'Western Science City']]);
  });
});

describe('bad CSV', () => {
  it('refuses a ragged row, naming its line and both field counts', async () => {
    const err = await collect(readUnitBatches(fixture('lint', 'csv', 'ragged.csv'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('row has 4 fields, but the header has 3');
    expect((err as UserError).place).toMatchObject({ line: 3, column: 1 });
  });

  it('refuses a quoted field that is never closed, at the opening quote', async () => {
    const err = (await collect(readUnitBatches(fixture('lint', 'hostile', 'unclosed-quote.csv'))).catch((e: unknown) => e)) as UserError;
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toBe('a quoted field is not closed');
    expect(err.place).toMatchObject({ line: 2, column: 1 });
  });

  it('reads a UTF-16 CSV with a byte-order mark', async () => {
    const units = await collect(readUnitBatches(fixture('lint', 'hostile', 'utf16-bom.csv')));
    expect(rows(units)).toEqual([['1', '西部科学城', 'Western Science City']]);
    expect(units[0]!.segments[0]!.variants.map((v) => v.lang)).toEqual(['zh', 'en']);
  });
});
