// `shuyu check [PATH...]`: validates glossary files and lints every entry's examples, reporting
// every problem with its place.
// Exit 1 when any error is found, 0 when only warnings (or nothing), 2 for unreadable paths.
import { escapeJsonControls, visibleLine } from '../../text/terminal.js';
import { formatDiagnostic, type Diagnostic } from '../../errors.js';
import { readLayers } from '../../glossary/files.js';
import { loadLayers } from '../../glossary/load.js';
import { TermIndex } from '../../index/term-index.js';
import type { Context, GlobalOptions } from '../context.js';

export interface CheckReport {
  problems: Diagnostic[];
  summary: { files: number; entries: number; errors: number; warnings: number };
}

export async function runCheck(paths: string[], opts: { json?: boolean }, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io, style } = ctx;
  // Paths given: check each on its own (a user's glossary need not agree with the built-in one,
  // it is layered over it). None given: the glossaries the other commands would use.
  const layers = paths.length > 0 ? readLayers({ paths, builtin: false, cwd: io.cwd }) : readLayers({ paths: global.glossary, builtin: global.builtin, cwd: io.cwd });
  const loaded = loadLayers(layers);
  const { glossary } = loaded;
  const problems = [...loaded.problems];
  // Examples are linted once the glossary itself is valid (an invalid one has no index).
  if (!problems.some((p) => p.severity === 'error')) {
    const { buildIndexData } = await import('../../index/build-index.js');
    const { checkExamples } = await import('../../lint/check-examples.js');
    for (const p of checkExamples(new TermIndex(await buildIndexData(glossary)))) problems.push(p);
  }
  const report: CheckReport = {
    problems,
    summary: {
      files: layers.reduce((n, l) => n + l.sources.length, 0),
      entries: glossary.entries.length,
      errors: problems.filter((p) => p.severity === 'error').length,
      warnings: problems.filter((p) => p.severity === 'warning').length,
    },
  };
  if (opts.json) {
    const problemsJson = problems.map((p) => ({ severity: p.severity, message: p.message, file: p.at.file, line: p.at.line, column: p.at.column, ...(p.hint ? { hint: p.hint } : {}) }));
    io.stdout.write(`${escapeJsonControls(JSON.stringify({ problems: problemsJson, summary: report.summary }, null, 2))}\n`);
  } else {
    for (const p of problems) {
      const line = visibleLine(formatDiagnostic(p)); // messages quote the files' text
      io.stdout.write(`${p.severity === 'error' ? style.red(line) : style.yellow(line)}\n`);
    }
    const s = report.summary;
    const examples = glossary.entries.reduce((n, e) => n + e.examples.length, 0);
    const verdict = s.errors > 0 ? style.red('✗') : style.green('✓');
    io.stdout.write(`${verdict} ${s.files} file${s.files === 1 ? '' : 's'}, ${s.entries} entries, ${examples} example${examples === 1 ? '' : 's'}: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`);
  }
  return report.summary.errors > 0 ? 1 : 0;
}
