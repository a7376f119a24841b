// Ranked lookup by Chinese (either script), pinyin (tones or none, spaced or not, initials,
// partial) or English (preferred, admitted or avoided renderings, with typo tolerance).
// Shared by `shuyu lookup` and the TUI; pure and synchronous once the query is parsed.
import { ALT, type IndexedEntry, type TermIndex } from '../index/term-index.js';
import { baseForms, englishKey } from '../text/english.js';
import { editDistance } from '../text/fuzzy.js';
import { hasHan } from '../text/han.js';
import { nfkcSameLength } from '../text/nfkc.js';
import { initialsOf, stripTones, tonedKey } from '../text/pinyin-keys.js';

/** What part of the entry a query matched. */
export type MatchKind = 'zh' | 'zh_also' | 'pinyin' | 'initials' | 'en' | 'en_also' | 'en_avoid' | 'typo';

export interface LookupHit {
  readonly entry: IndexedEntry;
  /** Position of the entry in the index. */
  readonly index: number;
  readonly score: number;
  readonly kind: MatchKind;
  /** The form that matched (a Chinese key, the pinyin, or an English rendering). */
  readonly matched: string;
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
 * only when the query has a character that no key of `index` has (a traditional character,
 * most likely): a simplified, pinyin or English lookup never pays for them.
 */
export async function parseQuery(text: string, index?: TermIndex): Promise<Query> {
  if (hasHan(text) && !index?.coversChars(chineseKeyOf(text))) {
    const { toSimplifiedMapped } = await import('../text/script.js');
    return parseQuerySync(text, index, (s) => toSimplifiedMapped(s, 'scan').text);
  }
  return parseQuerySync(text, index);
}

/**
 * parseQuery without the await, for callers that hold a T→S converter already (the TUI); with
 * none, a Chinese query is only NFKC-normalised.
 */
export function parseQuerySync(text: string, index?: TermIndex, toSimplified?: (s: string) => string): Query {
  const q = text.trim();
  if (hasHan(q)) return { text: q, zh: chineseQueryKey(q, index, toSimplified) };
  return parseLatinQuery(q);
}

/**
 * A Chinese query as the keys are written (text/nfkc.ts, spaces dropped), converted T→S by
 * `toSimplified` unless every character already occurs in a key of `index`.
 */
export function chineseQueryKey(text: string, index?: TermIndex, toSimplified?: (s: string) => string): string {
  const key = chineseKeyOf(text);
  return !toSimplified || index?.coversChars(key) ? key : toSimplified(text).replace(/\s+/g, '');
}

function chineseKeyOf(text: string): string {
  return nfkcSameLength(text).replace(/\s+/g, '');
}

function parseLatinQuery(q: string): Query {
  const query: Query = { text: q };
  if (q === '') return query;
  if (PINYIN_QUERY.test(q)) {
    const compact = stripTones(q).replace(/[^a-z]/g, '');
    if (compact) query.pinyin = compact;
    const lowered = tonedKey(q);
    if (lowered !== stripTones(lowered)) query.toned = lowered;
  }
  const en = englishKey(q);
  if (en) {
    query.en = en;
    query.enWords = en.split(' ');
  }
  return query;
}

/** Ranked hits, best first. An empty query gives no hits. Entries are read only for the hits. */
export function lookup(index: TermIndex, query: Query, options: LookupOptions = {}): LookupHit[] {
  const best = new Map<number, Scored>();
  const domains = options.domain ? index.column('domain') : undefined;
  const offer = (i: number, score: number, kind: MatchKind, form: number) => {
    if (domains && domains.get(i) !== options.domain) return;
    const prev = best.get(i);
    if (!prev || score > prev.score) best.set(i, { i, score, kind, form });
  };

  if (query.zh) {
    const q = query.zh;
    const zh = index.column('zh');
    for (const i of zh.cellsContaining(q)) {
      zh.get(i)
        .split(ALT)
        .forEach((k, j) => {
          const main = j === 0 ? 0 : -50;
          const kind: MatchKind = j === 0 ? 'zh' : 'zh_also';
          if (k === q) offer(i, 1000 + main, kind, j);
          else if (k.startsWith(q)) offer(i, 700 + main - (k.length - q.length), kind, j);
          else if (k.includes(q)) offer(i, 550 + main - (k.length - q.length), kind, j);
        });
    }
    // A query longer than any term (a phrase pasted in): the terms it contains, found with one
    // pass of a pattern made of its substrings, each required to be a whole key.
    if (best.size === 0 && q.length >= 3) {
      const subs = new Set<string>();
      for (let a = 0; a < q.length; a++) for (let b = a + 2; b <= Math.min(q.length, a + 16); b++) subs.add(q.slice(a, b));
      const alternatives = [...subs].sort((x, y) => y.length - x.length).map(escapeRegExp);
      const pattern = new RegExp(`(?<![^\\t\\n])(?:${alternatives.join('|')})(?![^\\t\\n])`, 'g');
      for (const i of zh.cellsMatching(pattern)) {
        zh.get(i)
          .split(ALT)
          .forEach((k, j) => {
            if (k.length >= 2 && q.includes(k)) offer(i, 300 + (j === 0 ? 0 : -50) + 10 * k.length, j === 0 ? 'zh' : 'zh_also', j);
          });
      }
    }
  }

  // a pinyin pattern has a group a letter: no term's pinyin is longer than this, and the TUI
  // passes whatever is typed or pasted
  if (query.pinyin && query.pinyin.length <= MAX_PINYIN) {
    const q = query.pinyin;
    const pinyin = index.column('pinyin');
    const toned = query.toned ? index.column('toned') : undefined;
    for (const i of pinyin.cellsMatching(pinyinPattern(q, q.length < MID_TERM_MIN))) {
      const forms = pinyin.get(i).split(ALT);
      const tones = toned?.get(i).split(ALT);
      forms.forEach((form, j) => {
        const syllables = form.split(' ');
        const s = scorePinyin(q, syllables, initialsOf(syllables));
        if (!s) return;
        const bonus = tones && tones[j] === query.toned ? 60 : 0;
        offer(i, s.score + bonus - (j === 0 ? 0 : 30), s.kind, j);
      });
    }
  }

  if (query.en) {
    const words = query.enWords!;
    const en = index.column('en');
    const avoid = index.column('enAvoid');
    const short = query.en.replace(/ /g, '').length < MID_TERM_MIN;
    // a two-letter query (AI, EV, IC) is a whole rendering or nothing
    const cells = (column: typeof en) => (short ? column.cellsMatching(new RegExp(`(?<![^\\t\\n])${escapeRegExp(query.en!)}(?![^\\t\\n])`, 'g')) : column.cellsContaining(words[0]!.slice(0, 3)));
    for (const i of cells(en)) {
      en.get(i)
        .split(ALT)
        .forEach((k, j) => scoreEnglish(query, k, j === 0 ? 'en' : 'en_also', (s, kind) => offer(i, s, kind, j)));
    }
    for (const i of cells(avoid)) {
      avoid
        .get(i)
        .split(ALT)
        .forEach((k, j) => scoreEnglish(query, k, 'en_avoid', (s, kind) => offer(i, s, kind, j)));
    }
    // Typos only when nothing matched properly: a near miss is a guess, not a result.
    // Find the glossary's words close to the query's longest word, then score the entries that use them.
    const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
    if (longest.length >= 4 && ![...best.values()].some((h) => h.score >= 400)) {
      const max = longest.length <= 4 ? 1 : 2;
      const near = new Set<string>();
      for (const column of [en, avoid]) {
        for (const w of vocabularyOf(column)) if (editDistance(longest, w, max) <= max) near.add(w);
      }
      for (const w of near) {
        for (const i of en.cellsContaining(w)) {
          en.get(i)
            .split(ALT)
            .forEach((k, j) => {
              const d = typoDistance(words, k);
              if (d !== undefined) offer(i, 200 - 40 * d, 'typo', j);
            });
        }
        for (const i of avoid.cellsContaining(w)) {
          avoid
            .get(i)
            .split(ALT)
            .forEach((k, j) => {
              const d = typoDistance(words, k);
              if (d !== undefined) offer(i, 190 - 40 * d, 'typo', -1 - j);
            });
        }
      }
    }
  }

  const ranked = [...best.values()].sort((a, b) => b.score - a.score || index.rank(a.i) - index.rank(b.i) || a.i - b.i);
  const kept = options.limit !== undefined ? ranked.slice(0, options.limit) : ranked;
  return kept.map((h) => new Hit(index, h));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Shorter pinyin and English queries match only from the start of a term or rendering: one or
 * two letters inside words match most of a large glossary, and the TUI searches on every key
 * (DESIGN §6: a keystroke over 100,000 entries within a 16 ms frame).
 */
const MID_TERM_MIN = 3;

/** The words of every English key column, for typo search; built once per column. */
const vocabularies = new WeakMap<object, string[]>();
function vocabularyOf(column: { text: string }): string[] {
  let v = vocabularies.get(column);
  if (!v) vocabularies.set(column, (v = [...new Set(column.text.split(/\s+/))].filter((w) => w.length >= 4)));
  return v;
}

/**
 * A pattern finding, in the pinyin column, every form the query could be typed for: each query
 * letter continues the current syllable or starts the next one (jbgs, jiebang, jbguas), starting
 * at the start of some syllable. Scoring then decides how good the match is.
 */
/** The longest pinyin query matched as pinyin (letters, spaces left out). */
const MAX_PINYIN = 64;

function pinyinPattern(q: string, fromStart: boolean): RegExp {
  let source = fromStart ? `(?<![^\t\n])${q[0]}` : `(?<![a-z])${q[0]}`;
  for (let k = 1; k < q.length; k++) source += `(?:[a-z]* )?${q[k]}`;
  return new RegExp(source, 'g');
}

interface Scored {
  i: number;
  score: number;
  kind: MatchKind;
  /** Which form matched: the position among zh/zh_also, pinyin forms or en/en_also; for avoided renderings (and typos of them) -1 - position. */
  form: number;
}

/** A hit whose entry is read from the index only when asked for. */
class Hit implements LookupHit {
  readonly index: number;
  readonly score: number;
  readonly kind: MatchKind;
  constructor(
    private readonly termIndex: TermIndex,
    private readonly scored: Scored,
  ) {
    this.index = scored.i;
    this.score = scored.score;
    this.kind = scored.kind;
  }

  get entry(): IndexedEntry {
    return this.termIndex.entry(this.index);
  }

  get matched(): string {
    const e = this.entry;
    const j = this.scored.form;
    switch (this.kind) {
      case 'zh':
      case 'zh_also':
        return this.termIndex.column('zh').get(this.index).split(ALT)[j] ?? e.zh;
      case 'pinyin':
      case 'initials':
        return j === 0 ? e.pinyin : (e.zh_also[j - 1] ?? e.pinyin);
      case 'en_avoid':
        return e.en_avoid[j] ?? e.en;
      case 'typo':
        return j < 0 ? (e.en_avoid[-1 - j] ?? e.en) : j === 0 ? e.en : (e.en_also[j - 1] ?? e.en);
      default:
        return j === 0 ? e.en : (e.en_also[j - 1] ?? e.en);
    }
  }
}

/**
 * Scores a toneless, separator-free pinyin query against a form's syllables:
 * the whole pinyin (jiebangguashuai), the initials (jbgs), or syllable prefixes from the first
 * syllable (jiebang, jieb, jbguas) or from a later one.
 */
function scorePinyin(q: string, syllables: readonly string[], initials: string): { score: number; kind: MatchKind } | undefined {
  if (syllables.length === 0 || syllables[0] === '') return undefined;
  if (q.length >= 2 && initials === q) return { score: 850, kind: 'initials' };
  const flat = syllables.join('');
  if (flat === q) return { score: 900, kind: 'pinyin' };
  if (initials[0] === q[0]) {
    const fromStart = prefixCover(q, syllables, 0);
    if (fromStart > 0) {
      // prefer queries that cover more of the term, and fully typed syllables over initials
      const fullyTyped = flat.startsWith(q) ? 40 : 0;
      return { score: 600 + fullyTyped + Math.round((100 * fromStart) / syllables.length), kind: q.length <= syllables.length && initials.startsWith(q) ? 'initials' : 'pinyin' };
    }
  }
  if (q.length >= MID_TERM_MIN) {
    for (let s = 1; s < syllables.length; s++) {
      if (initials[s] !== q[0]) continue;
      const covered = prefixCover(q, syllables, s);
      if (covered > 0) return { score: 420 + Math.round((60 * covered) / syllables.length), kind: 'pinyin' };
    }
  }
  return undefined;
}

/**
 * How many syllables, starting at `from`, the query covers when each syllable is matched by a
 * non-empty prefix of itself and the whole query is used; 0 when it cannot be covered.
 * Longest piece first, so `jiebang` takes all of jie before trying j; the search is bounded by
 * the syllable count (a term has a handful).
 */
function prefixCover(q: string, syllables: readonly string[], from: number): number {
  const go = (pos: number, s: number): number => {
    if (pos === q.length) return s - from;
    if (s >= syllables.length) return -1;
    const syl = syllables[s]!;
    if (syl.charCodeAt(0) !== q.charCodeAt(pos)) return -1;
    let len = 1;
    const max = Math.min(syl.length, q.length - pos);
    while (len < max && syl.charCodeAt(len) === q.charCodeAt(pos + len)) len++;
    for (; len >= 1; len--) {
      const r = go(pos + len, s + 1);
      if (r > 0) return r;
    }
    return -1;
  };
  const r = go(0, from);
  return r > 0 ? r : 0;
}

function scoreEnglish(query: Query, key: string, kind: 'en' | 'en_also' | 'en_avoid', offer: (score: number, kind: MatchKind) => void): void {
  if (!key) return;
  const q = query.en!;
  const rank = kind === 'en' ? 0 : kind === 'en_also' ? -60 : -80;
  if (key === q) return offer(980 + rank, kind);
  if (key.startsWith(q) && (key.length === q.length || key[q.length] === ' ')) return offer(640 + rank, kind);
  const keyWords = key.split(' ');
  const qWords = query.enWords!;
  if (wordsCovered(qWords, keyWords)) return offer(560 + rank - Math.min(50, keyWords.length - qWords.length), kind);
  if (q.length >= 3 && key.includes(q)) return offer(420 + rank, kind);
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
