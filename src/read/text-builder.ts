// Collects a text from many runs (XML text nodes, PO string lines, CSV field parts) together
// with the map back to the file that placeOf() reads.
import type { Position, TextPiece } from './position.js';

export class TextBuilder {
  text = '';
  readonly pieces: TextPiece[] = [];

  /** `start` is where the text would begin if no run is ever added (an empty `<target/>`). */
  constructor(readonly start: Position) {}

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
}
