import { describe, expect, it } from 'vitest';
import { baseForms, containsRendering, englishKey, englishWords, EnglishText, PhraseMatcher } from '../../src/text/english.js';

describe('English rendering matching', () => {
  it.each([
    ['Chengdu accredited 21 pilot-scale testing platforms.', 'pilot-scale testing platform'],
    ["the platform's first users", 'platform'],
    ['high-tech enterprises', 'high-tech enterprise'],
    ['two science cities', 'science city'],
    ['tax boxes', 'tax box'],
    ["the firms' owners", 'firm'],
    ['COMPANIES', 'company'],
  ])('finds the inflected form in "%s"', (text, rendering) => {
    expect(containsRendering(text, rendering)).toBe(true);
  });

  it('does not strip suffixes into non-words: "enterprises" keeps its e', () => {
    expect(baseForms('enterprises')).toContain('enterprise');
    expect(containsRendering('enterpris', 'enterprise')).toBe(false);
  });

  it('matches whole words only: managerial is not manager, parking is not park', () => {
    expect(containsRendering('managerial staff', 'manager')).toBe(false);
    expect(containsRendering('a parking lot', 'park')).toBe(false);
    expect(containsRendering('an industrial park', 'park')).toBe(true);
  });

  it('treats space, hyphen and en dash alike, and ignores commas and quotes', () => {
    expect(containsRendering('the Chengdu–Chongqing Economic Circle', 'Chengdu-Chongqing Economic Circle')).toBe(true);
    expect(containsRendering('pilot scale testing platform', 'pilot-scale testing platform')).toBe(true);
    expect(containsRendering('Beijing, Tianjin and Hebei', 'Beijing Tianjin and Hebei')).toBe(true);
    expect(containsRendering('“little giant” firms', '"little giant" firm')).toBe(true);
  });

  it('respects case for case-sensitive entries only', () => {
    expect(containsRendering('the liangjiang new area', 'Liangjiang New Area', true)).toBe(false);
    expect(containsRendering('the Liangjiang New Area', 'Liangjiang New Area', true)).toBe(true);
    expect(containsRendering('the liangjiang new area', 'Liangjiang New Area', false)).toBe(true);
  });

  it('finds many phrases in one pass and reports their spans', () => {
    const m = new PhraseMatcher([
      { text: 'pilot platform', caseSensitive: false, value: 1 },
      { text: 'pilot-scale testing platform', caseSensitive: false, value: 2 },
      { text: 'chokepoint', caseSensitive: false, value: 3 },
    ]);
    const text = 'Pilot-scale testing platforms ease chokepoints; a pilot platform too.';
    const found = m.findAll(text).map((x) => [x.phrase.value, text.slice(x.start, x.end)]);
    expect(found).toEqual([
      [2, 'Pilot-scale testing platforms'],
      [3, 'chokepoints'],
      [1, 'pilot platform'],
    ]);
  });

  it('makes the same key of spellings that differ only in case and punctuation', () => {
    expect(englishKey('Pilot-Scale  testing, platform')).toBe('pilot scale testing platform');
  });
});

describe('case-sensitive names in capitals', () => {
  it('accepts a name set in capitals, as in a dateline, but not in lower case', () => {
    expect(containsRendering('CHONGQING, Dec. 1 (People\'s Daily Online)', 'Chongqing', true)).toBe(true);
    expect(containsRendering('THE LIANGJIANG NEW AREA', 'Liangjiang New Area', true)).toBe(true);
    expect(containsRendering('chongqing', 'Chongqing', true)).toBe(false);
  });
});

describe('where word matching looks', () => {
  it('finds a short word ending in y in its -ies plural', () => {
    expect(containsRendering('two spies met', 'spy')).toBe(true);
    expect(containsRendering('the SPIES', 'spy')).toBe(true);
  });

  it('finds a rendering inside quotes but not inside a word joined by an apostrophe', () => {
    expect(containsRendering("the 'pilot platform' was built", 'pilot platform')).toBe(true);
    expect(containsRendering('the ’pilot platforms’ were built', 'pilot platform')).toBe(true);
    expect(containsRendering("rock'n'roll", 'roll')).toBe(false);
  });

  it('finds a rendering in straight single quotes as written, without the closing quote', () => {
    const matcher = new PhraseMatcher([{ text: 'pilot-scale testing platform', caseSensitive: false, value: 1 }]);
    const first = (text: string) => {
      const m = matcher.findFirst(new EnglishText(text));
      return m && text.slice(m.start, m.end);
    };
    expect(first("Chengdu accredited 21 'pilot-scale testing platform' sites")).toBe('pilot-scale testing platform');
    // the opening quote is not an apostrophe inside a word, so the match is the same as without it
    expect(first("the city's 'pilot-scale testing platforms' opened")).toBe('pilot-scale testing platforms');
    expect(first("the city's pilot-scale testing platforms' opened")).toBe('pilot-scale testing platforms');
  });

  it("still matches platform's and platforms' and keeps don't one word", () => {
    expect(containsRendering("the platform's owners", 'platform')).toBe(true);
    expect(containsRendering("the platforms' owners", 'platform')).toBe(true);
    expect(englishWords("don't stop").map((w) => w.text)).toEqual(["don't", 'stop']);
    expect(containsRendering("we don't", 'don')).toBe(false);
    expect(containsRendering("we don't", 't')).toBe(false);
  });

  it('gives the same matches with an automaton over many phrases as with a few', () => {
    // a translated corpus sentence (article 001), with the renderings of the terms it has
    const text = "Recently, the CAS Chongqing Science Center welcomed its first teams, and open-competition projects (the 'open competition mechanism') sped up; Chongqing's pilot-scale testing platforms, science cities and high-tech zones followed.";
    const renderings = ['open competition mechanism', 'pilot-scale testing platform', 'science city', 'high-tech zone', 'Chongqing', 'CAS', 'team', 'project'];
    const fillers = Array.from({ length: 40 }, (_, i) => `unused rendering ${i}`);
    const phrases = (list: string[]) => list.map((r) => ({ text: r, caseSensitive: /^[A-Z]/.test(r), value: r }));
    const spans = (list: string[]) => new PhraseMatcher(phrases(list)).findAll(text).map((m) => ({ rendering: m.phrase.value, start: m.start, end: m.end }));
    const few = spans(renderings);
    expect(spans([...fillers, ...renderings])).toEqual(few);
    expect(few.map((m) => text.slice(m.start, m.end))).toEqual([
      'CAS', 'Chongqing', 'teams', 'projects', 'open competition mechanism', "Chongqing's", 'pilot-scale testing platforms', 'science cities', 'high-tech zones',
    ]);
  });

  it('lists matches that start together in the order the phrases were given, whatever the size', () => {
    const fillers = Array.from({ length: 40 }, (_, i) => ({ text: `unused rendering ${i}`, caseSensitive: false, value: '' }));
    const given = (list: string[], many: boolean) =>
      new PhraseMatcher([...(many ? fillers : []), ...list.map((text) => ({ text, caseSensitive: false, value: text }))]).findAll('the Western Science City grows').map((m) => m.phrase.value);
    for (const many of [false, true]) {
      expect(given(['science city', 'science'], many)).toEqual(['science city', 'science']);
      expect(given(['science', 'science city'], many)).toEqual(['science', 'science city']);
    }
  });
});
