// Output formats of `shuyu lint` (DESIGN §3): each a pure function from the result to text,
// looked up by name in one table. The CLI picks one and derives the exit code from the summary.
import type { Style } from '../../style.js';
import { csvRow } from '../../text/csv.js';
import { escapeJsonControls, visibleLine } from '../../text/terminal.js';
import type { LintResult, Problem } from '../problem.js';
import { RULES } from '../rules.js';

export interface FormatOptions {
  style: Style;
  /** shuyu's version, for SARIF's tool.driver. */
  version: string;
}

export type Formatter = (result: LintResult, options: FormatOptions) => string;

/** Grouped by file, one line a problem: where, severity, message, rule (ESLint's stylish). */
export const formatStylish: Formatter = (result, { style }) => {
  const out: string[] = [];
  let file = '';
  for (const p of result.problems.map(visibleProblem)) {
    if (p.file !== file) {
      if (file) out.push('');
      out.push(style.underline(p.file));
      file = p.file;
    }
    const sev = p.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    out.push(`  ${style.dim(`${p.line}:${p.column}`.padEnd(8))} ${sev}  ${p.message}  ${style.dim(`${p.rule} [${p.segment}]`)}`);
  }
  const s = result.summary;
  if (out.length) out.push('');
  const skipped = Object.entries(s.skipped)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const counts = `${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`;
  const mark = s.errors > 0 ? style.red('✗') : s.warnings > 0 ? style.yellow('!') : style.green('✓');
  out.push(
    `${mark} ${counts} in ${s.segments} segment${s.segments === 1 ? '' : 's'} of ${s.files} file${s.files === 1 ? '' : 's'}` +
      `${s.direction ? ` (${s.direction})` : ''}${skipped ? `; not checked: ${skipped}` : ''}`,
  );
  return `${out.join('\n')}\n`;
};

/** DESIGN §3's JSON shape, with the per-file summaries and notices added. */
export const formatJson: Formatter = (result) =>
  `${escapeJsonControls(JSON.stringify({ problems: result.problems.map(inDesignOrder), summary: result.summary, files: result.files, notices: result.notices }, null, 2))}\n`;

/**
 * A problem whose text fields (from the file: ids, terms, renderings found, the message that
 * quotes them) show control characters as escapes: no text output writes them raw (issue 18).
 */
function visibleProblem(p: Problem): Problem {
  return {
    ...p,
    file: visibleLine(p.file),
    segment: visibleLine(p.segment),
    term: visibleLine(p.term),
    expected: p.expected.map(visibleLine),
    found: p.found === null ? null : visibleLine(p.found),
    message: visibleLine(p.message),
  };
}

/** A problem with its fields in the order of DESIGN §3, whichever order the rule built them in. */
function inDesignOrder({ rule, severity, file, segment, line, column, term, expected, found, message }: Problem): Problem {
  return { rule, severity, file, segment, line, column, term, expected, found, message };
}

/** SARIF 2.1.0, for code-scanning UIs. */
export const formatSarif: Formatter = (result, { version }) => {
  const ruleIds = Object.keys(RULES) as (keyof typeof RULES)[];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shuyu',
            version,
            informationUri: 'https://www.npmjs.com/package/shuyu',
            rules: ruleIds.map((id) => ({
              id,
              shortDescription: { text: RULES[id].description },
              defaultConfiguration: { level: RULES[id].severity },
            })),
          },
        },
        results: result.problems.map((p) => ({
          ruleId: p.rule,
          ruleIndex: ruleIds.indexOf(p.rule),
          level: p.severity,
          message: { text: p.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(p.file) },
                region: { startLine: p.line, startColumn: p.column },
              },
              logicalLocations: [{ name: p.segment, kind: 'member' }],
            },
          ],
          properties: { term: p.term, expected: p.expected, found: p.found, segment: p.segment },
        })),
      },
    ],
  };
  return `${escapeJsonControls(JSON.stringify(sarif, null, 2))}\n`;
};

/** GitHub Actions workflow commands: one annotation a problem. */
export const formatGithub: Formatter = (result) =>
  result.problems
    .map(visibleProblem)
    .map((p) => `::${p.severity} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${escapeProperty(`shuyu ${p.rule}`)}::${escapeData(p.message)}`)
    .join('\n') + (result.problems.length ? '\n' : '');

/** One row a problem, for a reviewer's spreadsheet; formula-like cells neutralised. */
export const formatCsv: Formatter = (result) => {
  const rows = [['file', 'segment', 'line', 'column', 'severity', 'rule', 'term', 'expected', 'found', 'message']];
  for (const p of result.problems.map(visibleProblem)) rows.push([p.file, p.segment, String(p.line), String(p.column), p.severity, p.rule, p.term, p.expected.join(' | '), p.found ?? '', p.message]);
  return `${rows.map((r) => csvRow(r)).join('\r\n')}\r\n`;
};

export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  csv: formatCsv,
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function toUri(file: string): string {
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

