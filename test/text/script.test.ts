import { describe, expect, it } from 'vitest';
import { hasTraditional, normalizeChinese, Normalized, normalizeUnits, originalSpan, toSimplifiedMapped } from '../../src/text/script.js';
import { nfkcSameLength } from '../../src/text/nfkc.js';
import { toUnits } from '../../src/text/units.js';

// Sentences from the corpus (articles 001 and 002; 002 is in traditional characters).
const SIMPLIFIED = '最近,中国科学院重庆科学中心迎来了首批团队入驻';
const TRADITIONAL = '建好西部科學城 成渝兩地高新區齊步向前';

describe('traditional → simplified', () => {
  it('leaves simplified text untouched, with no offset map', () => {
    const m = toSimplifiedMapped(SIMPLIFIED);
    expect(m.text).toBe(SIMPLIFIED);
    expect(m.starts).toBeNull();
  });

  it('converts a traditional corpus headline character by character', () => {
    expect(normalizeChinese(TRADITIONAL)).toBe('建好西部科学城 成渝两地高新区齐步向前');
  });

  it('turns 中試平臺 into 中试平台 and 重慶 into 重庆', () => {
    expect(normalizeChinese('中試平臺')).toBe('中试平台');
    expect(normalizeChinese('重慶')).toBe('重庆');
  });

  it('keeps ordinary policy words that Taiwan IT vocabulary would rewrite', () => {
    // OpenCC's twp phrase table would make these 运行, 创建, 指针, 内核
    expect(normalizeChinese('執行')).toBe('执行');
    expect(normalizeChinese('建立')).toBe('建立');
    expect(normalizeChinese('指標')).toBe('指标');
    expect(normalizeChinese('核心承載區')).toBe('核心承载区');
    expect(normalizeChinese('核心承载区')).toBe('核心承载区');
  });

  it('maps a span of the converted text back to the original', () => {
    const text = '重慶高新區和成都高新區';
    const m = toSimplifiedMapped(text);
    const at = m.text.indexOf('成都高新区');
    expect(originalSpan(m, at, at + 5)).toEqual({ start: 6, end: 11 });
    expect(text.slice(6, 11)).toBe('成都高新區');
  });

  it('applies NFKC where it keeps the length, so offsets never move', () => {
    const text = 'ＡＢ（中試平臺）①…';
    const m = toSimplifiedMapped(text);
    // full-width letters and brackets and the circled digit become ASCII; the ellipsis, whose
    // NFKC form is three characters, stays
    expect(m.text).toBe('AB(中试平台)1…');
    expect(m.text).toHaveLength(text.length);
    expect(m.starts).toBeNull();
  });

  it('gives the same NFKC whether the text is short or long enough for the table', () => {
    const short = '２０２３年（ＣＡＳ）';
    const long = short.repeat(40);
    expect(normalizeChinese(short)).toBe('2023年(CAS)');
    expect(normalizeChinese(long)).toBe('2023年(CAS)'.repeat(40));
  });

  it('tells traditional text from simplified', () => {
    expect(hasTraditional(TRADITIONAL)).toBe(true);
    expect(hasTraditional(SIMPLIFIED)).toBe(false);
    expect(hasTraditional('plain English')).toBe(false);
  });
});

describe('normalizeUnits: a batch of segments in one buffer', () => {
  const lines = [
    '作為首批27個國家高新技術產業開發區之一，如今的重慶高新區處處都散發著科技的味道。',
    '區委十四屆九次全會提出，「迎客廳」是交流思想、碰撞靈感、激發活力的地方。',
    '乾淨的實驗室裡面,於是著作權得到保護,後來台灣與香港的朋友也來了。',
    '成都高新區認定首批21家中試平臺（ＣＡＳ）①',
    '最近,中国科学院重庆科学中心迎来了首批团队入驻',
    '最近，中国科学院重庆科学中心迎来了首批团队入驻',
  ];

  it('writes each segment as toSimplifiedMapped gives it, and says whether it changed', () => {
    const out = toUnits(lines.join('\n'));
    let at = 0;
    const results = lines.map((line) => {
      const r = normalizeUnits(out, at, at + line.length);
      const text = String.fromCharCode(...out.subarray(at, at + line.length));
      at += line.length + 1;
      return { r, text };
    });
    expect(results.map((x) => x.text)).toEqual(lines.map(normalizeChinese));
    expect(results.map((x) => x.r)).toEqual([Normalized.Changed, Normalized.Changed, Normalized.Changed, Normalized.Changed, Normalized.Same, Normalized.Changed]);
  });

  it('gives up on a conversion that changes the length, which toSimplifiedMapped maps', () => {
    // TSCharacters turns 㗲 into the astral 𠵾: two code units for one
    const text = '中試平臺㗲';
    expect(normalizeUnits(toUnits(text), 0, text.length)).toBe(Normalized.Length);
    const m = toSimplifiedMapped(text);
    expect(m.text).toBe('中试平台𠵾');
    expect(originalSpan(m, 4, 6)).toEqual({ start: 4, end: 5 });
  });
});

describe('every T→S path', () => {
  // corpus-like lines: simplified, traditional (articles 002 and 004), mixed, full-width forms,
  // phrase-table words, astral characters, and conversions that change the length (㗲 → 𠵾 by
  // character, 二噁英 → 二𫫇英 by phrase)
  const lines = [
    '最近,中国科学院重庆科学中心迎来了首批团队入驻',
    '作為首批27個國家高新技術產業開發區之一，如今的重慶高新區處處都散發著科技的味道。',
    '區委十四屆九次全會提出，「迎客廳」是交流思想、碰撞靈感、激發活力的地方。',
    '乾淨的實驗室裡面,於是著作權得到保護,後來台灣與香港的朋友也來了。',
    '成都高新区认定首批21家中試平臺（ＣＡＳ）①，创新㈠号…',
    '𠀋平台与重慶的𠀋平臺',
    '中試平臺㗲的二噁英檢測',
    '㗲',
  ];

  it('gives the same text, and OpenCC\'s with the same tables, on corpus-like text', async () => {
    const { ConverterFactory } = await import('opencc-js/core');
    const dict = async (name: string) => ((await import(`opencc-js/dict/${name}`)) as { default: string }).default;
    const opencc = ConverterFactory(
      [await dict('TWVariantsRevPhrases'), await dict('TWVariantsRev'), await dict('HKVariantsRevPhrases'), await dict('HKVariantsRev')],
      [await dict('TSPhrases'), await dict('TSCharacters')],
    );
    const expected = lines.map((line) => opencc(nfkcSameLength(line)));
    // the two ways of spotting traditional text
    expect(lines.map((line) => hasTraditional(line, 'scan'))).toEqual(lines.map((line) => hasTraditional(line, 'table')));
    expect(lines.map((line) => toSimplifiedMapped(line, 'scan').text)).toEqual(expected);
    expect(lines.map((line) => toSimplifiedMapped(line, 'table').text)).toEqual(expected);
    // in place, a batch in one buffer: where the length changes it says so and the mapped path takes over
    const units = toUnits(lines.join('\n'));
    let at = 0;
    const inPlace = lines.map((line) => {
      const r = normalizeUnits(units, at, at + line.length);
      const text = r === Normalized.Length ? toSimplifiedMapped(line).text : String.fromCharCode(...units.subarray(at, at + line.length));
      at += line.length + 1;
      return text;
    });
    expect(inPlace).toEqual(expected);
    // the mapped path, forced by a length-changing character at the end, converts the rest alike
    // and maps every unit it kept the length of to itself
    for (const [k, line] of lines.entries()) {
      const mapped = toSimplifiedMapped(`${line}㗲`);
      expect(mapped.text).toBe(`${expected[k]}𠵾`);
      if (expected[k]!.length === line.length) {
        for (let i = 0; i < line.length; i++) expect([k, i, originalSpan(mapped, i, i + 1)]).toEqual([k, i, { start: i, end: i + 1 }]);
      }
      expect(originalSpan(mapped, mapped.text.length - 2, mapped.text.length)).toEqual({ start: line.length, end: line.length + 1 });
    }
  });
});
