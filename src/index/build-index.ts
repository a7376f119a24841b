// Derives every key form of every entry: the slow part (OpenCC's S→T tables, the pinyin
// dictionary) that the cache exists to skip.
import type { Glossary } from '../glossary/model.js';
import { AhoCorasick } from '../text/aho-corasick.js';
import { englishKey } from '../text/english.js';
import { derivePinyin } from '../text/pinyin.js';
import { pinyinSyllables, tonedKey } from '../text/pinyin-keys.js';
import { normalizeChinese } from '../text/script.js';
import { toTraditional } from '../text/traditional.js';
import { ALT, INDEX_FORMAT, rankOf, type IndexData, type IndexedEntry, type KeyColumns } from './term-index.js';

/** Builds the index data of a validated glossary. */
export async function buildIndexData(glossary: Glossary): Promise<IndexData> {
  const convert = await toTraditional();
  const regions = [await toTraditional('twp'), await toTraditional('hk')];
  const entries: IndexedEntry[] = [];
  const columns: KeyColumns = { zh: [], pinyin: [], toned: [], en: [], enAvoid: [], domain: [] };
  const rank: number[] = [];
  const chars = new Set<string>();
  const zhKeys: string[] = [];
  const owners: number[] = [];
  for (const entry of glossary.entries) {
    const pinyin = entry.pinyin ?? derivePinyin(entry.id);
    entries.push({ ...entry, zh_hant: entry.zh_hant ?? convert(entry.zh), pinyin, pinyin_from_file: entry.pinyin !== undefined });

    const zh = unique([entry.id, ...entry.zh_also.map(normalizeChinese)]);
    // Regional vocabulary: 互联网 is 網際網路 in Taiwan; normalised back character by character
    // it is 网际网路, which a Taiwanese source normalises to, so it becomes a key of 互联网.
    const regional = unique([
      ...zh.flatMap((form) => regions.map((region) => normalizeChinese(region(form)))),
      // a file's zh_hant corrects a wrong conversion; its own normalised form is a key too
      ...(entry.zh_hant ? [normalizeChinese(entry.zh_hant)] : []),
    ]).filter((r) => !zh.includes(r));
    const forms = [...zh, ...regional];
    for (const f of forms) {
      for (const ch of f) chars.add(ch);
      zhKeys.push(f);
      owners.push(entries.length - 1);
    }
    columns.zh.push(forms.join(ALT));

    const keys = [pinyin, ...zh.slice(1).map((form) => derivePinyin(form))].map(pinyinKey);
    columns.pinyin.push(keys.map((k) => k.syllables).join(ALT));
    columns.toned.push(keys.map((k) => k.toned).join(ALT));
    // lookup ignores case even for case-sensitive entries: lint is where case matters
    columns.en.push([entry.en, ...entry.en_also].map((v) => englishKey(v)).join(ALT));
    columns.enAvoid.push(entry.en_avoid.map((v) => englishKey(v)).join(ALT));
    columns.domain.push(entry.domain ?? '');
    rank.push(rankOf(entry.status, entry.id.length));
  }
  const automaton = { arrays: new AhoCorasick(zhKeys).toArrays(), owners: Int32Array.from(owners) };
  const titles = Object.fromEntries(glossary.files.flatMap((f) => (f.title !== undefined ? [[f.path, f.title]] : [])));
  return { format: INDEX_FORMAT, size: entries.length, keyChars: [...chars].join(''), columns, rank: Uint16Array.from(rank), entries, titles, automaton };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function pinyinKey(pinyin: string) {
  const syllables = pinyinSyllables(pinyin);
  return { syllables: syllables.join(' '), toned: tonedKey(pinyin) };
}
