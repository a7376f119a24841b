// The import pipeline without the file system: bytes → text → draft entries (by format) →
// reconciled entries → YAML, checked with the same validator `shuyu check` uses.
import { UserError, ValidationError, formatDiagnostic, type Diagnostic } from '../errors.js';
import type { Layer } from '../glossary/files.js';
import { loadLayers } from '../glossary/load.js';
import { parseGlossaryFile } from '../glossary/validate.js';
import { decodeText } from '../read/decode.js';
import { formatFromName, type FormatNames } from '../read/format-name.js';
import type { DraftEntry, ReadResult, Skipped } from './draft.js';
import { readDelimited } from './read-delimited.js';
import { readTbx } from './read-tbx.js';
import { reconcileEntries, type Derivations } from './reconcile.js';
import { appendToGlossaryYaml, formatGlossaryYaml } from './write-glossary.js';

export const IMPORT_FORMATS = ['csv', 'tsv', 'tbx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const FORMATS: FormatNames<ImportFormat> = {
  names: { csv: 'csv', tsv: 'tsv', tbx: 'tbx' },
  extensions: { tbx: 'tbx', tsv: 'tsv', tab: 'tsv', csv: 'csv' },
  unknown: (name) => new UserError(`unknown import format "${name}"`, undefined, `--format takes ${IMPORT_FORMATS.join(', ')}`),
};

/**
 * Text of an input file: UTF-8 with or without a BOM, UTF-16 with a BOM (decodeText), and
 * UTF-16 without one, which Excel's "Unicode text" and some term base exports write: told by
 * the zero bytes of the ASCII characters, which UTF-8 text never has.
 */
export function decodeInput(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 4 && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const sample = bytes.subarray(0, Math.min(bytes.length, 512) & ~1);
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < sample.length; i += 2) {
      if (sample[i] === 0) evenZeros++;
      if (sample[i + 1] === 0) oddZeros++;
    }
    const half = sample.length / 4;
    if (oddZeros > half && evenZeros === 0) return new TextDecoder('utf-16le').decode(bytes);
    if (evenZeros > half && oddZeros === 0) return new TextDecoder('utf-16be').decode(bytes);
  }
  return decodeText(bytes, file).replace(/^\uFEFF/, '');
}

/** The format asked for, else the file's extension, else a look at its first characters. */
export function importFormat(explicit: string | undefined, file: string, text: string): ImportFormat {
  const f = formatFromName(explicit, file, FORMATS);
  if (f) return f;
  if (/^\s*</.test(text)) return 'tbx';
  return text.split(/\r?\n/, 1)[0]!.includes('\t') ? 'tsv' : 'csv';
}

export async function readInput(text: string, file: string, format: ImportFormat): Promise<ReadResult> {
  if (text.trim() === '') throw new UserError('the file is empty', { file, line: 1, column: 1 }, 'give a CSV, TSV or TBX glossary');
  if (format === 'tbx') return readTbx(text, file);
  return readDelimited(text, file, format === 'tsv' ? { separator: '\t' } : {});
}

export interface ImportOptions {
  derive: Derivations;
  /** Where the YAML goes (for messages and validation): a path, or `-`. */
  output: string;
  /** The file read, as the user named it: the place of a message about the whole file. */
  input?: string;
  /** The output file's current text, when it exists: entries are appended to it. */
  existing?: string;
  title?: string;
  domain?: string;
  keepFirst?: boolean;
  /** A comment for the top of a new file. */
  comment?: string;
}

export interface ImportResult {
  yaml: string;
  entries: DraftEntry[];
  skipped: Skipped[];
  /** Warnings (errors throw). */
  warnings: Diagnostic[];
}

/**
 * Turns what a reader found into the YAML to write. Throws a ValidationError-like UserError
 * listing every error (with the input's places) when anything would be lost or wrong; the
 * caller then writes nothing.
 */
export function buildImport(read: ReadResult, options: ImportOptions): ImportResult {
  const existingEntries = options.existing !== undefined ? parseGlossaryFile(options.output, options.existing).entries : undefined;
  const { entries, problems } = reconcileEntries(read.entries, {
    derive: options.derive,
    ...(existingEntries ? { existing: existingEntries.map((e) => ({ zh: e.zh, zh_also: e.zh_also, at: e.at })) } : {}),
    ...(options.keepFirst ? { keepFirst: true } : {}),
  });
  const all = [...read.problems, ...problems];
  const errors = all.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new ImportError(errors);
  if (entries.length === 0) {
    // a skipped row says where; a file with a header and nothing under it is named at least
    const at = read.skipped[0]?.at ?? (options.input !== undefined ? { file: options.input, line: 0, column: 0 } : undefined);
    throw new UserError('nothing to import: no row or concept has both a Chinese and an English term', at, 'check the column names (zh, en) or the languages of the term base');
  }
  const yaml =
    options.existing !== undefined
      ? appendToGlossaryYaml(options.existing, entries, options.output)
      : formatGlossaryYaml(entries, {
          title: options.title ?? read.title ?? 'Imported glossary',
          ...(options.domain ? { domain: options.domain } : {}),
          ...(options.comment ? { comment: options.comment } : {}),
        });
  checkOutput(yaml, options.output, entries);
  return { yaml, entries, skipped: read.skipped, warnings: all.filter((p) => p.severity === 'warning') };
}

/** Every error of an import at once, each at its place in the input. */
export class ImportError extends ValidationError {
  constructor(problems: Diagnostic[]) {
    const n = problems.length;
    super(`the input has ${n} problem${n === 1 ? '' : 's'}; nothing was written:\n${problems.map(formatDiagnostic).join('\n')}`, problems);
  }
}

/**
 * Runs the glossary validator over the YAML about to be written, so that import never writes a
 * file `shuyu check` rejects. A problem in a new entry is reported at the input row it came from.
 */
function checkOutput(yaml: string, output: string, entries: DraftEntry[]): void {
  const layer: Layer = { root: output, sources: [{ path: output, bytes: new TextEncoder().encode(yaml) }] };
  const { problems } = loadLayers([layer]);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const parsed = parseGlossaryFile(output, yaml).entries;
  const firstNew = parsed.length - entries.length;
  const mapped = errors.map((p) => {
    // the entry holding the problem: the last one starting at or before its line
    let k = -1;
    for (let i = 0; i < parsed.length; i++) if (parsed[i]!.at.line <= p.at.line) k = i;
    const source = k >= firstNew ? entries[k - firstNew] : undefined;
    return source ? { ...p, at: source.at } : p;
  });
  throw new ImportError(mapped);
}
