// Tolerant English matching for lint (issue 12): the professional English of a term is often
// not the glossary's words as written. Measured on official translations, the variants are
// stacked modifiers in another order ("emerging strategic industries"), one inserted word
// ("leading multinational enterprise"), a head shared by a coordination ("new drivers and
// strengths"), and another part of speech of the same words ("commercialize research results"
// for commercialization of research results). This module finds those, and the partial
// renderings worth a warning, on the content words of a rendering compared by their Porter
// stems (the `stemmer` package): stems join the parts of speech of one word (commercialize,
// commercialization) but keep near-misses apart ("managerial" is not "manager").
//
// It runs only where the exact matcher (english.ts) found no rendering, so it costs nothing on
// the common path.
import { stemmer } from 'stemmer';
import { englishWords } from './english.js';
import { ownString } from './own-string.js';

/**
 * Words that carry no content of their own in a rendering: "commercialization of research
 * results" and "commercialize research results" say the same. Coordinators are listed apart.
 */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'in', 'on', 'to', 'with', 'by', 'at', 'as', 'from', 'into', 'its', 'their', 'our', 'that', 'which', 'is', 'are', 'be']);
const COORDINATORS = new Set(['and', 'or', '&']);

/** A word of the target with its stem. */
interface StemmedWord {
  stem: string;
  start: number;
  end: number;
  /** A function word or a coordinator: never one of a rendering's content words. */
  isFunction: boolean;
  isCoordinator: boolean;
}

/** A number is a slot, not a word: "R&D spending rose to 2.68 percent of GDP". */
const NUMBER = /^[\d.,]+$/;

/** A rendering reduced to the stems of its content words. */
export interface LooseRendering {
  rendering: string;
  stems: string[];
  /** The rendering's own function words: that many more words may stand among its content words. */
  slack: number;
  /**
   * For a name "A of B", the stems of "B A": Standing Committee of the National People's Congress
   * is also the National People's Congress Standing Committee.
   */
  inverted?: string[];
  /**
   * For a rendering written with a gap ("socialist … with Chinese characteristics", where a
   * Chinese modifier wraps round the head it modifies), the content stems of each part.
   */
  parts?: string[][];
}

/** The gap in a rendering: an ellipsis, or three dots. */
const GAP = /\s*(?:…|\.\.\.)\s*/;
/** How many words a gap may hold. */
const GAP_WORDS = 5;

/** The content stems of a rendering; a rendering of one content word has nothing to loosen. */
export function looseRendering(rendering: string): LooseRendering {
  const stems = [];
  let slack = 0;
  const ofs: number[] = [];
  for (const w of englishWords(joinAmpersands(rendering))) {
    const lower = w.text.toLowerCase();
    if (lower === 'of') ofs.push(stems.length);
    if (FUNCTION_WORDS.has(lower) || COORDINATORS.has(lower)) slack++;
    else stems.push(stemOf(lower));
  }
  const r: LooseRendering = { rendering, stems, slack };
  const of = ofs[0]!;
  if (ofs.length === 1 && of > 0 && of < stems.length) r.inverted = [...stems.slice(of), ...stems.slice(0, of)];
  if (GAP.test(rendering)) r.parts = rendering.split(GAP).map((part) => looseRendering(part).stems);
  return r;
}

/**
 * Joins letters around an ampersand into one word of the same length (R&D stays one word, not
 * R and D), so that offsets in the result are offsets in the text.
 */
function joinAmpersands(text: string): string {
  return text.includes('&') ? text.replace(/(?<=\p{L})&(?=\p{L})/gu, 'ǂ') : text;
}

function stemOf(lower: string): string {
  let stem = stems.get(lower);
  if (stem === undefined) {
    const bare = lower.endsWith("'s") ? lower.slice(0, -2) : lower.endsWith("'") ? lower.slice(0, -1) : lower;
    stem = SAME_STEM.get(bare) ?? stemmer(bare);
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(ownString(lower), stem); // a word cut from a paragraph must not keep it alive
  }
  return stem;
}

/** Stems already worked out: a translation repeats its words. Bounded, so memory is too. */
const stems = new Map<string, string>();
const STEMS_KEPT = 20_000;

/**
 * Words whose stems Porter's rules cannot join: irregular past forms, which official English
 * uses for the glossary's verbs (laid the groundwork, built a …), the adjective of the
 * country's name (China's modernization for Chinese modernization), and the adjective and
 * noun pairs of the policy vocabulary (scientific/science, strong/strength).
 */
const SAME_STEM = new Map<string, string>([
  ...(
    [
      ['lay', 'laid'], ['build', 'built'], ['make', 'made'], ['lead', 'led'], ['hold', 'held'], ['bring', 'brought'], ['take', 'took taken'],
      ['begin', 'began begun'], ['draw', 'drew drawn'], ['strike', 'struck'], ['rise', 'rose risen'], ['grow', 'grew grown'], ['keep', 'kept'],
      ['meet', 'met'], ['pay', 'paid'], ['seek', 'sought'], ['sell', 'sold'], ['spend', 'spent'], ['stand', 'stood'], ['win', 'won'],
      ['give', 'gave given'], ['see', 'saw seen'], ['come', 'came'], ['become', 'became'], ['fight', 'fought'],
      ['write', 'wrote written'], ['choose', 'chose chosen'], ['break', 'broke broken'], ['undertake', 'undertook undertaken'],
    ] as const
  ).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, stemmer(base)] as [string, string])),
  ['chinese', 'china'],
  ['china', 'china'],
  // 科技 is "science and technology" or "scientific and technological", as the sentence needs
  ['scientific', stemmer('science')],
  ['scientifically', stemmer('science')],
  ['technologically', stemmer('technology')],
  // 强 as an adjective or a noun: a strong country in …, the country's strength in …
  ['strength', 'strong'],
  ['strengths', 'strong'],
]);

/** A target's words, stemmed once for every rendering checked against it. */
export class StemmedText {
  readonly words: StemmedWord[];

  constructor(readonly text: string) {
    this.words = [];
    for (const w of englishWords(joinAmpersands(text))) {
      if (NUMBER.test(w.text)) continue; // numbers stand between the words of indicators
      // an abbreviation defined in passing is not a word of the phrase: the Communist Party of
      // China (CPC) Central Committee, global artificial intelligence (AI) cooperation
      if (text.charCodeAt(w.start - 1) === 0x28 && text.charCodeAt(w.end) === 0x29 && /^[A-Z&]{2,8}s?$/.test(w.text)) continue;
      const lower = w.text.toLowerCase();
      const isCoordinator = COORDINATORS.has(lower);
      this.words.push({ stem: stemOf(lower), start: w.start, end: w.end, isFunction: isCoordinator || FUNCTION_WORDS.has(lower), isCoordinator });
    }
  }
}

/** A span of the target and what it was found for. */
export interface LooseMatch {
  start: number;
  end: number;
}

/**
 * The first span that holds every content word of the rendering, in any order, with at most one
 * other word among them (more where the rendering has function words of its own, which the
 * target may place elsewhere), and one more for each coordinator ("new drivers and strengths"
 * for "new strengths"). The span starts and ends on a content word of the rendering.
 */
export function findLoose(text: StemmedText, r: LooseRendering): LooseMatch | undefined {
  if (r.stems.length < 2) return undefined; // one word: the exact matcher's inflections are the whole story
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first.isFunction || !r.stems.includes(first.stem)) continue;
    const left = [...r.stems];
    let extra = 0;
    let allowed = 1 + r.slack;
    for (let j = i; j < words.length; j++) {
      const w = words[j]!;
      const k = w.isFunction ? -1 : left.indexOf(w.stem);
      if (k !== -1) {
        left.splice(k, 1);
        if (left.length === 0) return { start: first.start, end: w.end };
      } else if (w.isCoordinator) allowed++;
      else if (++extra > allowed) break;
    }
  }
  return undefined;
}

/**
 * A rendering's content words in its own order, its function words free ("coordinated
 * development in the Beijing-Tianjin-Hebei region" for "… of the …"), and no other content word
 * among them: what a name may vary, besides "A of B" said "B A". Reordered content otherwise
 * ("Academy of Chinese Sciences") is not.
 */
export function findOrdered(text: StemmedText, r: LooseRendering): LooseMatch | undefined {
  if (r.stems.length < 2) return undefined;
  for (const order of r.inverted ? [r.stems, r.inverted] : [r.stems]) {
    for (let i = 0; i < text.words.length; i++) {
      const m = sequenceAt(text.words, i, order);
      if (m) return m;
    }
  }
  return undefined;
}

/**
 * A rendering written with a gap: its parts in order, each as findOrdered finds it, with at
 * most a few words in each gap ("socialist rule of law with Chinese characteristics").
 */
export function findGapped(text: StemmedText, r: LooseRendering): LooseMatch | undefined {
  if (!r.parts) return undefined;
  const words = text.words;
  for (let i = 0; i < words.length; i++) {
    const first = sequenceAt(words, i, r.parts[0]!);
    if (!first) continue;
    let at = first.next;
    let end = first.end;
    let ok = true;
    for (const part of r.parts.slice(1)) {
      let found: ReturnType<typeof sequenceAt>;
      for (let j = at; j < words.length && j <= at + GAP_WORDS && !found; j++) found = sequenceAt(words, j, part);
      if (!found) {
        ok = false;
        break;
      }
      at = found.next;
      end = found.end;
    }
    if (ok) return { start: first.start, end };
  }
  return undefined;
}

/**
 * Whether `stems` stand in order from word `i` on, with only function words between them;
 * `next` is the index of the word after the match.
 */
function sequenceAt(words: readonly StemmedWord[], i: number, stems: readonly string[]): (LooseMatch & { next: number }) | undefined {
  if (stems.length === 0 || words[i]!.isFunction || words[i]!.stem !== stems[0]) return undefined;
  let k = 1;
  let j = i + 1;
  for (; k < stems.length && j < words.length; j++) {
    const w = words[j]!;
    if (w.isFunction) continue;
    if (w.stem !== stems[k]) return undefined;
    k++;
  }
  return k === stems.length ? { start: words[i]!.start, end: words[j - 1]!.end, next: j } : undefined;
}

/**
 * Most of the rendering's content words are in the target near each other, but not as one
 * accepted span: the words found, quoted from the first to the last. "Most" is more than half
 * and at least two (half, for the `recast` of a relaxed formulation); "near" is within the rendering's length plus six
 * words, so that words scattered over a paragraph do not count.
 */
export function findPartial(text: StemmedText, r: LooseRendering, recast = false): string | undefined {
  const n = r.stems.length;
  if (n < 2) return undefined;
  const words = text.words;
  const reach = n + r.slack + 6;
  let best: { count: number; start: number; end: number } | undefined;
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first.isFunction || !r.stems.includes(first.stem)) continue;
    const left = [...r.stems];
    let count = 0;
    let end = first.end;
    for (let j = i; j < words.length && j < i + reach; j++) {
      const w = words[j]!;
      const k = w.isFunction ? -1 : left.indexOf(w.stem);
      if (k === -1) continue;
      left.splice(k, 1);
      count++;
      end = w.end;
    }
    if (!best || count > best.count) best = { count, start: first.start, end };
  }
  // most: more than half; for a recast of a relaxed formulation, half will do
  if (!best || best.count < 2 || (recast ? best.count * 2 < n : best.count * 2 <= n)) return undefined;
  return text.text.slice(best.start, best.end);
}
