// `shuyu lint FILE...`: checks translations against the glossary (DESIGN §3) and prints the
// problems in the chosen format. Exit 1 when any error-level problem is found, 0 otherwise;
// 2 for bad usage and unreadable or hostile input.
import { visibleLine } from '../../text/terminal.js';
import { relative, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { readAlignedChunks } from '../../lint/formats/aligned.js';
import { detectFormat, isMonolingual, readUnitBatches } from '../../lint/formats/detect.js';
import { Linter } from '../../lint/lint.js';
import type { Direction } from '../../lint/direction.js';
import { FORMATTERS, type FormatName } from '../../lint/report/formatters.js';
import { parseRuleSettings } from '../../lint/rules.js';
import type { SkipReason, Unit } from '../../lint/segment.js';
import { PLAIN } from '../../style.js';
import { shuyuVersion } from '../../version.js';
import type { Context, GlobalOptions } from '../context.js';
import { openIndex } from '../../index/open-index.js';
import { writeFileAtomic } from '../write-atomic.js';

export interface LintOptions {
  format: string;
  rule: string[];
  direction?: string;
  inputFormat?: string;
  source?: string;
  target?: string;
  includeFuzzy?: boolean;
  quiet?: boolean;
  output?: string;
}

export async function runLint(files: string[], opts: LintOptions, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io } = ctx;
  if (!(opts.format in FORMATTERS)) throw new UserError(`unknown --format "${opts.format}"`, undefined, `formats: ${Object.keys(FORMATTERS).join(', ')}`);
  if (opts.direction !== undefined && opts.direction !== 'zh-en' && opts.direction !== 'en-zh') throw new UserError(`--direction must be zh-en or en-zh, not "${opts.direction}"`);
  if ((opts.source === undefined) !== (opts.target === undefined)) throw new UserError('--source and --target go together', undefined, 'give both: shuyu lint --source zh.txt --target en.txt');
  if (files.length === 0 && opts.source === undefined) throw new UserError('nothing to lint', undefined, 'give translation files (XLIFF, TMX, PO, CSV/TSV, .txt/.md) or --source zh.txt --target en.txt');
  const rules = parseRuleSettings(opts.rule);
  const index = await openIndex(ctx.indexOptions(global));
  const linter = new Linter(index, { rules, ...(opts.direction ? { direction: opts.direction as Direction } : {}) });
  const progress = makeProgress(ctx, Boolean(opts.quiet));

  // Readers hand over units in batches: awaiting each unit costs more than checking it.
  const lintUnits = async (name: string, batches: AsyncIterable<Unit[]>, monolingual = false) => {
    const file = monolingual ? linter.englishFile(name) : linter.file(name);
    let n = 0;
    let shown = 0;
    for await (const batch of batches) {
      file.units(batch);
      n += batch.length;
      if (n - shown >= 5000) progress(`${name}: ${(shown = n)} units`);
    }
    file.finish();
    return file;
  };
  // Readers open the path they report, so give them one that is right from this process and
  // reads as the user wrote it (relative to the working directory).
  const here = (p: string) => relative(process.cwd(), resolve(io.cwd, p)) || p;

  if (opts.source !== undefined && opts.target !== undefined) {
    // units are named by the source file; problems in the target name their own file
    const [source, target] = [here(opts.source), here(opts.target)];
    const file = linter.file(source);
    let n = 0;
    let shown = 0;
    for await (const chunk of readAlignedChunks(source, target)) {
      file.aligned(chunk, source, target);
      n += chunk.source.count;
      if (n - shown >= 5000) progress(`${source}: ${(shown = n)} lines`);
    }
    file.finish();
  }
  for (const file of files) {
    const path = here(file);
    const monolingual = isMonolingual(detectFormat(path, opts.inputFormat));
    // the PO header and obsolete entries are not units, but the summary says they were there
    const skipped: SkipReason[] = [];
    const onSkip = (reason: SkipReason) => void skipped.push(reason);
    const linted = await lintUnits(path, readUnitBatches(path, { ...(opts.inputFormat ? { inputFormat: opts.inputFormat } : {}), includeFuzzy: Boolean(opts.includeFuzzy), onSkip }), monolingual);
    for (const reason of skipped) linted.skipped(reason);
  }
  progress('');

  const result = linter.result();
  const toFile = opts.output !== undefined && opts.output !== '-';
  const style = toFile ? PLAIN : ctx.style;
  const text = FORMATTERS[opts.format as FormatName](result, { style, version: shuyuVersion() });
  if (toFile) writeFileAtomic(resolve(io.cwd, opts.output!), text);
  else io.stdout.write(text);
  for (const notice of result.notices) io.stderr.write(`shuyu: ${visibleLine(notice)}\n`);
  return result.summary.errors > 0 ? 1 : 0;
}

/** Progress on stderr for long runs on a terminal; nothing when piped or with --quiet. */
function makeProgress(ctx: Context, quiet: boolean): (message: string) => void {
  const { stderr } = ctx.io;
  if (quiet || !stderr.isTTY) return () => {};
  let shown = false;
  return (message) => {
    if (message) {
      stderr.write(`\r\x1b[2Kshuyu: linting ${message}`);
      shown = true;
    } else if (shown) stderr.write('\r\x1b[2K');
  };
}
