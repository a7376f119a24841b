// Rows of CSV and TSV as spreadsheets and CAT tools write them (RFC 4180 quoting: fields in
// double quotes may hold delimiters and line breaks, "" is a quote), read as a stream of
// chunks, each cell with its map back to the file. The one delimited parser of lint and import.
import { UserError } from '../errors.js';
import { TextBuilder } from './text-builder.js';

export type Delimiter = ',' | ';' | '\t';

export interface RowOptions {
  /** The delimiter; by default the one of , ; and tab that the first row uses most. */
  delimiter?: Delimiter;
  /**
   * Read as spreadsheets do (import): text after a closing quote, up to the delimiter, is part
   * of the cell. Otherwise (lint) it is a UserError, since the file is then not what it seems.
   */
  spreadsheet?: boolean;
  /** Told the delimiter found when none was given (for messages about the file). */
  onSniff?: (delimiter: Delimiter) => void;
}

/** One field of a row: its text and map (start: where the field starts, its opening quote if any). */
export interface Cell {
  value: TextBuilder;
  quoted: boolean;
}

/** One record: its cells and its first line (a quoted cell may span lines). */
export interface Row {
  cells: Cell[];
  line: number;
}

/**
 * Splits delimited text into rows, a batch per chunk of text (never an empty batch). CRLF, LF
 * and CR end a row, except inside quotes; a quote opens a quoted cell only at the start of a
 * cell. A blank line is not a row. A quoted cell that is never closed is a UserError at its
 * opening quote.
 */
export async function* readRows(chunks: AsyncIterable<string> | Iterable<string>, file: string, options: RowOptions = {}): AsyncGenerator<Row[]> {
  const spreadsheet = options.spreadsheet === true;
  let delimiter = options.delimiter?.charCodeAt(0) ?? -1;
  const out: Row[] = [];

  // the parser's state, kept across chunks
  let line = 1;
  let column = 1;
  let row: Row = { cells: [], line: 1 };
  let field: Cell | undefined;
  let inQuotes = false;
  let quoteAt = { line: 1, column: 1 };
  let afterQuote = false; // a quote inside a quoted field: the end, or the first of ""
  let afterCr = false;
  let quotedCr = false; // the last character in quotes was \r (a \n after it is the same break)
  let run = '';
  let runAt = { line: 1, column: 1 };

  const flushRun = (): void => {
    if (run) field!.value.addAt(run, runAt.line, runAt.column);
    run = '';
  };
  const startField = (): Cell => {
    field = { value: new TextBuilder({ line, column }), quoted: false };
    runAt = { line, column };
    return field;
  };
  const endField = (): void => {
    flushRun();
    row.cells.push(field ?? startField());
    field = undefined;
  };
  const endRow = (): void => {
    endField();
    const cells = row.cells;
    if (!(cells.length === 1 && !cells[0]!.quoted && cells[0]!.value.text === '')) out.push(row); // a blank line
    row = { cells: [], line: line + 1 };
  };

  for await (const chunk of chunks) {
    if (delimiter === -1) {
      const sniffed = sniffDelimiter(chunk);
      options.onSniff?.(sniffed);
      delimiter = sniffed.charCodeAt(0);
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
            field!.value.addAt('"', line, column - 1);
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
      if (c === 34 && field!.value.text === '' && run === '' && !field!.quoted) {
        field!.quoted = true;
        inQuotes = true;
        quoteAt = { line, column };
        column++;
        runAt = { line, column };
        continue;
      }
      if (field!.quoted && !spreadsheet) {
        throw new UserError('text after the closing quote of a field', { file, line, column }, 'inside a quoted field, write a quote as ""');
      }
      if (!run) runAt = { line, column };
      run += chunk[i];
      column++;
    }
    if (out.length) yield out.splice(0);
  }
  if (inQuotes && !afterQuote) {
    throw spreadsheet
      ? new UserError('a quoted cell is never closed', { file, ...quoteAt }, 'close the quote, or double quotes inside a cell ("")')
      : new UserError('a quoted field is not closed', { file, ...quoteAt }, 'close the field with a double quote');
  }
  if (field || row.cells.length > 0) endRow();
  if (out.length) yield out;
}

/** The delimiter of a CSV file: comma, semicolon (European Excel) or tab, whichever its first row uses most outside quotes. */
export function sniffDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  const best = (Object.entries(counts) as [Delimiter, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}
