// Picks the reader for a file: by `--input-format`, else by extension (DESIGN §3), and gives
// the linter one stream of units whatever the format.
import { extname } from 'node:path';
import { UserError, type Place } from '../../errors.js';
import { formatFromName, type FormatNames } from '../../read/format-name.js';
import { isBlank } from '../../read/read-chars.js';
import { readXml } from '../../read/xml-events.js';
import type { SkipReason, Unit } from '../segment.js';
import { readEnglishTextBatches } from './aligned.js';
import { readDelimitedBatches } from './delimited.js';
import { readPoBatches } from './po.js';
import { readTmxBatches, TmxHandler } from './tmx.js';
import { notA, readXliffBatches, XliffHandler } from './xliff.js';

/** The formats a file can be read as; `xml` looks at the root element (xliff or tmx). */
export type InputFormat = 'xliff' | 'tmx' | 'po' | 'csv' | 'tsv' | 'text' | 'markdown' | 'xml';

const BY_EXTENSION: Record<string, InputFormat> = {
  xlf: 'xliff',
  xliff: 'xliff',
  sdlxliff: 'xliff',
  mqxliff: 'xliff',
  mxliff: 'xliff',
  txlf: 'xliff',
  tmx: 'tmx',
  po: 'po',
  pot: 'po',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  xml: 'xml',
};

const BY_NAME: Record<string, InputFormat> = {
  xliff: 'xliff',
  xlf: 'xliff',
  sdlxliff: 'xliff',
  tmx: 'tmx',
  po: 'po',
  gettext: 'po',
  csv: 'csv',
  tsv: 'tsv',
  text: 'text',
  txt: 'text',
  md: 'markdown',
  markdown: 'markdown',
  xml: 'xml',
};

/** The names `--input-format` accepts, for help texts and errors. */
export const INPUT_FORMAT_NAMES = Object.keys(BY_NAME);

const INPUT_FORMATS: FormatNames<InputFormat> = {
  names: BY_NAME,
  extensions: BY_EXTENSION,
  unknown: (name) => new UserError(`unknown input format "${name}"`, undefined, `use one of: ${INPUT_FORMAT_NAMES.join(', ')}`),
};

/**
 * The format of a file: `inputFormat` (case-insensitive, aliases such as xlf, gettext, txt,
 * md) wins over the extension. An unknown name or extension is a UserError with a hint.
 */
export function detectFormat(path: string, inputFormat?: string): InputFormat {
  const f = formatFromName(inputFormat, path, INPUT_FORMATS);
  if (!f) {
    const ext = extname(path).toLowerCase();
    throw new UserError(
      ext ? `cannot tell the format of ${path} from its extension "${ext}"` : `cannot tell the format of ${path}: it has no extension`,
      undefined,
      'name it with --input-format xliff|tmx|po|csv|tsv|text|markdown, or use --source and --target for aligned plain text',
    );
  }
  return f;
}

/** Whether a format holds only an English translation (only avoid-term applies). */
export function isMonolingual(format: InputFormat): boolean {
  return format === 'text' || format === 'markdown';
}

export interface ReadOptions {
  /** `--input-format`; else the extension decides. */
  inputFormat?: string;
  /** `--include-fuzzy`: PO fuzzy entries are checked instead of skipped. */
  includeFuzzy?: boolean;
  /** Told about entries read but not yielded as units (the PO header, obsolete #~ entries). */
  onSkip?: (reason: SkipReason, at: Place) => void;
  /** Bytes read at a time (tests). */
  chunkSize?: number;
}

/**
 * Reads any supported file as a stream of units in batches: one array of units per chunk read,
 * never an empty one (about 0.7 µs less per unit than an await each, which counts for 20 MB of
 * aligned lines), holding no more than a chunk's units in memory. Skipped units
 * (translate="no", fuzzy) are yielded with `skip` set; units carry ids, places and
 * per-variant maps back to the file (see segment.ts). Monolingual text (.txt, .md) gives one
 * target variant per paragraph. User mistakes (unknown format, missing file, malformed or
 * hostile XML, ragged CSV, bad encoding) are UserErrors with a place.
 */
export function readUnitBatches(path: string, options: ReadOptions = {}): AsyncGenerator<Unit[]> {
  return refuseBlank(path, readFormat(path, options));
}

/**
 * A file with nothing but white space in it is a mistake (an export that failed, the wrong
 * file), not a translation with nothing to report: it stops with exit 2, as an empty XML file
 * does, instead of passing a CI job silently. A PO file with only its header is not blank.
 */
async function* refuseBlank(path: string, batches: AsyncGenerator<Unit[]>): AsyncGenerator<Unit[]> {
  let read = false;
  for await (const batch of batches) {
    read = true;
    yield batch;
  }
  if (!read && (await isBlank(path))) throw new UserError(`${path} is empty`, { file: path, line: 1, column: 1 }, 'export the file again from your CAT tool');
}

function readFormat(path: string, options: ReadOptions): AsyncGenerator<Unit[]> {
  const format = detectFormat(path, options.inputFormat);
  const chunkSize = options.chunkSize;
  switch (format) {
    case 'xliff':
      return readXliffBatches(path, { chunkSize });
    case 'tmx':
      return readTmxBatches(path, { chunkSize });
    case 'po':
      return readPoBatches(path, { includeFuzzy: options.includeFuzzy, onSkip: options.onSkip, chunkSize });
    case 'csv':
      return readDelimitedBatches(path, { delimiter: ',', chunkSize });
    case 'tsv':
      return readDelimitedBatches(path, { delimiter: '\t', chunkSize });
    case 'text':
      return readEnglishTextBatches(path, { chunkSize });
    case 'markdown':
      return readEnglishTextBatches(path, { markdown: true, chunkSize });
    case 'xml':
      return readXml<Unit>(path, {
        chunkSize,
        root: (el) => {
          if (el.local === 'xliff') return new XliffHandler(path, el);
          if (el.local === 'tmx') return new TmxHandler();
          throw notA('an XLIFF or TMX', el);
        },
      });
  }
}
