import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { readAlignedBatches, readEnglishTextBatches } from '../../../src/lint/formats/aligned.js';
import { readUnitBatches } from '../../../src/lint/formats/detect.js';
import { readLines } from '../../../src/read/read-lines.js';
import type { Unit } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { collect, fixture, tempDir } from '../../helpers.js';
import { misplaced } from './map-check.js';

const ZH = fixture('lint', 'text', 'zh.txt');
const EN = fixture('lint', 'text', 'en.txt');


describe('two plain files aligned line by line', async () => {
  const units = await collect(readAlignedBatches(ZH, EN));

  it('pairs line i with line i, named by the line number (LF source, CRLF target)', () => {
    expect(units.map((u) => [u.id, ...u.segments[0]!.variants.map((v) => v.text)])).toEqual([
      ['1', '创新是引领发展的第一动力。', 'Innovation is the primary driving force of development.'],
      ['2', '作為首批27個國家高新技術產業開發區之一,如今的重慶高新區處處都散發著科技的味道。', 'As one of the first 27 national high-tech zones, the Chongqing High-tech Zone now breathes technology everywhere.'],
      ['3', '', ''],
      ['4', '携手打造科技高地', 'Working together on a science and technology highland'],
    ]);
  });

  it('says which file the target came from, so problems point into it', () => {
    const [zh, en] = units[1]!.segments[0]!.variants;
    expect(zh!.file).toBeUndefined();
    expect(en!.file).toBe(EN);
    expect(placeOf(zh!, zh!.text.indexOf('重慶高新區'), zh!.file ?? ZH)).toEqual({ file: ZH, line: 2, column: 25 });
    expect(placeOf(en!, en!.text.indexOf('Chongqing'), en!.file ?? ZH)).toEqual({ file: EN, line: 2, column: 54 });
    expect(misplaced(units, ZH)).toEqual([]);
  });

  it('refuses files with different line counts, naming both counts, whichever is shorter', async () => {
    const failure = async (source: string, target: string, chunkSize?: number) => {
      const err = await (async () => {
        for await (const _ of readAlignedBatches(source, target, chunkSize ? { chunkSize } : {}));
      })().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      return (err as UserError).message;
    };
    const SHORT = fixture('lint', 'text', 'en-short.txt');
    expect(await failure(ZH, SHORT)).toMatch(/zh\.txt has 4 lines, .*en-short\.txt has 2$/);
    expect(await failure(SHORT, ZH)).toMatch(/en-short\.txt has 2 lines, .*zh\.txt has 4$/);
    expect(await failure(ZH, SHORT, 5)).toMatch(/zh\.txt has 4 lines, .*en-short\.txt has 2$/);
  });

  it('refuses a line too long to be one segment, naming its line', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zh.txt'), `短句\n${'中试平台'.repeat(100)}\n`);
    const err = await (async () => {
      for await (const _ of readLines(join(dir, 'zh.txt'), { chunkSize: 16, maxLine: 300 }));
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toBe('line 2 is longer than 300 characters');
    expect((err as UserError).place).toMatchObject({ line: 2, column: 1 });
  });

    it('says two empty files are empty', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zh.txt'), '');
    writeFileSync(join(dir, 'en.txt'), '');
    const err = await collect(readAlignedBatches(join(dir, 'zh.txt'), join(dir, 'en.txt'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toMatch(/zh\.txt and .*en\.txt are empty$/);
  });

    it('reads a line longer than many reads, whatever its line break', async () => {
    const dir = tempDir();
    const long = '创新是引领发展的第一动力。'.repeat(400);
    const longEn = 'Innovation is the primary driving force of development. '.repeat(400);
    writeFileSync(join(dir, 'zh.txt'), `短句\n${long}\r\n短句`);
    writeFileSync(join(dir, 'en.txt'), `short\r${longEn}\rshort\n`);
    const units = await collect(readAlignedBatches(join(dir, 'zh.txt'), join(dir, 'en.txt'), { chunkSize: 7 }));
    expect(units.map((u) => u.segments[0]!.variants.map((v) => v.text))).toEqual([
      ['短句', 'short'],
      [long, longEn],
      ['短句', 'short'],
    ]);
  });

  it('reads the same with tiny chunks', async () => {
    expect(await collect(readAlignedBatches(ZH, EN, { chunkSize: 3 }))).toEqual(units);
  });
});

describe('a monolingual English translation', () => {
  it('checks a text without blank lines in parts that begin at a line', async () => {
    const dir = tempDir();
    const lines = Array.from({ length: 6 }, (_, i) => `Line ${i + 1} names a pilot-scale testing platform.`);
    writeFileSync(join(dir, 'long.txt'), `${lines.join('\n')}\n`);
    const units = await collect(readEnglishTextBatches(join(dir, 'long.txt'), { maxParagraph: 100 }));
    expect(units.map((u) => [u.id, u.segments[0]!.variants[0]!.text])).toEqual([
      ['1', `${lines[0]}\n${lines[1]}`],
      ['3', `${lines[2]}\n${lines[3]}`],
      ['5', `${lines[4]}\n${lines[5]}`],
    ]);
    expect(placeOf(units[1]!.segments[0]!.variants[0]!, lines[2]!.length + 1, 'long.txt')).toEqual({ file: 'long.txt', line: 4, column: 1 });
  });

  it('reads a .txt file as paragraphs with one target variant', async () => {
    const units = await collect(readUnitBatches(EN));
    expect(units.map((u) => [u.id, u.segments[0]!.variants.map((v) => [v.role, v.text])])).toEqual([
      [
        '1',
        [['target', 'Innovation is the primary driving force of development.\nAs one of the first 27 national high-tech zones, the Chongqing High-tech Zone now breathes technology everywhere.']],
      ],
      ['4', [['target', 'Working together on a science and technology highland']]],
    ]);
    const v = units[0]!.segments[0]!.variants[0]!;
    expect(placeOf(v, v.text.indexOf('Chongqing'), EN)).toMatchObject({ line: 2, column: 54 });
  });

  it('leaves out Markdown front matter and fenced code', async () => {
    const md = fixture('lint', 'text', 'english.md');
    const units = await collect(readUnitBatches(md));
    expect(units.map((u) => u.id)).toEqual(['4', '6', '13']);
    expect(units.map((u) => u.segments[0]!.variants[0]!.text).join('\n')).not.toMatch(/middle test platform|title:/);
    expect(misplaced(units, md)).toEqual([]);
  });
});

describe('batches', () => {
  it('hold the same units whatever the chunk size, in order, and are never empty', async () => {
    const batches: Unit[][] = [];
    for await (const b of readAlignedBatches(ZH, EN, { chunkSize: 40 })) batches.push(b);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.every((b) => b.length > 0)).toBe(true);
    expect(batches.flat()).toEqual(await collect(readAlignedBatches(ZH, EN)));
    const po = fixture('lint', 'po', 'zh_CN.po');
    const poBatches: Unit[][] = [];
    for await (const b of readUnitBatches(po, { chunkSize: 64 })) poBatches.push(b);
    expect(poBatches.length).toBeGreaterThan(1);
    expect(poBatches.every((b) => b.length > 0)).toBe(true);
    expect(poBatches.flat()).toEqual(await collect(readUnitBatches(po)));
  });
});
