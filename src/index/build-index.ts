// Derives every key form of every entry: the slow part (OpenCC's S→T tables, the pinyin
// dictionary) that the cache exists to skip.
import type { Glossary } from '../glossary/model.js';
import { englishKey } from '../text/english.js';
import { derivePinyin } from '../text/pinyin.js';
import { initialsOf, pinyinSyllables } from '../text/pinyin-keys.js';
import { normalizeChinese } from '../text/script.js';
import { toTraditional } from '../text/traditional.js';
import { INDEX_FORMAT, type EntryKeys, type IndexData, type IndexedEntry, type PinyinKey } from './term-index.js';

/** Builds the index data of a validated glossary. */
export async function buildIndexData(glossary: Glossary): Promise<IndexData> {
  const convert = await toTraditional();
  const regions = [await toTraditional('twp'), await toTraditional('hk')];
  const entries: IndexedEntry[] = [];
  const keys: EntryKeys[] = [];
  for (const entry of glossary.entries) {
    const pinyin = entry.pinyin ?? derivePinyin(entry.id);
    entries.push({
      ...entry,
      zh_hant: entry.zh_hant ?? convert(entry.id),
      pinyin,
      pinyin_from_file: entry.pinyin !== undefined,
    });
    const zh = [entry.id, ...entry.zh_also.map(normalizeChinese)];
    const regional = new Set<string>();
    for (const form of zh) {
      for (const region of regions) {
        const r = normalizeChinese(region(form));
        if (!zh.includes(r)) regional.add(r);
      }
    }
    keys.push({
      zh,
      regional: [...regional],
      pinyin: [pinyinKey(pinyin), ...zh.slice(1).map((form) => pinyinKey(derivePinyin(form)))],
      // lookup ignores case even for case-sensitive entries: lint is where case matters
      en: englishKey(entry.en),
      en_also: entry.en_also.map((v) => englishKey(v)),
      en_avoid: entry.en_avoid.map((v) => englishKey(v)),
    });
  }
  return { format: INDEX_FORMAT, entries, keys };
}


function pinyinKey(pinyin: string): PinyinKey {
  const syllables = pinyinSyllables(pinyin);
  return { syllables, toned: pinyin.normalize('NFC').toLowerCase().replace(/[\s'’\-·]/g, ''), initials: initialsOf(syllables) };
}
