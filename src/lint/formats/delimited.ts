// CSV and TSV as spreadsheets and CAT tools export bilingual tables (RFC 4180 quoting:
// fields in double quotes may hold delimiters and line breaks, "" is a quote), read as a stream.
import { isChineseLang, isEnglishLang, languageOfName } from '../../text/languages.js';
import { UserError } from '../../errors.js';
import { readChars } from '../../read/read-chars.js';
import { readRows, type Delimiter, type Row, type RowOptions } from '../../read/delimited-rows.js';
import { variantOf, type Unit, type Variant } from '../segment.js';

export interface DelimitedOptions {
  /** ',' for CSV (';' or tab when the header line says so), '\t' for TSV. */
  delimiter: ',' | '\t';
  chunkSize?: number;
}

/**
 * Reads a CSV or TSV file as a stream of units, one per data row: id and segment id are the
 * 1-based data row (a header row is not counted, blank lines are not rows). A header row is
 * recognised by its names: source/target (src, tgt, translation…), language codes (zh, zh-CN,
 * en-US, zh_Hans, cmn) or names (Chinese, English, 中文, 英文); it picks the two columns and
 * their languages. Without one, the first two columns are source and target, no language.
 * A row with a different number of fields than the first is a UserError with its line.
 * A batch of units per chunk read.
 */
export async function* readDelimitedBatches(file: string, options: DelimitedOptions): AsyncGenerator<Unit[]> {
  let columns: Columns | undefined;
  let width = 0;
  let rowNumber = 0;
  const out: Unit[] = [];

  const onRow = (row: Row): void => {
    if (!columns) {
      width = row.cells.length;
      columns = pickColumns(row.cells.map((f) => f.value.text));
      if (columns.header) return;
    } else if (row.cells.length !== width) {
      throw new UserError(
        `row has ${row.cells.length} field${row.cells.length === 1 ? '' : 's'}, but the ${columns.header ? 'header' : 'first row'} has ${width}`,
        { file, line: row.line, column: 1 },
        `quote fields that contain ${delimiter === '\t' ? 'tabs' : `"${delimiter}"`} or line breaks ("like, this")`,
      );
    }
    rowNumber++;
    const id = String(rowNumber);
    const variants: Variant[] = [];
    if (width === 1) variants.push(variantOf(row.cells[0]!.value, 'source', columns.sourceLang));
    else {
      variants.push(variantOf(row.cells[columns.source]!.value, 'source', columns.sourceLang));
      variants.push(variantOf(row.cells[columns.target]!.value, 'target', columns.targetLang));
    }
    out.push({ id, at: { file, line: row.line, column: 1 }, segments: [{ id, variants }] });
  };

  let delimiter: Delimiter = '\t';
  const rowOptions: RowOptions = options.delimiter === '\t' ? { delimiter } : { onSniff: (d) => (delimiter = d) };
  for await (const rows of readRows(readChars(file, { chunkSize: options.chunkSize }), file, rowOptions)) {
    for (const row of rows) onRow(row);
    if (out.length) yield out.splice(0);
  }
}

interface Columns {
  header: boolean;
  source: number;
  target: number;
  sourceLang?: string;
  targetLang?: string;
}

const SOURCE = /^(source|src|source[ _-]?(text|segment|language)?|original|msgid)$/i;
const TARGET = /^(target|tgt|target[ _-]?(text|segment|language)?|translation|translated|msgstr)$/i;
// another language with a region or script (fr-FR, de_DE): "id" or "de" alone would be too loose
const OTHER = /^[a-z]{2,3}[-_][a-z0-9]{2,8}([-_][a-z0-9]{2,8})*$/i;
const CODE = /^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i;
const NAMED = { 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant', en: 'en' } as const;

/** The language a header cell names, as a code, or undefined. */
function headerLang(cell: string): string | undefined {
  const c = cell.trim();
  if ((isChineseLang(c) || isEnglishLang(c)) && CODE.test(c)) return c;
  if (OTHER.test(c)) return c;
  const kind = languageOfName(c); // Chinese, 简体中文, English_United_States, Term [en]
  return kind === 'other' ? undefined : NAMED[kind];
}

/** Whether the first row is a header, and which columns hold the source and the target. */
export function pickColumns(cells: string[]): Columns {
  const source = cells.findIndex((c) => SOURCE.test(c.trim()));
  const target = cells.findIndex((c) => TARGET.test(c.trim()));
  if (source !== -1 && target !== -1) return { header: true, source, target };
  const langs = cells.map((c, i) => ({ i, lang: headerLang(c) })).filter((x): x is { i: number; lang: string } => x.lang !== undefined);
  // Chinese and English columns first: "key_id" looks like a language code too
  const zhEn = langs.filter((x) => isChineseLang(x.lang) || isEnglishLang(x.lang));
  const pair = zhEn.length >= 2 ? zhEn : langs;
  if (pair.length >= 2) {
    const [s, t] = pair as [{ i: number; lang: string }, { i: number; lang: string }];
    return { header: true, source: s.i, target: t.i, sourceLang: s.lang, targetLang: t.lang };
  }
  // one recognised name is still a header ("source,english"): keep the first two columns
  if (source !== -1 || target !== -1 || langs.length === 1) return { header: true, source: 0, target: 1, ...(langs.length === 1 ? (langs[0]!.i === 0 ? { sourceLang: langs[0]!.lang } : { targetLang: langs[0]!.lang }) : {}) };
  return { header: false, source: 0, target: 1 };
}

