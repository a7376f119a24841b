// Collects the text of a variant from many runs (XML text nodes, PO string lines, CSV field
// parts) together with the map back to the file that placeOf() reads.
import type { TextPiece, Variant } from '../segment.js';

/** Where a run of text starts in the file (1-based line and column). */
export interface Start {
  line: number;
  column: number;
}

export class TextBuilder {
  text = '';
  readonly pieces: TextPiece[] = [];

  /** `start` is where the text would begin if no run is ever added (an empty `<target/>`). */
  constructor(private readonly start: Start) {}

  /** Adds a run of text whose pieces have offsets relative to the run (the first at 0). */
  add(text: string, pieces: readonly TextPiece[]): void {
    if (!text) return;
    const base = this.text.length;
    for (const p of pieces) this.pieces.push({ offset: base + p.offset, line: p.line, column: p.column });
    this.text += text;
  }

  /** Adds a run read from one place, without line breaks hidden in escapes. */
  addAt(text: string, line: number, column: number): void {
    if (!text) return;
    this.pieces.push({ offset: this.text.length, line, column });
    this.text += text;
  }

  /** Adds text that is in no place of the file (a separator between runs). */
  addSynthetic(text: string): void {
    this.text += text;
  }

  /** The map, with a first piece at offset 0 as placeOf() expects. */
  map(): TextPiece[] {
    const first = this.pieces[0];
    if (first && first.offset === 0) return this.pieces;
    return [{ offset: 0, line: this.start.line, column: this.start.column }, ...this.pieces];
  }

  /** The variant read so far; `lang` is left out when the file declares none. */
  variant(role: Variant['role'], lang: string | undefined): Variant {
    const v: Variant = { role, text: this.text, map: this.map() };
    if (lang !== undefined && lang !== '') v.lang = lang;
    return v;
  }
}
