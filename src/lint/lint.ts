// The linter: checks the units of translation files against the term index (DESIGN §3).
// Matchers are built once (the Chinese automaton in the index, English phrase matchers per
// entry on first use), so the cost grows with the text, not with the glossary.
import { UserError, type Place } from '../errors.js';
import { HitBuffer, type AhoCorasick } from '../text/aho-corasick.js';
import { ALT, type IndexedEntry, type TermIndex } from '../index/term-index.js';
import { englishKey, EnglishText, PhraseMatcher, type PhraseMatch } from '../text/english.js';
import { firstHan, hasHan } from '../text/han.js';
import { normalizeChinese, Normalized, normalizeUnits, originalSpan, toSimplifiedMapped, type MappedText } from '../text/script.js';
import { alignedUnit, type AlignedChunk } from './formats/aligned.js';
import { isChineseLang, isEnglishLang } from '../text/languages.js';
import { declaredLanguages, pairByDeclaration, pairByScript, pairForDirection, type Direction, type Pair } from './languages.js';
import type { RuleId, RuleSettings, Severity } from './rules.js';
import { placeOf } from '../read/position.js';
import type { Segment, SkipReason, Unit, Variant } from './segment.js';

export interface Problem {
  rule: RuleId;
  severity: Severity;
  file: string;
  /** The segment's id (unit id, plus the segment id where a unit has several). */
  segment: string;
  line: number;
  column: number;
  /** The glossary entry's Chinese term. */
  term: string;
  /** The renderings that would satisfy the rule. */
  expected: string[];
  /** What the target has instead (an avoided rendering, a variant), or null. */
  found: string | null;
  message: string;
}

export type SkipCounts = Partial<Record<SkipReason, number>>;

export interface FileSummary {
  file: string;
  direction: Direction | null;
  units: number;
  segments: number;
  skipped: SkipCounts;
}

export interface LintSummary {
  files: number;
  units: number;
  /** Segments checked. */
  segments: number;
  skipped: SkipCounts;
  /** The direction of every file, or "mixed". */
  direction: Direction | 'mixed' | null;
  errors: number;
  warnings: number;
}

export interface LintResult {
  problems: Problem[];
  summary: LintSummary;
  files: FileSummary[];
  /** Things the user should know that are not problems (a direction decided against a declaration). */
  notices: string[];
}

export interface LintOptions {
  rules: RuleSettings;
  /** Forces the direction (`--direction`); otherwise each file's declarations and script decide. */
  direction?: Direction;
}

interface EntryMatchers {
  admitted: PhraseMatcher<string>;
  avoid: PhraseMatcher<string>;
}

/** A term found in a segment's normalised source: its entry and span. */
interface Shifted {
  index: number;
  entry: IndexedEntry;
  start: number;
  end: number;
}

/** Where a rendering of an entry was used, for inconsistent-term. */
interface Usage {
  rendering: string;
  count: number;
  /** Where it was first used, worked out only if a problem needs it. */
  first: { segment: () => string; at: () => Place };
}

export class Linter {
  readonly problems: Problem[] = [];
  readonly files: FileSummary[] = [];
  readonly notices: string[] = [];
  private readonly entryMatchers: (EntryMatchers | undefined)[];
  private englishTerms?: PhraseMatcher<number>;
  private scan?: { scratch: Scratch; ac: AhoCorasick; owners: Int32Array };
  private englishAvoid?: PhraseMatcher<number>;

  constructor(
    readonly index: TermIndex,
    readonly options: LintOptions,
  ) {
    this.entryMatchers = new Array<EntryMatchers | undefined>(index.size);
  }

  /** Starts a file; feed it units, then call finish(). */
  file(path: string): FileLinter {
    return new FileLinter(this, path);
  }

  /** Starts a monolingual English file (a .txt or .md translation): only avoid-term applies. */
  englishFile(path: string): EnglishFileLinter {
    return new EnglishFileLinter(this, path);
  }

  /** Finds renderings to avoid in English running text. */
  checkEnglish(path: string, id: string, variant: Variant): void {
    const severity = this.options.rules['avoid-term'];
    if (severity === 'off') return;
    for (const m of longestFirst(this.avoidMatcher().findAllIn(new EnglishText(variant.text)))) {
      const entry = this.index.entry(m.phrase.value);
      this.problems.push(avoidProblem(severity, id, placeOf(variant, m.start, variant.file ?? path), entry, variant.text.slice(m.start, m.end)));
    }
  }

  result(): LintResult {
    const problems = sortProblems(this.problems, this.files.map((f) => f.file));
    const skipped: SkipCounts = {};
    for (const f of this.files) for (const [k, v] of Object.entries(f.skipped)) skipped[k as SkipReason] = (skipped[k as SkipReason] ?? 0) + v;
    const directions = new Set(this.files.map((f) => f.direction).filter((d) => d !== null));
    return {
      problems,
      files: this.files,
      notices: this.notices,
      summary: {
        files: this.files.length,
        units: this.files.reduce((n, f) => n + f.units, 0),
        segments: this.files.reduce((n, f) => n + f.segments, 0),
        skipped,
        direction: directions.size === 0 ? null : directions.size === 1 ? [...directions][0]! : 'mixed',
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: problems.filter((p) => p.severity === 'warning').length,
      },
    };
  }

  /** The Chinese automaton and the buffers every file's batches share. */
  scanner(): { scratch: Scratch; ac: AhoCorasick; owners: Int32Array } {
    return (this.scan ??= { scratch: new Scratch(this.index.size), ...this.index.chineseAutomaton() });
  }

  /** Admitted and avoided English renderings of one entry, built on first use. */
  matchers(i: number): EntryMatchers {
    let m = this.entryMatchers[i];
    if (!m) {
      const e = this.index.entry(i);
      const cs = e.case_sensitive;
      m = {
        admitted: new PhraseMatcher([e.en, ...e.en_also].map((text) => ({ text, caseSensitive: cs, value: text }))),
        avoid: new PhraseMatcher(e.en_avoid.map((text) => ({ text, caseSensitive: cs, value: text }))),
      };
      this.entryMatchers[i] = m;
    }
    return m;
  }

  /** Every entry's admitted English renderings, for English sources (en→zh). */
  termMatcher(): PhraseMatcher<number> {
    if (!this.englishTerms) {
      const phrases = [];
      for (let i = 0; i < this.index.size; i++) {
        const e = this.index.entry(i);
        if (e.status === 'deprecated') continue;
        for (const text of [e.en, ...e.en_also]) {
          if (!isSourceKey(e, text)) continue;
          phrases.push({ text, caseSensitive: e.case_sensitive || isAcronym(text), value: i });
        }
      }
      this.englishTerms = new PhraseMatcher(phrases);
    }
    return this.englishTerms;
  }

  avoidMatcher(): PhraseMatcher<number> {
    if (!this.englishAvoid) {
      const phrases = [];
      // the key column says which entries have renderings to avoid: only those are read
      const avoid = this.index.column('enAvoid');
      for (let i = 0; i < this.index.size; i++) {
        if (avoid.get(i) === '') continue;
        const e = this.index.entry(i);
        for (const text of e.en_avoid) phrases.push({ text, caseSensitive: e.case_sensitive, value: i });
      }
      this.englishAvoid = new PhraseMatcher(phrases);
    }
    return this.englishAvoid;
  }
}

/** A monolingual English file: every variant of every unit is English text to check. */
export class EnglishFileLinter {
  private readonly summary: FileSummary;

  constructor(
    private readonly linter: Linter,
    readonly path: string,
  ) {
    this.summary = { file: path, direction: null, units: 0, segments: 0, skipped: {} };
    linter.files.push(this.summary);
  }

  units(batch: readonly Unit[]): void {
    for (const unit of batch) this.unit(unit);
  }

  unit(unit: Unit): void {
    this.summary.units++;
    if (unit.skip) {
      this.summary.skipped[unit.skip] = (this.summary.skipped[unit.skip] ?? 0) + 1;
      return;
    }
    for (const segment of unit.segments) {
      this.summary.segments++;
      for (const v of segment.variants) this.linter.checkEnglish(this.path, unit.id, v);
    }
  }

  finish(): FileSummary {
    return this.summary;
  }

  skipped(reason: SkipReason): void {
    this.summary.skipped[reason] = (this.summary.skipped[reason] ?? 0) + 1;
  }
}

/**
 * A run of zh→en segments checked together, by position k: their texts, ids and the places of
 * offsets in them. Units from any reader and aligned lines (their own fast path) both come as one.
 */
interface SegmentRun {
  id(k: number): string;
  zh(k: number): string;
  en(k: number): string;
  zhPlace(k: number, offset: number): Place;
  enPlace(k: number, offset: number): Place;
}

/** Segments of units, paired. */
class PairRun implements SegmentRun {
  constructor(
    private readonly file: string,
    private readonly pairs: readonly Pair[],
    private readonly ids: readonly string[],
  ) {}

  id(k: number): string {
    return this.ids[k]!;
  }
  zh(k: number): string {
    return this.pairs[k]!.zh.text;
  }
  en(k: number): string {
    return this.pairs[k]!.en.text;
  }
  zhPlace(k: number, offset: number): Place {
    const v = this.pairs[k]!.zh;
    return placeOf(v, offset, v.file ?? this.file);
  }
  enPlace(k: number, offset: number): Place {
    const v = this.pairs[k]!.en;
    return placeOf(v, offset, v.file ?? this.file);
  }
}

/** Aligned lines: segment k is line firstLine + k of both files. */
class AlignedRun implements SegmentRun {
  constructor(
    private readonly chunk: AlignedChunk,
    private readonly sourcePath: string,
    private readonly targetPath: string,
  ) {}

  id(k: number): string {
    return String(this.chunk.source.firstLine + k);
  }
  zh(k: number): string {
    const s = this.chunk.source;
    return s.text.slice(s.starts[k]!, s.ends[k]!);
  }
  en(k: number): string {
    return this.chunk.targets[k]!;
  }
  zhPlace(k: number, offset: number): Place {
    return { file: this.sourcePath, line: this.chunk.source.firstLine + k, column: offset + 1 };
  }
  enPlace(k: number, offset: number): Place {
    return { file: this.targetPath, line: this.chunk.source.firstLine + k, column: offset + 1 };
  }
}

/** Buffers reused by every batch: the normalised Chinese and the automaton's hits. */
class Scratch {
  private bytes = Buffer.alloc(1 << 17);
  readonly hits = new HitBuffer();
  /** seen[entry] === stamp: the entry already has its verdict in this segment. */
  readonly seen: Int32Array;
  stamp = 0;

  constructor(size: number) {
    this.seen = new Int32Array(size);
  }

  /** The code units of `text[0, length)`, copied natively into a reused buffer. */
  units(text: string, length: number): Uint16Array {
    if (this.bytes.length < 2 * length) this.bytes = Buffer.alloc(Math.max(2 * length, 2 * this.bytes.length));
    this.bytes.write(length === text.length ? text : text.slice(0, length), 0, 'utf16le');
    return new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, length);
  }
}

export class FileLinter {
  private direction?: Direction;
  private readonly summary: FileSummary;
  /** Renderings used, by entry (a sparse array: an entry's position is its key). */
  private readonly usage: (Usage[] | undefined)[];
  private declaredPairs = new Set<string>();

  constructor(
    private readonly linter: Linter,
    readonly path: string,
  ) {
    this.summary = { file: path, direction: null, units: 0, segments: 0, skipped: {} };
    linter.files.push(this.summary);
    this.usage = new Array<Usage[] | undefined>(linter.index.size);
    if (linter.options.direction) this.direction = this.summary.direction = linter.options.direction;
  }

  private skip(reason: SkipReason): void {
    this.summary.skipped[reason] = (this.summary.skipped[reason] ?? 0) + 1;
  }

  /** Counts an entry the reader read but did not yield as a unit (the PO header, obsolete entries). */
  skipped(reason: SkipReason): void {
    this.skip(reason);
  }

  unit(unit: Unit): void {
    this.units([unit]);
  }

  /** Checks a batch of units; the zh→en segments among them are checked as one run. */
  units(batch: readonly Unit[]): void {
    const pairs: Pair[] = [];
    const ids: string[] = [];
    for (const unit of batch) {
      this.summary.units++;
      if (unit.skip) {
        this.skip(unit.skip);
        continue;
      }
      for (const segment of unit.segments) {
        if (segment.skip) {
          this.skip(segment.skip);
          continue;
        }
        const id = unit.segments.length > 1 ? `${unit.id}#${segment.id}` : unit.id;
        if (!segment.variants.some((v) => v.role === 'target')) {
          this.skip('no-target'); // an XLIFF segment not yet translated has no <target> at all
          continue;
        }
        const pair = this.pair(segment);
        if (!pair) {
          // neither declarations nor script tell the direction yet (both sides Latin, say)
          this.skip('undecided');
          continue;
        }
        const target = pair.direction === 'zh-en' ? pair.en : pair.zh;
        if (target.text.trim() === '') {
          this.skip('empty-target');
          continue;
        }
        this.summary.segments++;
        if (pair.direction === 'zh-en') {
          pairs.push(pair);
          ids.push(id);
        } else this.checkEnZh(pair, id);
      }
    }
    if (pairs.length === 0) return;
    // the Chinese sides joined by line breaks: the run's text, segment k at [starts[k], ends[k])
    const starts = new Int32Array(pairs.length);
    const ends = new Int32Array(pairs.length);
    let at = 0;
    pairs.forEach((p, k) => {
      starts[k] = at;
      ends[k] = at += p.zh.text.length;
      at++;
    });
    const text = pairs.length === 1 ? pairs[0]!.zh.text : pairs.map((p) => p.zh.text).join('\n');
    this.checkZhEnRun(new PairRun(this.path, pairs, ids), text, starts, ends, null);
  }

  /**
   * Checks a chunk of aligned lines (readAlignedChunks) without a unit per line: once the
   * direction is zh→en, the source chunk is normalised and scanned as it was read.
   */
  aligned(chunk: AlignedChunk, sourcePath: string, targetPath: string): void {
    const { source, targets } = chunk;
    let first = 0;
    // until the first line that tells, the general path decides the direction
    for (; first < source.count && this.direction === undefined; first++) this.units([alignedUnit(chunk, first, sourcePath, targetPath)]);
    if (this.direction !== 'zh-en') {
      for (let k = first; k < source.count; k++) this.units([alignedUnit(chunk, k, sourcePath, targetPath)]);
      return;
    }
    const skip = new Uint8Array(source.count);
    for (let k = 0; k < source.count; k++) {
      if (k < first) skip[k] = 1;
      else {
        this.summary.units++;
        if (targets[k]!.trim() === '') {
          skip[k] = 1;
          this.skip('empty-target');
        } else this.summary.segments++;
      }
    }
    this.checkZhEnRun(new AlignedRun(chunk, sourcePath, targetPath), source.text, source.starts, source.ends, skip);
  }

  /**
   * zh→en for a run: the Chinese of every segment normalised into one buffer laid out as `text`
   * (segment k at [starts[k], ends[k]); whatever lies between segments becomes a line break, which
   * no key holds, so no match spans two) and scanned once by the automaton. A segment whose
   * conversion changes its length (rare) is checked on its own, with its offset map.
   */
  private checkZhEnRun(run: SegmentRun, text: string, starts: Int32Array, ends: Int32Array, skip: Uint8Array | null): void {
    const count = starts.length;
    const { scratch, ac, owners } = this.linter.scanner();
    const end = ends[count - 1]!;
    const units = scratch.units(text, end);
    const alone = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      if (skip?.[k] === 1) units.fill(10, s, e);
      else if (normalizeUnits(units, s, e) === Normalized.Length) {
        alone[k] = 1;
        units.fill(10, s, e);
      }
    }
    const hits = scratch.hits;
    hits.clear();
    ac.scanLongest(units, starts[0]!, end, hits);
    let h = 0;
    for (let k = 0; k < count; k++) {
      if (skip?.[k] === 1) continue;
      const e = ends[k]!;
      const h0 = h;
      while (h < hits.length && hits.end(h) <= e) h++;
      if (alone[k] === 1) {
        this.checkZhEnMapped(run, k);
        continue;
      }
      if (h > h0) {
        const stamp = ++scratch.stamp;
        const base = starts[k]!;
        let english: EnglishText | undefined;
        for (let j = h0; j < h; j++) {
          const key = hits.key(j);
          const i = owners[key]!;
          if (scratch.seen[i] === stamp) continue; // one verdict per entry per segment
          scratch.seen[i] = stamp;
          english ??= new EnglishText(run.en(k));
          const hitEnd = hits.end(j) - base;
          this.verdict(run, k, english, i, hitEnd - ac.keyLength(key), hitEnd, null);
        }
      }
      this.checkUntranslated(run, k, 'en');
    }
  }

  /** zh→en for one segment whose conversion changes its length: offsets go through its map. */
  private checkZhEnMapped(run: SegmentRun, k: number): void {
    const mapped = toSimplifiedMapped(run.zh(k));
    const english = new EnglishText(run.en(k));
    const seen = new Set<number>();
    for (const hit of this.linter.index.matchChinese(mapped.text)) {
      if (seen.has(hit.index)) continue;
      seen.add(hit.index);
      this.verdict(run, k, english, hit.index, hit.start, hit.end, mapped);
    }
    this.checkUntranslated(run, k, 'en');
  }

  /**
   * The verdict on entry `i`, found at [start, end) of segment k's normalised Chinese: its
   * English has an avoided rendering (avoid-term), an admitted one (counted for
   * inconsistent-term), or none (missing-term).
   */
  private verdict(run: SegmentRun, k: number, english: EnglishText, i: number, start: number, end: number, mapped: MappedText | null): void {
    const { rules } = this.linter.options;
    const entry = this.linter.index.entry(i);
    const m = this.linter.matchers(i);
    const admitted = m.admitted.findFirst(english);
    let avoided = m.avoid.findAllIn(english);
    if (avoided.length > 0) {
      // an avoided rendering inside an admitted one ("Belt and Road" in "Belt and Road Initiative") is fine
      const all = m.admitted.findAllIn(english);
      avoided = avoided.filter((a) => !all.some((b) => b.start <= a.start && a.end <= b.end));
    }
    if (avoided.length > 0) {
      if (rules['avoid-term'] !== 'off') {
        const a = avoided[0]!;
        this.linter.problems.push(avoidProblem(rules['avoid-term'], run.id(k), run.enPlace(k, a.start), entry, english.text.slice(a.start, a.end)));
      }
      return;
    }
    if (admitted) {
      this.use(i, admitted.phrase.value, run, k, 'en', admitted.start);
      return;
    }
    if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
      const span = mapped ? originalSpan(mapped, start, end) : { start, end };
      const source = run.zh(k).slice(span.start, span.end);
      const expected = [entry.en, ...entry.en_also];
      this.linter.problems.push(missingProblem(rules['missing-term'], run.id(k), run.zhPlace(k, span.start), entry, expected, `"${source}"${source !== entry.zh ? ` (${entry.zh})` : ''}`));
    }
  }

  /** Decides the direction on the first segment that tells, then pairs every segment by it. */
  private pair(segment: Segment): Pair | undefined {
    if (this.direction) return pairForDirection(segment, this.direction);
    const declared = pairByDeclaration(segment);
    const byScript = pairByScript(segment);
    // translate-toolkit writes source-language="en-US" for any PO it converts: a declaration
    // that the script of the text contradicts gives way to the script, with a notice
    const contradicted = byScript && (isEnglishLang(byScript.zh.lang) || isChineseLang(byScript.en.lang));
    if (byScript && ((declared && declared.direction !== byScript.direction) || contradicted)) {
      this.linter.notices.push(
        `${this.path}: the file declares ${declaredLanguages(segment)}, but the ${byScript.direction === 'zh-en' ? 'source' : 'target'} text is Chinese; checking ${byScript.direction} (use --direction to force)`,
      );
      return this.decide(byScript.direction, segment);
    }
    if (declared) return this.decide(declared.direction, segment);
    const langs = segment.variants.map((v) => v.lang).filter((l): l is string => l !== undefined);
    if (langs.length >= 2 && !(langs.some(isChineseLang) && langs.some(isEnglishLang))) {
      // Not a Chinese–English file at all: say which languages it has (exit 2).
      const key = langs.join(',');
      if (!this.declaredPairs.has(key)) {
        this.declaredPairs.add(key);
        throw new UserError(
          `${this.path} is not a Chinese–English file: it declares ${declaredLanguages(segment)}`,
          undefined,
          'shuyu checks Chinese↔English translations; use --direction zh-en or en-zh if the declaration is wrong',
        );
      }
    }
    if (byScript) return this.decide(byScript.direction, segment);
    return undefined;
  }

  private decide(direction: Direction, segment: Segment): Pair | undefined {
    this.direction = direction;
    this.summary.direction = direction;
    return pairForDirection(segment, direction);
  }

  /** English source, Chinese target. */
  private checkEnZh(pair: Pair, id: string): void {
    const { rules } = this.linter.options;
    const index = this.linter.index;
    const file = this.path;
    const source = pair.en.text;
    const mapped = toSimplifiedMapped(pair.zh.text);
    const target = mapped.text;
    const seen = new Set<number>();
    const run = new PairRun(file, [pair], [id]);
    const all = this.linter.termMatcher().findAll(source);
    for (const m of longestFirst(all)) {
      // Several entries may share a rendering (渝 and 重庆 are both "Chongqing"): any of their
      // Chinese forms satisfies it, and the entry reported is the one whose preferred rendering
      // it is, the full form before the abbreviation.
      const group = [...new Set(all.filter((x) => x.start === m.start && x.end === m.end).map((x) => x.phrase.value))].filter((g) => !seen.has(g));
      if (group.length === 0) continue;
      const english = source.slice(m.start, m.end);
      const key = englishKey(english);
      const score = (g: number) => {
        const e = index.entry(g);
        return (englishKey(e.en) === key ? 1000 : 0) + e.zh.length;
      };
      group.sort((a, b) => score(b) - score(a));
      for (const g of group) seen.add(g);
      const i = group[0]!;
      const entry = index.entry(i);
      const forms = group.flatMap((g) => index.column('zh').get(g).split(ALT)); // zh, zh_also, regional forms
      const avoided = entry.zh_avoid.map((a) => ({ a, at: target.indexOf(normalizeChinese(a)) })).find((x) => x.at !== -1 && !forms.some((f) => f.includes(normalizeChinese(x.a)) && target.includes(f)));
      if (avoided) {
        if (rules['avoid-term'] !== 'off') {
          const span = originalSpan(mapped, avoided.at, avoided.at + normalizeChinese(avoided.a).length);
          const found = pair.zh.text.slice(span.start, span.end);
          this.linter.problems.push({
            rule: 'avoid-term',
            severity: rules['avoid-term'],
            segment: id,
            ...lineColumn(placeOf(pair.zh, span.start, pair.zh.file ?? file)),
            term: entry.zh,
            expected: [entry.zh, ...entry.zh_also],
            found,
            message: `"${found}" is a rendering to avoid for "${source.slice(m.start, m.end)}": use "${entry.zh}"`,
          });
        }
        continue;
      }
      const used = forms.find((f) => target.includes(f));
      if (used) {
        const at = target.indexOf(used);
        this.use(i, used, run, 0, 'zh', originalSpan(mapped, at, at + used.length).start);
        continue;
      }
      if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
        const expected = [...new Set(group.flatMap((g) => [index.entry(g).zh, ...index.entry(g).zh_also]))];
        this.linter.problems.push(missingProblem(rules['missing-term'], id, placeOf(pair.en, m.start, pair.en.file ?? file), entry, expected, `"${english}"`));
      }
    }
    this.checkUntranslated(run, 0, 'zh');
  }

  /** Han left in an English target, none in a Chinese target, or the source copied. */
  private checkUntranslated(run: SegmentRun, k: number, side: 'en' | 'zh'): void {
    const severity = this.linter.options.rules.untranslated;
    if (severity === 'off') return;
    const target = side === 'en' ? run.en(k) : run.zh(k);
    const source = side === 'en' ? run.zh(k) : run.en(k);
    // A name, a code or a template copied unchanged is normal in software files (Firefox,
    // {{ author }}, git clone …): only prose left untranslated is worth a warning.
    if (!isProse(source)) return;
    let at = -1;
    let why = '';
    if (source.trim() === target.trim()) {
      at = 0;
      why = 'the target is a copy of the source';
    } else if (side === 'en' && hasHan(target)) {
      at = firstHan(target);
      why = 'Chinese characters are left in the English target';
    } else if (side === 'zh' && !hasHan(target) && /\p{L}/u.test(source)) {
      at = 0;
      why = 'the Chinese target has no Chinese characters';
    }
    if (at < 0) return;
    this.linter.problems.push({
      rule: 'untranslated',
      severity,
      segment: run.id(k),
      ...lineColumn(side === 'en' ? run.enPlace(k, at) : run.zhPlace(k, at)),
      term: '',
      expected: [],
      found: target.length > 60 ? `${target.slice(0, 57)}…` : target,
      message: why,
    });
  }

  /** Counts a rendering's use; where it was (segment k of a run, an offset on one side) is kept for the first only. */
  private use(entry: number, rendering: string, run: SegmentRun, k: number, side: 'en' | 'zh', offset: number): void {
    let uses = this.usage[entry];
    if (!uses) this.usage[entry] = uses = [];
    // renderings are the glossary's own strings (an entry has a few): compared as the same string
    for (const u of uses) {
      if (u.rendering === rendering) {
        u.count++;
        return;
      }
    }
    uses.push({ rendering, count: 1, first: { segment: () => run.id(k), at: () => (side === 'en' ? run.enPlace(k, offset) : run.zhPlace(k, offset)) } });
  }

  /** Ends the file: inconsistent-term across its segments. */
  finish(): FileSummary {
    const severity = this.linter.options.rules['inconsistent-term'];
    if (severity !== 'off') {
      this.usage.forEach((uses, i) => {
        if (!uses || uses.length < 2) return;
        const entry = this.linter.index.entry(i);
        const usages = [...uses].sort((a, b) => b.count - a.count);
        const main = usages[0]!;
        for (const u of usages.slice(1)) {
          this.linter.problems.push({
            rule: 'inconsistent-term',
            severity,
            segment: u.first.segment(),
            ...lineColumn(u.first.at()),
            term: entry.zh,
            expected: [main.rendering],
            found: u.rendering,
            message: `"${entry.zh}" is rendered "${u.rendering}" here (${u.count}×) but "${main.rendering}" in ${main.count} other segment${main.count === 1 ? '' : 's'} of this file`,
          });
        }
      });
    }
    return this.summary;
  }
}

/** Text with at least two words once placeholders, tags, addresses and code are taken out. */
function isProse(text: string): boolean {
  if (hasHan(text)) return true;
  const words = text
    .replace(/\{\{.*?\}\}|\{%.*?%\}|\{\d*\}|%[\d$.]*[@sdifuxXegc]|<[^>]*>|\S+:\/\/\S+|\S+@\S+/g, ' ')
    .match(/\p{L}{2,}/gu);
  return (words?.length ?? 0) >= 2;
}

/**
 * Whether a rendering marks the term in an English source (en→zh). A one-word rendering that
 * is an ordinary English word (issue, source, level, enable: renderings of 印发, 策源地, 能级,
 * 赋能) translates many other things, and matching it on every occurrence buries the real
 * problems: on the real Xcode and Angular files it gave every error. So a one-word rendering
 * counts only when it is a name or an acronym (capitalised in the glossary), or the entry's
 * preferred rendering of a noun that is a term of art by its length (incubator, makerspace);
 * and entries that are verbs (落地 "set up", 印发 "issue") are not looked for at all.
 */
export function isSourceKey(e: IndexedEntry, rendering: string): boolean {
  // a verb's renderings (set up, issue, empower) are everyday English in any software string
  if (e.pos === 'verb') return false;
  const words = rendering.trim().split(/[\s\-–]+/);
  if (words.length > 1) return true;
  if (/^[A-Z0-9]/.test(rendering)) return true;
  return rendering === e.en && rendering.length >= 8 && e.pos !== 'adjective';
}

/** An acronym (HNTE, MOST, CAS) is matched with its case: "most" is not the ministry. */
function isAcronym(rendering: string): boolean {
  return /^[A-Z0-9&]{2,}s?$/.test(rendering.trim());
}

/** missing-term for an entry at a place; a draft entry's is a warning. */
function missingProblem(severity: Severity, segment: string, at: Place, entry: IndexedEntry, expected: string[], what: string): Problem {
  return {
    rule: 'missing-term',
    severity: entry.status === 'draft' ? 'warning' : severity,
    segment,
    ...lineColumn(at),
    term: entry.zh,
    expected,
    found: null,
    message: `${what} should be rendered ${quoteList(expected)}`,
  };
}

function avoidProblem(severity: Severity, segment: string, at: Place, entry: IndexedEntry, found: string): Problem {
  return {
    rule: 'avoid-term',
    severity,
    segment,
    ...lineColumn(at),
    term: entry.zh,
    expected: [entry.en, ...entry.en_also],
    found,
    message: `"${found}" is a rendering to avoid for "${entry.zh}": use "${entry.en}"`,
  };
}

/** The place of a problem: the file it is in (aligned text has two), line and column. */
function lineColumn(at: Place): { file: string; line: number; column: number } {
  return { file: at.file, line: at.line, column: at.column };
}

function quoteList(xs: readonly string[]): string {
  const q = xs.map((x) => `"${x}"`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Keeps the longest of overlapping matches ("pilot-scale testing platform" over "platform"). */
export function longestFirst<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhraseMatch<T>[] = [];
  let reach = -1;
  for (const m of sorted) {
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** Problems in file order, then by line and column; identical problems once. */
function sortProblems(problems: Problem[], fileOrder: string[]): Problem[] {
  const order = new Map(fileOrder.map((f, i) => [f, i]));
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    .filter((p) => {
      const key = `${p.file}\0${p.segment}\0${p.rule}\0${p.term}\0${p.line}\0${p.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    // the field order of DESIGN §3, whatever order the rules built them in
    .map(({ rule, severity, file, segment, line, column, term, expected, found, message }) => ({ rule, severity, file, segment, line, column, term, expected, found, message }));
}
