// CSV cells for files people open in spreadsheets: lint's CSV report and the glossary export.

/**
 * Neutralises a cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or
 * a carriage return) by prefixing an apostrophe, as OWASP's CSV-injection advice says. The
 * full-width and other compatibility forms of those signs (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫ and the minus
 * sign −) count too: spreadsheets with East Asian input methods treat ＝ as =.
 */
export function neutralizeCell(value: string): string {
  // a cell that already looks neutralised ('=x) gets one more apostrophe, so that import,
  // which takes one off, gives it back as written
  return FORMULA_START.test(value) || NEUTRALISED.test(value) ? `'${value}` : value;
}

/** A cell neutralizeCell changed, given back as it was (import reads exports back). */
export function restoreCell(cell: string): string {
  return NEUTRALISED.test(cell) ? cell.slice(1) : cell;
}

const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;
const NEUTRALISED = /^'+[=+\-@\t\r\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;

/**
 * One CSV field, neutralised: quoted when it holds the delimiter, a quote or a line break, or
 * starts or ends with a space (which a spreadsheet would otherwise trim).
 */
export function csvField(value: string, delimiter = ','): string {
  const v = neutralizeCell(value);
  return v.includes(delimiter) || /["\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV row (no line ending). */
export function csvRow(values: readonly string[], delimiter = ','): string {
  return values.map((v) => csvField(v, delimiter)).join(delimiter);
}
