// What every bilingual reader yields and every lint rule reads (STYLE §6): units of a
// translation file, each with one or more segments, each segment with its language variants.
import type { Place } from '../errors.js';
import type { TextPiece } from '../read/position.js';
import type { TextBuilder } from '../read/text-builder.js';

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
  /**
   * Which document of the file the unit is in, where the format has several (XLIFF `<file>`
   * elements, counted from 1): consistency is a matter of one document.
   */
  document?: number;
}

/** The variant a builder has read so far; `lang` is left out when the file declares none. */
export function variantOf(b: TextBuilder, role: Variant['role'], lang: string | undefined): Variant {
  const v: Variant = { role, text: b.text, map: b.map() };
  if (lang !== undefined && lang !== '') v.lang = lang;
  return v;
}
