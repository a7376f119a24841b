// CSV and TSV: one row an entry, for spreadsheets and CAT tools (DESIGN §4). A pure function
// from entries to text; the CLI adds nothing but the file.
import type { IndexedEntry } from '../index/term-index.js';
import { csvField, neutralizeCell } from '../text/csv.js';

/** The columns, in order; import reads the same names back. */
export const DELIMITED_COLUMNS = ['zh', 'zh_hant', 'pinyin', 'en', 'en_also', 'en_avoid', 'note', 'tags', 'status', 'lint'] as const;

/** Joins the values of a list inside one cell; import splits on it (and on `;`). */
export const LIST_SEPARATOR = ' | ';

export interface DelimitedOptions {
  /** `,` for CSV, a tab for TSV. */
  separator: ',' | '\t';
  /** Start with a UTF-8 byte-order mark, which Excel needs to read UTF-8. */
  bom?: boolean;
  /** End lines with CRLF, as Excel writes them. */
  crlf?: boolean;
}


// TSV has no escapes for tabs or line breaks inside a cell (IANA text/tab-separated-values),
// so those become spaces; a cell starting with a quote is quoted, as Excel reads it.
function quoteTsv(value: string): string {
  const flat = value.replace(/\r\n|[\t\r\n]/g, ' ');
  return flat.startsWith('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The cells of one entry, in DELIMITED_COLUMNS order, before quoting. */
export function entryCells(e: IndexedEntry): string[] {
  return [e.zh, e.zh_hant, e.pinyin, e.en, e.en_also.join(LIST_SEPARATOR), e.en_avoid.join(LIST_SEPARATOR), e.note ?? '', e.tags.join(LIST_SEPARATOR), e.status, e.lint];
}

/** The whole file: a header row, then one row an entry, each line ended. */
export function formatDelimited(entries: readonly IndexedEntry[], options: DelimitedOptions): string {
  // a cell a spreadsheet would run as a formula is neutralised (text/csv.ts); import undoes it
  const cell = options.separator === ',' ? (c: string) => csvField(c) : (c: string) => quoteTsv(neutralizeCell(c));
  const eol = options.crlf ? '\r\n' : '\n';
  const rows = [DELIMITED_COLUMNS as readonly string[], ...entries.map(entryCells)];
  const body = rows.map((cells) => cells.map(cell).join(options.separator)).join(eol);
  return `${options.bom ? '\uFEFF' : ''}${body}${eol}`;
}
