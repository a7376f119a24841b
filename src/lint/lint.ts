// The linter: checks the units of translation files against the term index (DESIGN §3).
// Matchers are built once (the Chinese automaton in the index, English phrase matchers per
// entry on first use), so the cost grows with the text, not with the glossary.
import { UserError, type Place } from '../errors.js';
import { ALT, type IndexedEntry, type TermIndex } from '../index/term-index.js';
import { englishKey, EnglishText, PhraseMatcher, type PhraseMatch } from '../text/english.js';
import { hasHan } from '../text/han.js';
import { normalizeChinese, originalSpan, toSimplifiedMapped, type MappedText } from '../text/script.js';
import { isChineseLang, isEnglishLang } from '../text/languages.js';
import { declaredLanguages, pairByDeclaration, pairByScript, pairForDirection, type Direction, type Pair } from './languages.js';
import type { RuleId, RuleSettings, Severity } from './rules.js';
import { placeOf, type Segment, type SkipReason, type Unit, type Variant } from './segment.js';

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
  /** Where it was first used; the place is worked out only if a problem needs it. */
  first: { segment: string; at: () => Place };
}

export class Linter {
  readonly problems: Problem[] = [];
  readonly files: FileSummary[] = [];
  readonly notices: string[] = [];
  private readonly entryMatchers = new Map<number, EntryMatchers>();
  private englishTerms?: PhraseMatcher<number>;
  private englishAvoid?: PhraseMatcher<number>;

  constructor(
    readonly index: TermIndex,
    readonly options: LintOptions,
  ) {}

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

  /** Admitted and avoided English renderings of one entry, built on first use. */
  matchers(i: number): EntryMatchers {
    let m = this.entryMatchers.get(i);
    if (!m) {
      const e = this.index.entry(i);
      const cs = e.case_sensitive;
      m = {
        admitted: new PhraseMatcher([e.en, ...e.en_also].map((text) => ({ text, caseSensitive: cs, value: text }))),
        avoid: new PhraseMatcher(e.en_avoid.map((text) => ({ text, caseSensitive: cs, value: text }))),
      };
      this.entryMatchers.set(i, m);
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
      for (let i = 0; i < this.index.size; i++) {
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

export class FileLinter {
  private direction?: Direction;
  private readonly summary: FileSummary;
  private readonly usage = new Map<number, Map<string, Usage>>();
  private declaredPairs = new Set<string>();

  constructor(
    private readonly linter: Linter,
    readonly path: string,
  ) {
    this.summary = { file: path, direction: null, units: 0, segments: 0, skipped: {} };
    linter.files.push(this.summary);
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

  /**
   * Checks a batch of units. The Chinese sides of a batch's zh→en segments are normalised and
   * scanned as one text (keys never hold a line break, so joined by one nothing matches across
   * two segments): one conversion pass and one automaton run instead of one a segment.
   */
  units(batch: readonly Unit[]): void {
    const zhEn: { pair: Pair; id: string }[] = [];
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
        if (pair.direction === 'zh-en') zhEn.push({ pair, id });
        else this.checkEnZh(pair, id);
      }
    }
    if (zhEn.length === 1) this.checkZhEn(zhEn[0]!.pair, zhEn[0]!.id);
    else if (zhEn.length > 1) this.checkZhEnBatch(zhEn);
  }

  private checkZhEnBatch(segments: { pair: Pair; id: string }[]): void {
    const starts: number[] = [];
    let at = 0;
    for (const s of segments) {
      starts.push(at);
      at += s.pair.zh.text.length + 1;
    }
    const joined = toSimplifiedMapped(segments.map((s) => s.pair.zh.text).join('\n'));
    if (joined.starts) {
      // a conversion changed a length somewhere: offsets need each segment's own map
      for (const s of segments) this.checkZhEn(s.pair, s.id);
      return;
    }
    const hits = this.linter.index.matchChinese(joined.text);
    let h = 0;
    segments.forEach((s, k) => {
      const start = starts[k]!;
      const end = start + s.pair.zh.text.length;
      const mine: Shifted[] = [];
      for (; h < hits.length && hits[h]!.start < end; h++) {
        const hit = hits[h]!;
        if (hit.start >= start) mine.push({ index: hit.index, entry: hit.entry, start: hit.start - start, end: hit.end - start });
      }
      const text = joined.text.slice(start, end);
      this.checkZhEnHits(s.pair, s.id, { text, starts: null, ends: null }, mine);
    });
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

  /** Chinese source, English target. */
  private checkZhEn(pair: Pair, id: string): void {
    const mapped = toSimplifiedMapped(pair.zh.text);
    this.checkZhEnHits(pair, id, mapped, this.linter.index.matchChinese(mapped.text));
  }

  /** Chinese source, English target, with the terms found in the normalised source. */
  private checkZhEnHits(pair: Pair, id: string, mapped: MappedText, hits: readonly Shifted[]): void {
    const { rules } = this.linter.options;
    const file = this.path;
    const target = pair.en.text;
    const english = new EnglishText(target);
    const seen: number[] = [];
    for (const hit of hits) {
      if (seen.includes(hit.index)) continue; // one verdict per entry per segment
      seen.push(hit.index);
      const entry = hit.entry;
      const m = this.linter.matchers(hit.index);
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
          this.linter.problems.push(avoidProblem(rules['avoid-term'], id, placeOf(pair.en, a.start, pair.en.file ?? file), entry, target.slice(a.start, a.end)));
        }
        continue;
      }
      if (admitted) {
        this.use(hit.index, admitted.phrase.value, id, pair.en, admitted.start);
        continue;
      }
      if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
        const span = originalSpan(mapped, hit.start, hit.end);
        const source = pair.zh.text.slice(span.start, span.end);
        const expected = [entry.en, ...entry.en_also];
        const at = placeOf(pair.zh, span.start, pair.zh.file ?? file);
        this.linter.problems.push(missingProblem(rules['missing-term'], id, at, entry, expected, `"${source}"${source !== entry.zh ? ` (${entry.zh})` : ''}`));
      }
    }
    this.checkUntranslated(pair, id, pair.en);
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
        this.use(i, used, id, pair.zh, originalSpan(mapped, at, at + used.length).start);
        continue;
      }
      if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
        const expected = [...new Set(group.flatMap((g) => [index.entry(g).zh, ...index.entry(g).zh_also]))];
        this.linter.problems.push(missingProblem(rules['missing-term'], id, placeOf(pair.en, m.start, pair.en.file ?? file), entry, expected, `"${english}"`));
      }
    }
    this.checkUntranslated(pair, id, pair.zh);
  }

  /** Han left in an English target, none in a Chinese target, or the source copied. */
  private checkUntranslated(pair: Pair, id: string, target: Variant): void {
    const severity = this.linter.options.rules.untranslated;
    if (severity === 'off') return;
    const source = target === pair.en ? pair.zh : pair.en;
    // A name, a code or a template copied unchanged is normal in software files (Firefox,
    // {{ author }}, git clone …): only prose left untranslated is worth a warning.
    if (!isProse(source.text)) return;
    const file = this.path;
    let at = -1;
    let why = '';
    if (source.text.trim() === target.text.trim()) {
      at = 0;
      why = 'the target is a copy of the source';
    } else if (target === pair.en && hasHan(target.text)) {
      at = target.text.search(/[\u3400-\u9fff\uf900-\ufaff]/u);
      why = 'Chinese characters are left in the English target';
    } else if (target === pair.zh && !hasHan(target.text) && /\p{L}/u.test(source.text)) {
      at = 0;
      why = 'the Chinese target has no Chinese characters';
    }
    if (at < 0) return;
    this.linter.problems.push({
      rule: 'untranslated',
      severity,
      segment: id,
      ...lineColumn(placeOf(target, at, target.file ?? file)),
      term: '',
      expected: [],
      found: target.text.length > 60 ? `${target.text.slice(0, 57)}…` : target.text,
      message: why,
    });
  }

  /** Counts a rendering's use; its place (a variant and an offset in it) is kept for the first only. */
  private use(entry: number, rendering: string, segment: string, variant: Variant, offset: number): void {
    let byRendering = this.usage.get(entry);
    if (!byRendering) this.usage.set(entry, (byRendering = new Map()));
    // renderings are the glossary's own strings, so the string itself is the key
    const u = byRendering.get(rendering);
    if (u) u.count++;
    else {
      const file = variant.file ?? this.path;
      byRendering.set(rendering, { rendering, count: 1, first: { segment, at: () => placeOf(variant, offset, file) } });
    }
  }

  /** Ends the file: inconsistent-term across its segments. */
  finish(): FileSummary {
    const severity = this.linter.options.rules['inconsistent-term'];
    if (severity !== 'off') {
      for (const [i, byRendering] of this.usage) {
        if (byRendering.size < 2) continue;
        const entry = this.linter.index.entry(i);
        const usages = [...byRendering.values()].sort((a, b) => b.count - a.count);
        const main = usages[0]!;
        for (const u of usages.slice(1)) {
          this.linter.problems.push({
            rule: 'inconsistent-term',
            severity,
            segment: u.first.segment,
            ...lineColumn(u.first.at()),
            term: entry.zh,
            expected: [main.rendering],
            found: u.rendering,
            message: `"${entry.zh}" is rendered "${u.rendering}" here (${u.count}×) but "${main.rendering}" in ${main.count} other segment${main.count === 1 ? '' : 's'} of this file`,
          });
        }
      }
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
