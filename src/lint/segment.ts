// What every bilingual reader yields and every lint rule reads (STYLE §6): units of a
// translation file, each with one or more segments, each segment with its language variants.
import type { Place } from '../errors.js';

/**
 * The start of a run of text in the physical file: text from `offset` (0-based, in the
 * variant's `text`) on was read starting at `line`:`column` (1-based). A variant's map has
 * one piece per run (XML text node, CSV field, line), first at offset 0, sorted by offset.
 */
export interface TextPiece {
  offset: number;
  line: number;
  column: number;
}

/** One language's text of a segment: plain text, inline codes removed, with its way back to the file. */
export interface Variant {
  /** Declared language as written in the file (zh-CN, zh_Hans, EN-US, cmn…), if any. */
  lang?: string;
  /** Its part in the file: XLIFF/PO/CSV source or target; TMX: source when it is the header's srclang. */
  role: 'source' | 'target';
  text: string;
  map: TextPiece[];
  /** The file this variant was read from, when it is not the unit's (aligned plain text: the --target file). */
  file?: string;
  /** The target's workflow state as the file says it (XLIFF `state`: translated, needs-translation, final…). */
  state?: string;
}

/** A translatable segment: XLIFF `<mrk mtype="seg">` or 2.x `<segment>`, else the whole unit. */
export interface Segment {
  id: string;
  variants: Variant[];
  /** Set when the segment is read but not to be checked (an XLIFF 2 `<ignorable>`). */
  skip?: SkipReason;
}

/** Why a unit was read but not checked (issue 8: "What is a segment"). */
export type SkipReason =
  | 'translate-no'
  | 'ignorable'
  | 'header'
  | 'obsolete'
  | 'fuzzy'
  | 'empty-target'
  | 'no-target'
  /** Neither the declared languages nor the script of the text tell which side is Chinese. */
  | 'undecided';

/** A unit of a translation file: XLIFF trans-unit/unit, TMX tu, PO entry, CSV row, text line. */
export interface Unit {
  /** The unit's id (XLIFF id, TMX tuid, PO msgctxt + msgid position), else its 1-based position. */
  id: string;
  /** Where the unit starts in the file. */
  at: Place;
  segments: Segment[];
  /** Set when the unit is not to be checked; it still counts as read. */
  skip?: SkipReason;
}

/** Maps an offset in a variant's text to its place in the physical file. */
export function placeOf(variant: Variant, offset: number, file: string): Place {
  const map = variant.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const piece = map[lo] ?? { offset: 0, line: 1, column: 1 };
  // a piece may span lines (a multi-line XML text node, a quoted CSV field)
  let line = piece.line;
  let column = piece.column;
  for (let i = piece.offset; i < offset && i < variant.text.length; i++) {
    if (variant.text.charCodeAt(i) === 10) {
      line++;
      column = 1;
    } else column++;
  }
  return { file, line, column };
}
