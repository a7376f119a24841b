// `shuyu lint FILE...`: checks translations against the glossary (DESIGN §3) and prints the
// problems in the chosen format. Exit 1 when any error-level problem is found, 0 otherwise;
// 2 for bad usage and unreadable or hostile input.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UserError } from '../../errors.js';
import { readAlignedChunks, splitAligned } from '../../lint/formats/aligned.js';
import { detectFormat, isMonolingual, readUnitBatches } from '../../lint/formats/detect.js';
import { Linter, type FilePart } from '../../lint/lint.js';
import type { Direction } from '../../lint/languages.js';
import { FORMATTERS, type FormatName } from '../../lint/report/formatters.js';
import { parseRuleSettings } from '../../lint/rules.js';
import type { SkipReason, Unit } from '../../lint/segment.js';
import { PACKAGE_ROOT } from '../../paths.js';
import { PLAIN } from '../../style.js';
import type { Io } from '../io.js';
import type { LintJob, LintJobMessage } from '../lint-worker.js';
import { shuyuVersion } from '../../version.js';
import type { Context, GlobalOptions } from '../main.js';
import { openIndex } from '../open-index.js';
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
  jobs?: string;
}

/** Aligned files are split between threads only above this size: a thread costs ~50 ms to start. */
const MIN_BYTES_PER_THREAD = 2_000_000;

export async function runLint(files: string[], opts: LintOptions, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io } = ctx;
  if (!(opts.format in FORMATTERS)) throw new UserError(`unknown --format "${opts.format}"`, undefined, `formats: ${Object.keys(FORMATTERS).join(', ')}`);
  if (opts.direction !== undefined && opts.direction !== 'zh-en' && opts.direction !== 'en-zh') throw new UserError(`--direction must be zh-en or en-zh, not "${opts.direction}"`);
  if ((opts.source === undefined) !== (opts.target === undefined)) throw new UserError('--source and --target go together', undefined, 'give both: shuyu lint --source zh.txt --target en.txt');
  if (files.length === 0 && opts.source === undefined) throw new UserError('nothing to lint', undefined, 'give translation files (XLIFF, TMX, PO, CSV/TSV, .txt/.md) or --source zh.txt --target en.txt');
  const jobs = opts.jobs === undefined ? Math.min(availableParallelism(), 4) : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UserError(`--jobs must be a whole number of threads, 1 or more, not "${opts.jobs}"`);
  const rules = parseRuleSettings(opts.rule);
  const index = await openIndex(ctx.indexOptions(global), io);
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
    const count = (lines: number) => {
      n += lines;
      if (n - shown >= 5000) progress(`${source}: ${(shown = n)} lines`);
    };
    // A large pair is split at a line between threads: this one checks the first share, each
    // worker another, and their findings merge in file order (inconsistent-term spans them all).
    const cached = global.cache !== false && !io.env.SHUYU_NO_CACHE; // workers open the index from the cache
    const threads = cached ? Math.min(jobs, Math.floor(statSize(source) / MIN_BYTES_PER_THREAD)) : 1;
    const parts = threads > 1 ? splitAligned(source, target, threads) : undefined;
    if (parts && global.verbose) io.stderr.write(`shuyu: checking ${source} in ${parts.length} threads\n`);
    const workers = (parts ?? []).slice(1).map((part) => startWorker({ source, target, part, index: ctx.indexOptions(global), rules, ...(opts.direction ? { direction: opts.direction as Direction } : {}) }, io, count));
    try {
      for await (const chunk of readAlignedChunks(source, target, parts ? parts[0]! : {})) {
        file.aligned(chunk, source, target);
        count(chunk.source.count);
      }
      for (const part of await Promise.all(workers.map((w) => w.done))) file.merge(part);
    } finally {
      for (const w of workers) void w.worker.terminate();
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
  for (const notice of result.notices) io.stderr.write(`shuyu: ${notice}\n`);
  return result.summary.errors > 0 ? 1 : 0;
}

/** Starts a thread on a share of an aligned pair (cli/lint-worker.ts); `done` gives what it found. */
function startWorker(job: LintJob, io: Io, count: (lines: number) => void): { worker: Worker; done: Promise<FilePart> } {
  const worker = new Worker(join(PACKAGE_ROOT, 'dist', 'lint-worker.js'), { workerData: job, env: { ...io.env } });
  const done = new Promise<FilePart>((resolve, reject) => {
    worker.on('message', (m: LintJobMessage) => {
      if ('lines' in m) count(m.lines);
      else if ('part' in m) resolve(m.part);
      else reject(new UserError(m.error.message, m.error.place, m.error.hint));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`a lint thread stopped (exit ${code}) before it finished`)));
  });
  done.catch(() => {}); // when this thread's own share fails first, nobody awaits the others
  return { worker, done };
}

function statSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // the reader names the problem
  }
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
