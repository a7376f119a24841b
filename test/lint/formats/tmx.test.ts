import { execFileSync } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTmxBatches } from '../../../src/lint/formats/tmx.js';
import type { Unit } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { collect, fixture, tempDir } from '../../helpers.js';
import { misplaced, physical, textAt } from './map-check.js';

const TRADOS = fixture('lint', 'tmx', 'trados-style-utf16.tmx');
const OMEGAT = fixture('lint', 'tmx', 'omegat-style-tmx11.tmx');


describe('TMX 1.4 in UTF-16 with a BOM and CRLF (Trados-style)', async () => {
  const units = await collect(readTmxBatches(TRADOS));

  it('is the UTF-16LE, CRLF file it claims to be', () => {
    const bytes = readFileSync(TRADOS);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    expect(bytes.includes(Buffer.from('\r\0\n\0'))).toBe(true);
  });

  it('reads a unit per <tu>, named by tuid or else by position', () => {
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3', '4']);
    expect(units.every((u) => u.segments.length === 1 && u.segments[0]!.id === u.id)).toBe(true);
  });

  it('drops bpt/ept/ph/it/ut content and keeps hi text', () => {
    expect(units[0]!.segments[0]!.variants.map((v) => v.text)).toEqual(['成渝地区双城经济圈建设走深走实', 'Deepening the building of the Chengdu-Chongqing economic circle']);
    expect(units[2]!.segments[0]!.variants[0]!.text).toBe('作為首批27個國家高新技術產業開發區之一,如今的重慶高新區處處都散發著科技的味道。');
    expect(units[3]!.segments[0]!.variants.map((v) => v.text)).toEqual(['中央有部署、市委有安排、璧山有行動。', 'The central government has a plan.']);
  });

  it('makes the tuv in the header’s srclang the source, ignoring case and tuv order', () => {
    expect(units[1]!.segments[0]!.variants.map((v) => [v.role, v.lang])).toEqual([
      ['target', 'EN-us'],
      ['source', 'zh-CN'],
    ]);
    expect(units[0]!.segments[0]!.variants.map((v) => [v.role, v.lang])).toEqual([
      ['source', 'zh-cn'],
      ['target', 'en-US'],
    ]);
  });

  it('places a traditional term at its line and column in the UTF-16 file', () => {
    const zh = units[2]!.segments[0]!.variants[0]!;
    const at = placeOf(zh, zh.text.indexOf('重慶高新區'), TRADOS);
    expect(at).toEqual({ file: TRADOS, line: 23, column: 71 });
    expect(textAt(physical(TRADOS), at.line, at.column, 5)).toBe('重慶高新區');
  });

  it('maps every character back into the file', () => {
    expect(misplaced(units, TRADOS)).toEqual([]);
  });

  it('yields the same units whatever the read chunk size (UTF-16 pairs split between chunks)', async () => {
    for (const chunkSize of [1, 5, 64]) expect(await collect(readTmxBatches(TRADOS, { chunkSize }))).toEqual(units);
  });
});

describe('TMX 1.1 (OmegaT project_save.tmx)', () => {
  it('reads languages from the old lang attribute and skips comments', async () => {
    const units = await collect(readTmxBatches(OMEGAT));
    expect(units).toHaveLength(1);
    expect(units[0]!.id).toBe('1');
    expect(units[0]!.at).toEqual({ file: OMEGAT, line: 7, column: 5 });
    expect(units[0]!.segments[0]!.variants.map((v) => [v.role, v.lang, v.text])).toEqual([
      ['source', 'zh-CN', '高能级创新平台是重大科技创新的支撑和载体。'],
      ['target', 'en-US', 'High-level innovation platforms support and carry major scientific and technological innovation.'],
    ]);
    expect(misplaced(units, OMEGAT)).toEqual([]);
  });
});

describe('a TMX too large to hold', () => {
  it('yields the first unit before the rest of the file has been written (a stream, not one string)', async () => {
    const fifo = join(tempDir(), 'memory.tmx');
    execFileSync('mkfifo', [fifo]);
    const tu = (id: string, zh: string, en: string) => `<tu tuid="${id}"><tuv xml:lang="zh-CN"><seg>${zh}</seg></tuv><tuv xml:lang="en-US"><seg>${en}</seg></tuv></tu>\n`;
    const writer = createWriteStream(fifo);
    writer.write(`<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="zh-CN"/><body>\n${tu('1', '西部科学城', 'Western Science City')}`);
    const batches = readTmxBatches(fifo)[Symbol.asyncIterator]();
    // a reader that waited for the end of the file would wait here for ever
    const first = await batches.next();
    expect(first.done ? undefined : first.value.map((u) => u.segments[0]!.variants.map((v) => v.text))).toEqual([['西部科学城', 'Western Science City']]);
    writer.end(`${tu('2', '携手打造科技高地', 'working together on a science and technology highland')}</body></tmx>\n`);
    const rest: string[] = [];
    for (let n = await batches.next(); !n.done; n = await batches.next()) rest.push(...n.value.map((u) => u.id));
    expect(rest).toEqual(['2']);
  });
});
