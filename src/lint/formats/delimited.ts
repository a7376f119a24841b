// CSV and TSV as spreadsheets and CAT tools export bilingual tables (RFC 4180 quoting:
// fields in double quotes may hold delimiters and line breaks, "" is a quote), read as a stream.
import { isChineseLang, isEnglishLang, languageOfName } from '../../text/languages.js';
import { UserError } from '../../errors.js';
import { variantOf, type Unit, type Variant } from '../segment.js';
import { flatten, readChars } from '../../read/read-chars.js';
import { TextBuilder } from '../../read/text-builder.js';

export interface DelimitedOptions {
  /** ',' for CSV (';' or tab when the header line says so), '\t' for TSV. */
  delimiter: ',' | '\t';
  chunkSize?: number;
}

interface Field {
  b: TextBuilder;
  quoted: boolean;
}

interface Row {
  fields: Field[];
  line: number;
}

/**
 * Reads a CSV or TSV file as a stream of units, one per data row: id and segment id are the
 * 1-based data row (a header row is not counted, blank lines are not rows). A header row is
 * recognised by its names: source/target (src, tgt, translation…), language codes (zh, zh-CN,
 * en-US, zh_Hans, cmn) or names (Chinese, English, 中文, 英文); it picks the two columns and
 * their languages. Without one, the first two columns are source and target, no language.
 * A row with a different number of fields than the first is a UserError with its line.
 */
export function readDelimited(file: string, options: DelimitedOptions): AsyncGenerator<Unit> {
  return flatten(readDelimitedBatches(file, options));
}

/** readDelimited, a batch of units per chunk read. */
export async function* readDelimitedBatches(file: string, options: DelimitedOptions): AsyncGenerator<Unit[]> {
  let delimiter: number = options.delimiter.charCodeAt(0);
  let sniffed = options.delimiter === '\t';
  let columns: Columns | undefined;
  let width = 0;
  let rowNumber = 0;
  const out: Unit[] = [];

  const onRow = (row: Row): void => {
    if (row.fields.length === 1 && !row.fields[0]!.quoted && row.fields[0]!.b.text === '') return; // blank line
    if (!columns) {
      width = row.fields.length;
      columns = pickColumns(row.fields.map((f) => f.b.text));
      if (columns.header) return;
    } else if (row.fields.length !== width) {
      throw new UserError(
        `row has ${row.fields.length} field${row.fields.length === 1 ? '' : 's'}, but the ${columns.header ? 'header' : 'first row'} has ${width}`,
        { file, line: row.line, column: 1 },
        `quote fields that contain ${delimiter === 9 ? 'tabs' : `"${String.fromCharCode(delimiter)}"`} or line breaks ("like, this")`,
      );
    }
    rowNumber++;
    const id = String(rowNumber);
    const variants: Variant[] = [];
    if (width === 1) variants.push(variantOf(row.fields[0]!.b, 'source', columns.sourceLang));
    else {
      variants.push(variantOf(row.fields[columns.source]!.b, 'source', columns.sourceLang));
      variants.push(variantOf(row.fields[columns.target]!.b, 'target', columns.targetLang));
    }
    out.push({ id, at: { file, line: row.line, column: 1 }, segments: [{ id, variants }] });
  };

  // the parser's state, kept across chunks
  let line = 1;
  let column = 1;
  let row: Row = { fields: [], line: 1 };
  let field: Field | undefined;
  let inQuotes = false;
  let quoteAt = { line: 1, column: 1 };
  let afterQuote = false; // a quote inside a quoted field: the end, or the first of ""
  let afterCr = false;
  let quotedCr = false; // the last character in quotes was \r (a \n after it is the same break)
  let run = '';
  let runAt = { line: 1, column: 1 };

  const flushRun = (): void => {
    if (run) field!.b.addAt(run, runAt.line, runAt.column);
    run = '';
  };
  const startField = (): Field => {
    field = { b: new TextBuilder({ line, column }), quoted: false };
    runAt = { line, column };
    return field;
  };
  const endField = (): void => {
    flushRun();
    row.fields.push(field ?? startField());
    field = undefined;
  };
  const endRow = (): void => {
    endField();
    onRow(row);
    row = { fields: [], line: line + 1 };
  };

  for await (const chunk of readChars(file, { chunkSize: options.chunkSize })) {
    if (!sniffed) {
      delimiter = sniffDelimiter(chunk);
      sniffed = true;
    }
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (afterCr) {
        afterCr = false;
        if (c === 10) {
          column = 1;
          continue; // \r\n ends the row once
        }
      }
      if (inQuotes) {
        if (afterQuote) {
          afterQuote = false;
          if (c === 34) {
            // "" is a quote; the text after it starts a new piece (the file has one more character)
            flushRun();
            field!.b.addAt('"', line, column - 1);
            column++;
            runAt = { line, column };
            continue;
          }
          inQuotes = false; // that quote closed the field; fall through to the delimiter or line end
        } else {
          if (quotedCr && c !== 10) {
            // a lone \r broke the line: the text after it is a new piece on the next line
            flushRun();
            line++;
            column = 1;
            runAt = { line, column };
          }
          if (c === 34) afterQuote = true;
          else if (c === 13) {
            if (!run) runAt = { line, column };
            run += '\r';
            quotedCr = true;
            column++;
            continue;
          } else if (c === 10) {
            if (!run) runAt = { line, column };
            run += '\n';
            flushRun();
            line++;
            column = 1;
            runAt = { line, column };
            quotedCr = false;
            continue;
          } else {
            if (!run) runAt = { line, column };
            run += chunk[i];
          }
          quotedCr = false;
          column++;
          continue;
        }
      }
      if (c === delimiter) {
        endField();
        column++;
        startField();
        continue;
      }
      if (c === 10 || c === 13) {
        endRow();
        line++;
        column = 1;
        afterCr = c === 13;
        field = undefined;
        continue;
      }
      if (!field) startField();
      if (c === 34 && field!.b.text === '' && run === '' && !field!.quoted) {
        field!.quoted = true;
        inQuotes = true;
        quoteAt = { line, column };
        column++;
        runAt = { line, column };
        continue;
      }
      if (field!.quoted) {
        throw new UserError('text after the closing quote of a field', { file, line, column }, 'inside a quoted field, write a quote as ""');
      }
      if (!run) runAt = { line, column };
      run += chunk[i];
      column++;
    }
    if (out.length) yield out.splice(0);
  }
  if (inQuotes && !afterQuote) throw new UserError('a quoted field is not closed', { file, ...quoteAt }, 'close the field with a double quote');
  if (field || row.fields.length > 0) endRow();
  if (out.length) yield out;
}

/** The delimiter of a CSV file: the one of , ; and tab that its first line uses most. */
function sniffDelimiter(text: string): number {
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  let best = 44;
  let most = 0;
  for (const d of [44, 59, 9]) {
    let n = 0;
    for (let i = 0; i < first.length; i++) if (first.charCodeAt(i) === d) n++;
    if (n > most) (most = n), (best = d);
  }
  return best;
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

