// What the linter reports: problems, per-file summaries and the result of a run. Every rule
// builds its problems with `problemAt`, so each one has the same fields, whichever rule made it.
import type { Place } from '../errors.js';
import { ownString } from '../text/own-string.js';
import type { Direction } from './direction.js';
import type { RuleId, Severity } from './rules.js';
import type { SkipReason } from './segment.js';

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
  /** Glossary terms found in the sources and checked (entries with `lint: off` are not). */
  terms: number;
  skipped: SkipCounts;
}

export interface LintSummary {
  files: number;
  units: number;
  /** Segments checked. */
  segments: number;
  /** Glossary terms found in the sources and checked: what findings are a share of (npm run eval). */
  terms: number;
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

/** The fields of a problem that a rule decides. */
export interface Finding {
  rule: RuleId;
  severity: Severity;
  term: string;
  expected: string[];
  found: string | null;
  message: string;
}

/**
 * A finding at a place in a segment: the one way a problem is built. Its strings are copied:
 * cut from the reader's chunks, they would keep every chunk with a problem alive.
 */
export function problemAt(segment: string, at: Place, finding: Finding): Problem {
  return {
    ...finding,
    message: ownString(finding.message),
    found: finding.found === null ? null : ownString(finding.found),
    segment: ownString(segment),
    file: at.file,
    line: at.line,
    column: at.column,
  };
}

/** "a", "a" or "b", "a", "b" or "c". */
export function quoteList(xs: readonly string[]): string {
  const q = xs.map(quote);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/**
 * A rendering in straight quotes; quotes inside it become curly ones, so that '"little giant"
 * enterprise' reads "“little giant” enterprise", not ""little giant" enterprise".
 */
export function quote(text: string): string {
  return `"${text.replace(/"([^"]*)"/g, '“$1”').replace(/"/g, '”')}"`;
}

/** Problems in file order, then by line and column; identical problems once. */
export function sortProblems(problems: readonly Problem[], fileOrder: readonly string[]): Problem[] {
  const order = new Map(fileOrder.map((f, i) => [f, i]));
  const seen = new Set<string>();
  return [...problems]
    .sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
    .filter((p) => {
      const key = `${p.file}\0${p.segment}\0${p.rule}\0${p.term}\0${p.line}\0${p.column}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** The run's totals over its files. */
export function summarize(problems: readonly Problem[], files: readonly FileSummary[]): LintSummary {
  const skipped: SkipCounts = {};
  for (const f of files) for (const [k, v] of Object.entries(f.skipped)) skipped[k as SkipReason] = (skipped[k as SkipReason] ?? 0) + v;
  const directions = new Set(files.map((f) => f.direction).filter((d) => d !== null));
  return {
    files: files.length,
    units: files.reduce((n, f) => n + f.units, 0),
    segments: files.reduce((n, f) => n + f.segments, 0),
    terms: files.reduce((n, f) => n + f.terms, 0),
    skipped,
    direction: directions.size === 0 ? null : directions.size === 1 ? [...directions][0]! : 'mixed',
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
