import { describe, expect, it } from 'vitest';
import { AhoCorasick, HitBuffer } from '../../src/text/aho-corasick.js';
import { toUnits } from '../../src/text/units.js';
import { ReferenceAhoCorasick } from './reference-aho-corasick.js';

function bruteForce(keys: string[], text: string) {
  const hits: { key: number; start: number; end: number }[] = [];
  keys.forEach((k, key) => {
    if (!k) return;
    for (let i = text.indexOf(k); i !== -1; i = text.indexOf(k, i + 1)) hits.push({ key, start: i, end: i + k.length });
  });
  return hits.sort((a, b) => a.end - b.end || a.start - b.start);
}

describe('AhoCorasick', () => {
  it('finds every occurrence of every key by walking from each position, overlapping ones included', () => {
    const keys = ['成渝地区双城经济圈', '双城经济圈', '经济圈', '成渝'];
    const text = '推动成渝地区双城经济圈建设，双城经济圈';
    expect(everyOccurrence(keys, text).map((h) => keys[h.key])).toEqual(['成渝', '成渝地区双城经济圈', '双城经济圈', '经济圈', '双城经济圈', '经济圈']);
  });

  it('agrees with a brute-force search on random text over a small alphabet', () => {
    const alphabet = '中试平台基地科技';
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 30; round++) {
      const keys = Array.from({ length: 12 }, () => word(1 + rand(4)));
      const text = word(200);
      const got = everyOccurrence(keys, text);
      // duplicates among keys report the first one
      const want = bruteForce(keys, text).filter((h) => keys.indexOf(keys[h.key]!) === h.key);
      expect(got).toEqual(want);
    }
  });

  it('finds exactly what the full reference automaton finds, over many keys sharing prefixes', () => {
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = '成渝地区双城经济圈科学中试平台基地高新技术企业';
    const keys = Array.from({ length: 400 }, () => Array.from({ length: 1 + rand(6) }, () => alphabet[rand(alphabet.length)]).join(''));
    const text = Array.from({ length: 5000 }, () => alphabet[rand(alphabet.length)]).join('');
    const order = (a: { start: number; end: number; key: number }, b: { start: number; end: number; key: number }) => a.end - b.end || a.start - b.start || a.key - b.key;
    expect(everyOccurrence(keys, text).sort(order)).toEqual(new ReferenceAhoCorasick(keys).findAll(text).sort(order));
  });

  it('handles empty keys, no keys, and characters outside the basic plane', () => {
    expect(everyOccurrence([], '中试平台')).toEqual([]);
    expect(everyOccurrence(['', '𠀋平'], '在𠀋平台')).toEqual([{ key: 1, start: 1, end: 4 }]);
  });

  it('keeps the longest match at each position and drops the hits inside it', () => {
    const keys = ['成渝地区双城经济圈', '双城经济圈', '渝'];
    expect(longest(keys, '成渝地区双城经济圈和双城经济圈，渝')).toEqual([
      { key: 0, start: 0, end: 9 },
      { key: 1, start: 10, end: 15 },
      { key: 2, start: 16, end: 17 },
    ]);
    expect(longest(keys, '')).toEqual([]);
    expect(longest(['中试', '𠀋平'], '在𠀋平台中')).toEqual([{ key: 1, start: 1, end: 4 }]); // 𠀋 is two units
  });

  it('scans longest-first as the greedy choice over every occurrence would, on random text', () => {
    let seed = 5;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const alphabet = '成渝地区双城经济圈科学中试平台';
    for (let round = 0; round < 40; round++) {
      const keys = Array.from({ length: 1 + rand(60) }, () => Array.from({ length: 1 + rand(5) }, () => alphabet[rand(alphabet.length)]).join(''));
      const text = Array.from({ length: 300 }, () => alphabet[rand(alphabet.length)]).join('');
      expect(longest(keys, text)).toEqual(greedy(new ReferenceAhoCorasick(keys).findAll(text)));
    }
  });

  it('scans only the range it is given', () => {
    const text = '双城经济圈双城经济圈';
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    const hits = new HitBuffer();
    new AhoCorasick(['双城经济圈']).scanLongest(units, 1, 10, hits);
    expect([hits.length, hits.end(0)]).toEqual([1, 10]);
  });
});

/** keysAt from every position: every occurrence, in order of end position. */
function everyOccurrence(keys: string[], text: string) {
  const ac = new AhoCorasick(keys);
  const units = toUnits(text);
  const hits = new HitBuffer();
  for (let i = 0; i < units.length; i++) ac.keysAt(units, i, units.length, hits);
  const found = Array.from({ length: hits.length }, (_, h) => ({ key: hits.key(h), start: hits.end(h) - ac.keyLength(hits.key(h)), end: hits.end(h) }));
  return found.sort((a, b) => a.end - b.end || a.start - b.start);
}

function longest(keys: string[], text: string) {
  const ac = new AhoCorasick(keys);
  const units = toUnits(text);
  const hits = new HitBuffer();
  ac.scanLongest(units, 0, units.length, hits);
  return Array.from({ length: hits.length }, (_, h) => ({ key: hits.key(h), start: hits.end(h) - ac.keyLength(hits.key(h)), end: hits.end(h) }));
}

/** The longest hits that do not overlap, by the definition: sorted by start, the longer first, kept while they do not overlap. */
function greedy(hits: { key: number; start: number; end: number }[]) {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: typeof hits = [];
  let reach = 0;
  for (const h of sorted) {
    if (h.start < reach) continue;
    kept.push(h);
    reach = h.end;
  }
  return kept;
}
