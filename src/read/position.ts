// Where text was read: the one position type below lint and import, and the way back from an
// offset in text that was read to its place in the physical file.
import { floorIndex } from '../text/floor-index.js';
import type { Place } from '../errors.js';

/** A position in a file: `line` and `column` 1-based, counted in UTF-16 code units (STYLE §5). */
export interface Position {
  line: number;
  column: number;
}

/**
 * The start of a run of text in the physical file: text from `offset` (0-based, in the text
 * that was read) on was read starting at `line`:`column`. A map has one piece per run (XML
 * text node, CSV field, line), first at offset 0, sorted by offset.
 */
export interface TextPiece extends Position {
  offset: number;
}

/** Text that was read, with its map back to the file (a Variant, a delimited cell). */
export interface MappedRun {
  text: string;
  map: readonly TextPiece[];
}

/** Maps an offset in a run's text to its place in the physical file. */
export function placeOf(run: MappedRun, offset: number, file: string): Place {
  const map = run.map;
  const piece = map[floorIndex(map.length, offset, (i) => map[i]!.offset)] ?? { offset: 0, line: 1, column: 1 };
  // a piece may span lines (a multi-line XML text node, a quoted CSV field)
  let line = piece.line;
  let column = piece.column;
  for (let i = piece.offset; i < offset && i < run.text.length; i++) {
    if (run.text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { file, line, column };
}
