import { describe, expect, it } from 'vitest';
import { readUnitBatches } from '../../../src/lint/formats/detect.js';
import { readXliffBatches } from '../../../src/lint/formats/xliff.js';
import type { Segment, Unit } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { collect, fixture } from '../../helpers.js';
import { misplaced, physical, textAt } from './map-check.js';

const MEMOQ = fixture('lint', 'xliff', 'memoq-style-zh-en.xlf');
const MADCAP = fixture('lint', 'xliff', 'madcap-style-nonamespace.xlf');
const XLIFF2 = fixture('lint', 'xliff', 'okapi-style-xliff2-crlf.xlf');


const texts = (s: Segment) => s.variants.map((v) => [v.role, v.lang, v.text]);

describe('XLIFF 1.2 (memoQ-style, namespaced, groups, inline codes)', async () => {
  const units = await collect(readXliffBatches(MEMOQ));
  const byId = (id: string, n = 0) => units.filter((u) => u.id === id)[n]!;

  it('reads every trans-unit of both <file>s, translate="no" ones included', () => {
    expect(units.map((u) => u.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '1']);
  });

  it('keeps the text inside <g> and drops <x/>, alt-trans and memoQ elements in another namespace', () => {
    const [s] = byId('1').segments;
    expect(texts(s!)).toEqual([
      ['source', 'zh-CN', '以“一城多园”的模式合作共建西部科学城,携手打造科技高地,是成渝地区双城经济圈建设的核心要义之一。'],
      ['target', 'en-US', 'Jointly building the Western Science City under the "one city, multiple parks" model is one of the core tenets of the Chengdu-Chongqing economic circle.'],
    ]);
    expect(s!.variants[1]!.state).toBe('translated');
  });

  it('places a Chinese term inside <g> at its line and column in the file', () => {
    const source = byId('1').segments[0]!.variants[0]!;
    const at = placeOf(source, source.text.indexOf('西部科学城'), MEMOQ);
    expect(at).toEqual({ file: MEMOQ, line: 9, column: 75 });
    expect(textAt(physical(MEMOQ), at.line, at.column, 5)).toBe('西部科学城');
  });

  it('splits seg-source into segments by mrk and pairs the targets by mid, not by order', () => {
    const u = byId('2');
    expect(u.segments.map((s) => s.id)).toEqual(['1', '2']);
    expect(texts(u.segments[0]!)).toEqual([
      ['source', 'zh-CN', '加快建设具有全国影响力的科技创新中心。'],
      ['target', 'en-US', 'Speed up building a science and technology innovation center with national influence.'],
    ]);
    expect(u.segments[1]!.variants[1]!.text).toBe('High-level innovation platforms support and carry major innovation.');
    expect(u.segments[1]!.variants[1]!.state).toBe('needs-review-translation');
  });

  it('skips a unit in a translate="no" group, and reads it', () => {
    expect(byId('3').skip).toBe('translate-no');
    expect(byId('3').segments[0]!.variants[1]!.text).toBe('Chengdu-Chongqing Western Science City');
    expect(units.filter((u) => u.skip).length).toBe(1);
  });

  it('drops bpt/ept/ph content but keeps <sub> text, entities, character references and CDATA', () => {
    const [source, target] = byId('4').segments[0]!.variants;
    expect(source!.text).toBe('高能级&创新平台 西部科学城 中国(绵阳)科技城是<先行启动区>之一');
    expect(target!.text).toBe('High-level & innovation platforms Western Science City China (Mianyang) Science City is one of the pilot zones');
  });

  it('places terms after entity references, character references and CDATA at their columns', () => {
    const source = byId('4').segments[0]!.variants[0]!;
    const file = physical(MEMOQ);
    const after = placeOf(source, source.text.indexOf('创新平台'), MEMOQ);
    expect(textAt(file, after.line, after.column, 4)).toBe('创新平台');
    const sub = placeOf(source, source.text.indexOf('西部科学城'), MEMOQ);
    expect(textAt(file, sub.line, sub.column, 5)).toBe('西部科学城');
    const ref = placeOf(source, source.text.indexOf('中国'), MEMOQ);
    expect(textAt(file, ref.line, ref.column, 9)).toBe('&#x4E2D;国');
    const cdata = placeOf(source, source.text.indexOf('先行启动区'), MEMOQ);
    expect(textAt(file, cdata.line, cdata.column, 5)).toBe('先行启动区');
  });

  it('gives a unit without <target> no target variant, and an empty <target/> an empty one', () => {
    expect(texts(byId('5').segments[0]!)).toEqual([['source', 'zh-CN', '创新是引领发展的第一动力。']]);
    expect(texts(byId('6').segments[0]!)).toEqual([
      ['source', 'zh-CN', '携手打造科技高地'],
      ['target', 'en-US', ''],
    ]);
    const empty = byId('6').segments[0]!.variants[1]!;
    expect(placeOf(empty, 0, MEMOQ)).toMatchObject({ line: 38, column: 9 });
  });

  it('takes xml:lang on a target over the file target-language, and places text after a line break', () => {
    const [source, target] = byId('7').segments[0]!.variants;
    expect(target!.lang).toBe('en-GB');
    const at = placeOf(source!, source!.text.indexOf('走深走实'), MEMOQ);
    expect(at).toMatchObject({ line: 42, column: 1 });
  });

  it('takes each <file>’s languages for its own units', () => {
    expect(byId('1', 1).segments[0]!.variants.map((v) => v.lang)).toEqual(['zh', 'en']);
  });

  it('gives each unit the place of its <trans-unit> tag', () => {
    expect(byId('2').at).toEqual({ file: MEMOQ, line: 18, column: 7 });
  });

  it('maps every character of every variant back to the same character in the file', () => {
    expect(misplaced(units, MEMOQ)).toEqual([]);
  });

  it('yields the same units whatever the read chunk size', async () => {
    for (const chunkSize of [1, 3, 17]) expect(await collect(readXliffBatches(MEMOQ, { chunkSize }))).toEqual(units);
  });
});

describe('XLIFF 1.2 without a namespace (MadCap Lingo-style)', async () => {
  const units = await collect(readUnitBatches(MADCAP));

  it('reads elements with no XLIFF namespace and attributes spread over lines', () => {
    expect(units.map((u) => [u.id, u.skip])).toEqual([
      ['1', 'translate-no'],
      ['2', undefined],
    ]);
    expect(units[1]!.segments.map((s) => texts(s))).toEqual([
      [
        ['source', 'zh-cn', '建好西部科学城'],
        ['target', 'en-us', 'Building the Western Science City well'],
      ],
      [
        ['source', 'zh-cn', '成渝两地高新区齐步向前'],
        ['target', 'en-us', 'The high-tech zones of Chengdu and Chongqing advance in step'],
      ],
    ]);
  });

  it('names a one-segment unit by the unit id, a segment of several by its mid', () => {
    expect(units[0]!.segments[0]!.id).toBe('1');
    expect(units[1]!.segments.map((s) => s.id)).toEqual(['1', '2']);
  });

  it('maps the text of mrks spread over lines back into the file', () => {
    const source = units[1]!.segments[1]!.variants[0]!;
    expect(placeOf(source, 2, MADCAP)).toMatchObject({ line: 32, column: 23 });
    expect(misplaced(units, MADCAP)).toEqual([]);
  });
});

describe('XLIFF 2.0 (Okapi-style, CRLF, groups, ignorable, reordered targets)', async () => {
  const units = await collect(readUnitBatches(XLIFF2));

  it('reads every unit; translate="yes" on a unit or group overrides the file’s translate="no"', () => {
    expect(units.map((u) => [u.id, u.skip])).toEqual([
      ['u1', undefined],
      ['u2', 'translate-no'],
      ['u3', undefined],
    ]);
  });

  it('pairs each segment with its own target, in source order, whatever the target order', () => {
    const segs = units[0]!.segments;
    expect(segs.map((s) => [s.id, s.skip])).toEqual([
      ['s1', undefined],
      ['ignorable-1', 'ignorable'],
      ['s2', undefined],
    ]);
    expect(texts(segs[0]!)).toEqual([
      ['source', 'zh-CN', '加快建设具有全国影响力的科技创新中心。'],
      ['target', 'en', 'Speed up building a science and technology innovation center with national influence.'],
    ]);
    expect(texts(segs[2]!)).toEqual([
      ['source', 'zh-CN', '创新是引领发展的第一动力。'],
      ['target', 'en', 'Innovation is the primary driving force of development.'],
    ]);
    expect(segs[2]!.variants[1]!.state).toBe('reviewed');
  });

  it('names a unit’s only segment by the unit id and takes xml:lang on a target', () => {
    expect(units[2]!.segments[0]!.id).toBe('u3');
    expect(units[2]!.segments[0]!.variants[1]!.lang).toBe('en-GB');
  });

  it('places a term inside <pc> on a CRLF line', () => {
    const source = units[0]!.segments[0]!.variants[0]!;
    expect(placeOf(source, source.text.indexOf('科技创新中心'), XLIFF2)).toMatchObject({ line: 8, column: 70 });
    expect(misplaced(units, XLIFF2)).toEqual([]);
  });
});

describe('columns count UTF-16 code units, as JavaScript strings do (STYLE §5)', () => {
  it('places a term after a supplementary-plane character and after its character reference', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../../helpers.js');
    const file = join(tempDir(), 'astral.xlf');
    writeFileSync(
      file,
      '<xliff version="1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>𠮷&#x20BB7;西部科学城</source></trans-unit>\n</body></file></xliff>\n',
    );
    const [u] = await collect(readXliffBatches(file));
    const source = u!.segments[0]!.variants[0]!;
    expect(source.text).toBe('𠮷𠮷西部科学城');
    // <trans-unit id="1"><source> is 27 units; 𠮷 is 2; &#x20BB7; is 9
    expect(placeOf(source, 0, file)).toMatchObject({ line: 2, column: 28 });
    expect(placeOf(source, source.text.indexOf('西部科学城'), file)).toMatchObject({ line: 2, column: 28 + 2 + 9 });
    expect(misplaced([u!], file)).toEqual([]);
  });
});
