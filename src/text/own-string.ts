// Strings kept past the read that made them. V8 makes a slice, and a string built from one, a
// view into its parent: a problem's message quoting ten characters of a segment kept the whole
// 1 MiB chunk the reader decoded, and lint of a 1 GB TMX with a problem in every chunk held
// 2 GB (issue 18). What outlives its chunk (problems, cache keys) is copied into a string of
// its own.

/** A copy of `text` that shares no storage with the string it was cut from. */
export function ownString(text: string): string {
  return text.length === 0 ? '' : Buffer.from(text, 'utf16le').toString('utf16le');
}
