import { describe, expect, it } from 'vitest';
import { derivePinyin } from '../../src/text/pinyin.js';
import { hasToneMarks, initialsOf, pinyinSyllables, splitSyllables, stripTones } from '../../src/text/pinyin-keys.js';
import { normalizeChinese } from '../../src/text/script.js';

describe('derivePinyin', () => {
  it.each([
    ['重庆', 'chóng qìng'],
    ['银行', 'yín háng'],
    ['长江', 'cháng jiāng'],
    ['参与', 'cān yù'],
    ['重大', 'zhòng dà'],
    ['一个', 'yī gè'],
  ])('reads the polyphone in %s as %s', (zh, pinyin) => {
    expect(derivePinyin(zh)).toBe(pinyin);
  });

  it('reads traditional 重慶 right once it is normalised to simplified', () => {
    expect(derivePinyin(normalizeChinese('重慶'))).toBe('chóng qìng');
  });

  it('keeps digits and Latin letters of formulas such as 1+3+N', () => {
    expect(derivePinyin('1+3+N科技创新体系')).toBe('1 3 N kē jì chuàng xīn tǐ xì');
  });
});

describe('pinyin keys', () => {
  it('strips tone marks and tone numbers, writing ü as v', () => {
    expect(stripTones('Chóngqìng')).toBe('chongqing');
    expect(stripTones('lǜsè')).toBe('lvse');
    expect(stripTones('zhong1shi4')).toBe('zhongshi');
  });

  it('tells tone-marked pinyin from plain', () => {
    expect(hasToneMarks('jiē bǎng')).toBe(true);
    expect(hasToneMarks('jie bang')).toBe(false);
  });

  it('splits pinyin written without spaces into syllables', () => {
    expect(splitSyllables('jiebangguashuai')).toEqual(['jie', 'bang', 'gua', 'shuai']);
    expect(splitSyllables('chongqing')).toEqual(['chong', 'qing']);
    expect(splitSyllables('xian')).toEqual(['xian']);
    expect(splitSyllables('qwerty')).toBeNull();
  });

  it('reads a file pinyin override as syllables, names capitalised or not', () => {
    expect(pinyinSyllables('Chóngqìng Gāoxīn Qū')).toEqual(['chong', 'qing', 'gao', 'xin', 'qu']);
    expect(pinyinSyllables("Xī'ān")).toEqual(['xi', 'an']);
    expect(initialsOf(pinyinSyllables('jiē bǎng guà shuài'))).toBe('jbgs');
  });
});

describe('pinyin keys on hostile input', () => {
  it('splits 50,000 letters in linear memory (an array a prefix took 4 GB)', () => {
    const word = 'zhong'.repeat(10_000);
    const split = splitSyllables(word);
    expect(split).toHaveLength(10_000);
    expect(split!.every((s) => s === 'zhong')).toBe(true);
    expect(splitSyllables(`${'zhong'.repeat(10_000)}q`)).toBeNull();
    expect(pinyinSyllables(`guo jia ${'a'.repeat(50_000)}`)).toHaveLength(50_002);
  });
});
