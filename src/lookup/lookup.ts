// Ranked lookup by Chinese (either script), pinyin (tones or none, spaced or not, initials,
// partial) or English (preferred, admitted or avoided renderings, with typo tolerance).
// Shared by `shuyu lookup` and the TUI; pure and synchronous once the query is parsed.
import type { IndexedEntry, TermIndex } from '../index/term-index.js';
import { baseForms, englishKey } from '../text/english.js';
import { editDistance } from '../text/fuzzy.js';
import { hasHan } from '../text/han.js';
import { stripTones } from '../text/pinyin-keys.js';

/** What part of the entry a query matched. */
export type MatchKind = 'zh' | 'zh_also' | 'pinyin' | 'initials' | 'en' | 'en_also' | 'en_avoid' | 'typo';

export interface LookupHit {
  entry: IndexedEntry;
  /** Position of the entry in the index. */
  index: number;
  score: number;
  kind: MatchKind;
  /** The form that matched (a Chinese key, the pinyin, or an English rendering). */
  matched: string;
}

/** A query prepared for lookup: parse once, then search as often as needed. */
export interface Query {
  text: string;
  /** NFKC + simplified form, when the query contains Han characters. */
  zh?: string;
  /** Toneless pinyin without separators, when the query could be pinyin. */
  pinyin?: string;
  /** Tone-marked form in lower case without separators, when the query has tone marks. */
  toned?: string;
  /** English word key and its words, when the query has Latin letters. */
  en?: string;
  enWords?: string[];
}

export interface LookupOptions {
  limit?: number;
  /** Only entries of this domain. */
  domain?: string;
}

const PINYIN_QUERY = /^[a-zA-Z\u00c0-\u024f\u0300-\u036f\s'’\-·1-5]+$/;

/**
 * Prepares a query. Chinese queries are normalised with OpenCC's T→S tables, which are loaded
 * only here and only for queries with Han characters, so a pinyin or English lookup never pays
 * for them.
 */
export async function parseQuery(text: string): Promise<Query> {
  const q = text.trim();
  if (hasHan(q)) {
    const { normalizeChinese } = await import('../text/script.js');
    return { text: q, zh: normalizeChinese(q).replace(/\s+/g, '') };
  }
  return parseLatinQuery(q);
}

/** Synchronous form for queries known to hold no Han characters (and for Han, given a normaliser). */
export function parseQuerySync(text: string, normalizeChinese?: (s: string) => string): Query {
  const q = text.trim();
  if (hasHan(q)) return { text: q, zh: (normalizeChinese ? normalizeChinese(q) : q.normalize('NFKC')).replace(/\s+/g, '') };
  return parseLatinQuery(q);
}

function parseLatinQuery(q: string): Query {
  const query: Query = { text: q };
  if (q === '') return query;
  if (PINYIN_QUERY.test(q)) {
    const compact = stripTones(q).replace(/[^a-z]/g, '');
    if (compact) query.pinyin = compact;
    const lowered = q.normalize('NFC').toLowerCase().replace(/[\s'’\-·]/g, '');
    if (lowered !== stripTones(lowered)) query.toned = lowered;
  }
  const en = englishKey(q);
  if (en) {
    query.en = en;
    query.enWords = en.split(' ');
  }
  return query;
}

/** Ranked hits, best first. An empty query gives no hits. */
export function lookup(index: TermIndex, query: Query, options: LookupOptions = {}): LookupHit[] {
  const best = new Map<number, LookupHit>();
  const offer = (i: number, score: number, kind: MatchKind, matched: string) => {
    const prev = best.get(i);
    if (!prev || score > prev.score) best.set(i, { entry: index.entries[i]!, index: i, score, kind, matched });
  };
  const n = index.size;
  const domain = options.domain;
  for (let i = 0; i < n; i++) {
    if (domain && index.entries[i]!.domain !== domain) continue;
    const keys = index.keys[i]!;
    if (query.zh) scoreChinese(query.zh, keys.regional.length > 0 ? [...keys.zh, ...keys.regional] : keys.zh, (s, k, m) => offer(i, s, k, m));
    if (query.pinyin) {
      keys.pinyin.forEach((p, j) => {
        const s = scorePinyin(query.pinyin!, p.syllables, p.initials);
        if (!s) return;
        const bonus = query.toned && query.toned === p.toned ? 60 : 0;
        offer(i, s.score + bonus - (j === 0 ? 0 : 30), s.kind, j === 0 ? index.entries[i]!.pinyin : index.entries[i]!.zh_also[j - 1]!);
      });
    }
    if (query.en) {
      const e = index.entries[i]!;
      scoreEnglish(query, keys.en, 'en', e.en, offer.bind(null, i));
      keys.en_also.forEach((k, j) => scoreEnglish(query, k, 'en_also', e.en_also[j]!, offer.bind(null, i)));
      keys.en_avoid.forEach((k, j) => scoreEnglish(query, k, 'en_avoid', e.en_avoid[j]!, offer.bind(null, i)));
    }
  }
  // Typos only when nothing matched properly: a near miss is a guess, not a result.
  if (query.en && ![...best.values()].some((h) => h.score >= 400)) {
    for (let i = 0; i < n; i++) {
      if (domain && index.entries[i]!.domain !== domain) continue;
      const keys = index.keys[i]!;
      const e = index.entries[i]!;
      const forms: [string, string][] = [[keys.en, e.en], ...keys.en_also.map((k, j) => [k, e.en_also[j]!] as [string, string]), ...keys.en_avoid.map((k, j) => [k, e.en_avoid[j]!] as [string, string])];
      for (const [k, original] of forms) {
        const d = typoDistance(query.enWords!, k);
        if (d !== undefined) offer(i, 200 - 40 * d, 'typo', original);
      }
    }
  }
  const hits = [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      statusRank(a.entry) - statusRank(b.entry) ||
      a.entry.zh.length - b.entry.zh.length ||
      (a.entry.zh < b.entry.zh ? -1 : a.entry.zh > b.entry.zh ? 1 : 0),
  );
  return options.limit !== undefined ? hits.slice(0, options.limit) : hits;
}

function statusRank(e: IndexedEntry): number {
  return e.status === 'approved' ? 0 : e.status === 'draft' ? 1 : 2;
}

function scoreChinese(q: string, zhKeys: readonly string[], offer: (score: number, kind: MatchKind, matched: string) => void): void {
  zhKeys.forEach((k, j) => {
    const kind: MatchKind = j === 0 ? 'zh' : 'zh_also';
    const main = j === 0 ? 0 : -50;
    if (k === q) offer(1000 + main, kind, k);
    else if (k.startsWith(q)) offer(700 + main - (k.length - q.length), kind, k);
    else if (k.includes(q)) offer(550 + main - (k.length - q.length), kind, k);
    else if (k.length >= 2 && q.includes(k)) offer(300 + main + 10 * k.length, kind, k);
  });
}

/**
 * Scores a toneless, separator-free pinyin query against an entry's syllables:
 * the whole pinyin (jiebangguashuai), the initials (jbgs), or syllable prefixes from the first
 * syllable (jiebang, jieb, jbguas) or from a later one.
 */
function scorePinyin(q: string, syllables: readonly string[], initials: string): { score: number; kind: MatchKind } | undefined {
  if (syllables.length === 0) return undefined;
  if (!initials.includes(q[0]!)) return undefined; // every match starts at the start of some syllable
  const flat = syllables.join('');
  if (flat === q) return { score: 900, kind: 'pinyin' };
  if (q.length >= 2 && initials === q) return { score: 850, kind: 'initials' };
  const fromStart = prefixCover(q, syllables, 0);
  if (fromStart > 0) {
    // prefer queries that cover more of the term, and fully typed syllables over initials
    const fullyTyped = flat.startsWith(q) ? 40 : 0;
    return { score: 600 + fullyTyped + Math.round((100 * fromStart) / syllables.length), kind: q.length <= syllables.length && initials.startsWith(q) ? 'initials' : 'pinyin' };
  }
  if (q.length >= 2) {
    for (let s = 1; s < syllables.length; s++) {
      if (syllables[s]![0] !== q[0]) continue;
      const covered = prefixCover(q, syllables, s);
      if (covered > 0) return { score: 420 + Math.round((60 * covered) / syllables.length), kind: 'pinyin' };
    }
  }
  return undefined;
}

/**
 * How many syllables, starting at `from`, the query covers when each syllable is matched by a
 * non-empty prefix of itself and the whole query is used; 0 when it cannot be covered.
 */
function prefixCover(q: string, syllables: readonly string[], from: number): number {
  // memo: position in q × syllable index → covered count (or -1)
  const memo = new Map<number, number>();
  const go = (pos: number, s: number): number => {
    if (pos === q.length) return s - from;
    if (s >= syllables.length) return -1;
    const key = pos * 64 + s;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    const syl = syllables[s]!;
    let result = -1;
    // longest piece first: `jiebang` takes all of jie before trying j
    for (let len = Math.min(syl.length, q.length - pos); len >= 1; len--) {
      if (q.charCodeAt(pos + len - 1) !== syl.charCodeAt(len - 1)) continue;
      if (q.slice(pos, pos + len) !== syl.slice(0, len)) continue;
      const r = go(pos + len, s + 1);
      if (r > 0) {
        result = r;
        break;
      }
    }
    memo.set(key, result);
    return result;
  };
  const r = go(0, from);
  return r > 0 ? r : 0;
}

function scoreEnglish(query: Query, key: string, kind: 'en' | 'en_also' | 'en_avoid', original: string, offer: (score: number, kind: MatchKind, matched: string) => void): void {
  if (!key) return;
  const q = query.en!;
  const rank = kind === 'en' ? 0 : kind === 'en_also' ? -60 : -80;
  if (key === q) return offer(980 + rank, kind, original);
  if (key.startsWith(q) && (key.length === q.length || key[q.length] === ' ')) return offer(640 + rank, kind, original);
  const keyWords = key.split(' ');
  const qWords = query.enWords!;
  if (wordsCovered(qWords, keyWords)) return offer(560 + rank - Math.min(50, keyWords.length - qWords.length), kind, original);
  if (q.length >= 3 && key.includes(q)) return offer(420 + rank, kind, original);
}

/** Every query word is a key word (or an inflection of one); the last may be a prefix. */
function wordsCovered(qWords: readonly string[], keyWords: readonly string[]): boolean {
  return qWords.every((w, i) => {
    const last = i === qWords.length - 1;
    const forms = baseForms(w);
    return keyWords.some((k) => forms.includes(k) || (last && w.length >= 2 && k.startsWith(w)));
  });
}

/** Edit distance between the query and a rendering, compared whole and word by word. */
function typoDistance(qWords: readonly string[], key: string): number | undefined {
  const q = qWords.join(' ');
  const max = q.length <= 4 ? 1 : 2;
  const whole = editDistance(q, key, max);
  if (whole <= max) return whole;
  if (qWords.length !== 1) return undefined;
  let best: number | undefined;
  for (const w of key.split(' ')) {
    if (w.length < 4) continue;
    const d = editDistance(q, w, max);
    if (d <= max && (best === undefined || d < best)) best = d;
  }
  return best;
}
