// `shuyu check [PATH...]`: validates glossary files and reports every problem with its place.
// Exit 1 when any error is found, 0 when only warnings (or nothing), 2 for unreadable paths.
import { formatDiagnostic, type Diagnostic } from '../../errors.js';
import { readLayers } from '../../glossary/files.js';
import { loadLayers } from '../../glossary/load.js';
import type { Context, GlobalOptions } from '../main.js';

export interface CheckReport {
  problems: Diagnostic[];
  summary: { files: number; entries: number; errors: number; warnings: number };
}

export async function runCheck(paths: string[], opts: { json?: boolean }, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io, style } = ctx;
  // Paths given: check each on its own (a user's glossary need not agree with the built-in one,
  // it is layered over it). None given: the glossaries the other commands would use.
  const layers = paths.length > 0 ? readLayers({ paths, builtin: false, cwd: io.cwd }) : readLayers({ paths: global.glossary, builtin: global.builtin, cwd: io.cwd });
  const { glossary, problems } = loadLayers(layers);
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
    io.stdout.write(`${JSON.stringify({ problems: problemsJson, summary: report.summary }, null, 2)}\n`);
  } else {
    for (const p of problems) {
      const line = formatDiagnostic(p);
      io.stdout.write(`${p.severity === 'error' ? style.red(line) : style.yellow(line)}\n`);
    }
    const s = report.summary;
    const verdict = s.errors > 0 ? style.red('✗') : style.green('✓');
    io.stdout.write(`${verdict} ${s.files} file${s.files === 1 ? '' : 's'}, ${s.entries} entries: ${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}\n`);
  }
  return report.summary.errors > 0 ? 1 : 0;
}
