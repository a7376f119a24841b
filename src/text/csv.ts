// CSV cells for files people open in spreadsheets: lint's CSV report and the glossary export.

/**
 * Neutralises a cell a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or
 * a carriage return) by prefixing an apostrophe, as OWASP's CSV-injection advice says.
 */
export function neutralizeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: quoted when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter = ','): string {
  const v = neutralizeCell(value);
  return v.includes(delimiter) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A CSV row (no line ending). */
export function csvRow(values: readonly string[], delimiter = ','): string {
  return values.map((v) => csvField(v, delimiter)).join(delimiter);
}
