// `shuyu import FILE -o OUT.yaml`: a CSV/TSV spreadsheet or a TBX term base into the glossary
// format (DESIGN §4). Nothing is written unless every entry can be: duplicates, conflicts and
// anything `shuyu check` would reject are reported with their rows, and the file is written
// atomically. An existing OUT.yaml gets the entries appended, its comments kept.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { UserError, formatPlace, type Diagnostic } from '../../errors.js';
import type { Skipped } from '../../import/draft.js';
import type { Context, GlobalOptions } from '../context.js';
import { writeFileAtomic } from '../write-atomic.js';

export interface ImportCommandOptions {
  output?: string;
  format?: string;
  title?: string;
  domain?: string;
  keepFirst?: boolean;
  quiet?: boolean;
}

/** Inputs larger than this are refused rather than read into memory (DESIGN §7). */
const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export async function runImport(file: string, opts: ImportCommandOptions, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io } = ctx;
  const path = resolve(io.cwd, file);
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    if (size > MAX_INPUT_BYTES) throw new UserError(`${file} is ${Math.round(size / 1048576)} MB; shuyu imports glossaries up to ${MAX_INPUT_BYTES / 1048576} MB`, undefined, 'split the file');
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, undefined, 'check the path');
  }
  const { decodeInput, importFormat, readInput, buildImport } = await import('../../import/import-glossary.js');
  const text = decodeInput(bytes, file);
  const format = importFormat(opts.format, file, text);
  const read = await readInput(text, file, format);

  const toStdout = opts.output === undefined || opts.output === '-';
  const outPath = toStdout ? undefined : resolve(io.cwd, opts.output!);
  let existing: string | undefined;
  if (outPath && existsSync(outPath)) {
    existing = readFileSync(outPath, 'utf8').replace(/^\uFEFF/, '');
  }
  const { derivePinyin } = await import('../../text/pinyin.js');
  const { toTraditional } = await import('../../text/traditional.js');
  const traditional = await toTraditional();
  const date = new Date().toISOString().slice(0, 10);
  const result = buildImport(read, {
    input: file,
    derive: { traditional, pinyin: derivePinyin },
    output: opts.output ?? '-',
    ...(existing !== undefined ? { existing } : {}),
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.domain ? { domain: opts.domain } : {}),
    ...(opts.keepFirst ? { keepFirst: true } : {}),
    comment: `Imported from ${basename(file)} by shuyu import on ${date}.`,
  });

  if (outPath) writeFileAtomic(outPath, result.yaml);
  else io.stdout.write(result.yaml);

  if (!opts.quiet) {
    const { stderrStyle: style } = ctx;
    for (const w of result.warnings) io.stderr.write(`${style.yellow(formatWarning(w))}\n`);
    io.stderr.write(formatSkipped(result.skipped, format === 'tbx' ? 'concept' : 'row', Boolean(global.verbose)));
    const n = result.entries.length;
    const where = outPath ? `${existing !== undefined ? 'added to' : 'wrote'} ${opts.output}` : 'written to stdout';
    io.stderr.write(`shuyu: ${n} ${n === 1 ? 'entry' : 'entries'} from ${file} ${where}\n`);
  }
  return 0;
}

function formatWarning(d: Diagnostic): string {
  return `${formatPlace(d.at)}: warning: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}

/** `skipped 136 concepts (empty Chinese term): a.tbx:14:13, a.tbx:20:13, … and 131 more`, by reason. */
export function formatSkipped(skipped: Skipped[], noun: 'row' | 'concept', all: boolean): string {
  const byReason = new Map<string, Skipped[]>();
  for (const s of skipped) {
    // one group for "no English term for "X"" whatever X is
    const key = s.reason.replace(/ for ".*"$/, '');
    let list = byReason.get(key);
    if (!list) byReason.set(key, (list = []));
    list.push(s);
  }
  let out = '';
  for (const [reason, list] of byReason) {
    const shown = all ? list : list.slice(0, 5);
    const more = list.length - shown.length;
    out += `shuyu: skipped ${list.length} ${noun}${list.length === 1 ? '' : 's'} (${reason}): ${shown.map((s) => formatPlace(s.at)).join(', ')}${more > 0 ? `, … and ${more} more (--verbose lists them)` : ''}\n`;
  }
  return out;
}
