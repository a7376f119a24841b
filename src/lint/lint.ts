// The linter: checks the units of translation files against the term index (DESIGN §3). The
// engine reads units, decides each file's direction and hands every term found to the rules
// (src/lint/rules/, one module a rule). Matchers are built once (the Chinese automaton in the
// index, English phrase matchers per entry on first use), so the cost grows with the text, not
// with the glossary.
import type { TermIndex } from '../index/term-index.js';
import { EnglishText, PhraseMatcher } from '../text/english.js';
import { toSimplifiedMapped } from '../text/script.js';
import type { CheckContext, EntryMatchers } from './check-context.js';
import { DirectionDecider, type Direction, type Pair } from './direction.js';
import { checkEnZh } from './en-zh.js';
import { isAcronym, isSourceKey, longestFirst } from './english-source.js';
import { alignedUnit, type AlignedChunk } from './formats/aligned.js';
import { problemAt, sortProblems, summarize, type FileSummary, type LintResult, type Problem } from './problem.js';
import type { RuleSettings } from './rules.js';
import { avoidTerm } from './rules/avoid-term.js';
import { RenderingLog } from './rules/inconsistent-term.js';
import { untranslated } from './rules/untranslated.js';
import { ZhScanner } from './scan-zh.js';
import { placeOf } from '../read/position.js';
import type { SkipReason, Unit, Variant } from './segment.js';
import { AlignedRun, PairRun, type SegmentRun } from './segment-run.js';
import { checkTerm, type TargetWords } from './zh-en.js';

export type { FileSummary, LintResult, LintSummary, Problem, SkipCounts } from './problem.js';

export interface LintOptions {
  rules: RuleSettings;
  /** Forces the direction (`--direction`); otherwise each file's declarations and script decide. */
  direction?: Direction;
}

export class Linter {
  private readonly problems: Problem[] = [];
  private readonly files: FileSummary[] = [];
  private readonly notices: string[] = [];
  private readonly entryMatchers: (EntryMatchers | undefined)[];
  private englishTerms?: PhraseMatcher<number>;
  private englishAvoid?: PhraseMatcher<number>;
  private zhScanner?: ZhScanner;

  constructor(
    readonly index: TermIndex,
    readonly options: LintOptions,
  ) {
    this.entryMatchers = new Array<EntryMatchers | undefined>(index.size);
  }

  /** Starts a file; feed it units, then call finish(). */
  file(path: string): FileLinter {
    return new FileLinter(this, path, this.summary(path));
  }

  /** Starts a monolingual English file (a .txt or .md translation): only avoid-term applies. */
  englishFile(path: string): EnglishFileLinter {
    return new EnglishFileLinter(this, path, this.summary(path));
  }

  /** The problems found while `work` runs, taken out of the run's result (glossary examples). */
  collect(work: () => void): Problem[] {
    const before = this.problems.length;
    work();
    return this.problems.splice(before);
  }

  result(): LintResult {
    const problems = sortProblems(this.problems, this.files.map((f) => f.file));
    return { problems, files: this.files, notices: this.notices, summary: summarize(problems, this.files) };
  }

  emit(problem: Problem): void {
    this.problems.push(problem);
  }

  notice(text: string): void {
    this.notices.push(text);
  }

  /** Finds renderings to avoid in English running text. */
  checkEnglish(path: string, id: string, variant: Variant): void {
    const severity = this.options.rules['avoid-term'];
    if (severity === 'off') return;
    for (const m of longestFirst(this.avoidMatcher().findAllIn(new EnglishText(variant.text)))) {
      const entry = this.index.entry(m.phrase.value);
      this.emit(problemAt(id, placeOf(variant, m.start, variant.file ?? path), avoidTerm(severity, entry, variant.text.slice(m.start, m.end))));
    }
  }

  /** The Chinese automaton and the buffers every file's batches share. */
  scanner(): ZhScanner {
    return (this.zhScanner ??= new ZhScanner(this.index));
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
        loose: undefined,
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

  private avoidMatcher(): PhraseMatcher<number> {
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

  private summary(path: string): FileSummary {
    const summary: FileSummary = { file: path, direction: null, units: 0, segments: 0, terms: 0, skipped: {} };
    this.files.push(summary);
    return summary;
  }
}

/** Counts a unit or segment read but not checked. */
function countSkip(summary: FileSummary, reason: SkipReason): void {
  summary.skipped[reason] = (summary.skipped[reason] ?? 0) + 1;
}

/** A monolingual English file: every variant of every unit is English text to check. */
export class EnglishFileLinter {
  constructor(
    private readonly linter: Linter,
    readonly path: string,
    private readonly summary: FileSummary,
  ) {}

  units(batch: readonly Unit[]): void {
    for (const unit of batch) this.unit(unit);
  }

  unit(unit: Unit): void {
    this.summary.units++;
    if (unit.skip) {
      countSkip(this.summary, unit.skip);
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
    countSkip(this.summary, reason);
  }
}

export class FileLinter implements CheckContext {
  readonly index: TermIndex;
  readonly rules: RuleSettings;
  /** Renderings used in the current document (the file, or an XLIFF `<file>` in it). */
  log: RenderingLog;
  private readonly decider: DirectionDecider;
  /** Relaxed entries missing in some segment: reported at the end if never rendered. */
  private unlessRendered = new Map<number, Problem>();
  /** The document of the units being read, where the format has several. */
  private document: number | undefined;

  constructor(
    private readonly linter: Linter,
    readonly path: string,
    private readonly summary: FileSummary,
  ) {
    this.index = linter.index;
    this.rules = linter.options.rules;
    this.log = new RenderingLog();
    this.decider = new DirectionDecider(path, linter.options.direction, (text) => linter.notice(text));
    summary.direction = this.decider.direction ?? null;
  }

  matchers(i: number): EntryMatchers {
    return this.linter.matchers(i);
  }

  termMatcher(): PhraseMatcher<number> {
    return this.linter.termMatcher();
  }

  emit(problem: Problem): void {
    this.linter.emit(problem);
  }

  emitUnlessRendered(i: number, problem: Problem): void {
    if (!this.unlessRendered.has(i)) this.unlessRendered.set(i, problem);
  }

  countTerm(delta = 1): void {
    this.summary.terms += delta;
  }

  /** Counts an entry the reader read but did not yield as a unit (the PO header, obsolete entries). */
  skipped(reason: SkipReason): void {
    countSkip(this.summary, reason);
  }

  unit(unit: Unit): void {
    this.units([unit]);
  }

  /** Checks a batch of units; the zh→en segments among them are checked as one run. */
  units(batch: readonly Unit[]): void {
    const pairs: Pair[] = [];
    const ids: string[] = [];
    for (const unit of batch) {
      if (unit.document !== undefined && unit.document !== this.document) {
        // a new document: what the last one rendered is checked for consistency on its own
        this.checkPairs(pairs, ids);
        if (this.document !== undefined) this.endDocument();
        this.document = unit.document;
      }
      this.summary.units++;
      if (unit.skip) {
        countSkip(this.summary, unit.skip);
        continue;
      }
      for (const segment of unit.segments) {
        if (segment.skip) {
          countSkip(this.summary, segment.skip);
          continue;
        }
        const id = unit.segments.length > 1 ? `${unit.id}#${segment.id}` : unit.id;
        if (!segment.variants.some((v) => v.role === 'target')) {
          countSkip(this.summary, 'no-target'); // an XLIFF segment not yet translated has no <target> at all
          continue;
        }
        const pair = this.decider.pair(segment);
        this.summary.direction = this.decider.direction ?? null;
        if (!pair) {
          // neither declarations nor script tell the direction yet (both sides Latin, say)
          countSkip(this.summary, 'undecided');
          continue;
        }
        const target = pair.direction === 'zh-en' ? pair.en : pair.zh;
        if (target.text.trim() === '') {
          countSkip(this.summary, 'empty-target');
          continue;
        }
        this.summary.segments++;
        if (pair.direction === 'zh-en') {
          pairs.push(pair);
          ids.push(id);
        } else this.checkUntranslated(checkEnZh(this, pair, id), 0, 'zh');
      }
    }
    this.checkPairs(pairs, ids);
  }

  /** Checks the zh→en pairs gathered so far as one run, and empties the lists. */
  private checkPairs(pairs: Pair[], ids: string[]): void {
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
    this.checkZhEnRun(new PairRun(this.path, [...pairs], [...ids]), text, starts, ends, null);
    pairs.length = 0;
    ids.length = 0;
  }

  /**
   * Checks a chunk of aligned lines (readAlignedChunks) without a unit per line: once the
   * direction is zh→en, the source chunk is normalised and scanned as it was read.
   */
  aligned(chunk: AlignedChunk, sourcePath: string, targetPath: string): void {
    const { source, targets } = chunk;
    let first = 0;
    // until the first line that tells, the general path decides the direction
    for (; first < source.count && this.decider.direction === undefined; first++) this.units([alignedUnit(chunk, first, sourcePath, targetPath)]);
    if (this.decider.direction !== 'zh-en') {
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
          countSkip(this.summary, 'empty-target');
        } else this.summary.segments++;
      }
    }
    this.checkZhEnRun(new AlignedRun(chunk, sourcePath, targetPath), source.text, source.starts, source.ends, skip);
  }

  /** Ends the file. */
  finish(): FileSummary {
    this.endDocument();
    return this.summary;
  }

  /** Ends a document: relaxed entries it never rendered, and inconsistent-term across its segments. */
  private endDocument(): void {
    for (const [i, problem] of this.unlessRendered) if (!this.log.hasUse(i)) this.emit(problem);
    const severity = this.rules['inconsistent-term'];
    if (severity !== 'off') for (const p of this.log.problems(this.index, severity)) this.emit(p);
    this.log.clear();
    this.unlessRendered = new Map();
  }

  /** zh→en for a run: scanned as one text; each term found gets its verdict. */
  private checkZhEnRun(run: SegmentRun, text: string, starts: Int32Array, ends: Int32Array, skip: Uint8Array | null): void {
    let k0 = -1;
    let english: EnglishText | undefined;
    let words: TargetWords = {};
    this.linter.scanner().scan(
      text,
      starts,
      ends,
      skip,
      (k, i, start, end) => {
        if (k !== k0) {
          k0 = k;
          english = new EnglishText(run.en(k));
          words = {};
        }
        checkTerm(this, run, k, english!, words, i, start, end, null);
      },
      (k) => this.checkUntranslated(run, k, 'en'),
      (k) => this.checkZhEnMapped(run, k),
    );
  }

  /** zh→en for one segment whose conversion changes its length: offsets go through its map. */
  private checkZhEnMapped(run: SegmentRun, k: number): void {
    const mapped = toSimplifiedMapped(run.zh(k));
    const english = new EnglishText(run.en(k));
    const words: TargetWords = {};
    const seen = new Set<number>();
    for (const hit of this.index.matchChinese(mapped.text)) {
      if (seen.has(hit.index)) continue;
      seen.add(hit.index);
      checkTerm(this, run, k, english, words, hit.index, hit.start, hit.end, mapped);
    }
    this.checkUntranslated(run, k, 'en');
  }

  private checkUntranslated(run: SegmentRun, k: number, side: 'en' | 'zh'): void {
    const severity = this.rules.untranslated;
    if (severity === 'off') return;
    const target = side === 'en' ? run.en(k) : run.zh(k);
    const source = side === 'en' ? run.zh(k) : run.en(k);
    const u = untranslated(severity, source, target, side);
    if (u) this.emit(problemAt(run.id(k), side === 'en' ? run.enPlace(k, u.offset) : run.zhPlace(k, u.offset), u.finding));
  }
}
