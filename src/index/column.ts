// A key column: one cell per entry, stored as one string with the cells on separate lines plus
// the offset where each line starts. Searching the whole string with indexOf or one regular
// expression finds the matching entries without splitting 100,000 cells into strings first.
import { floorIndex } from '../text/floor-index.js';

export class Column {
  /** `starts[i]` is the UTF-16 offset where cell i begins; `starts[size]` is text.length + 1. */
  readonly starts: Uint32Array;

  constructor(
    readonly text: string,
    starts?: Uint32Array,
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  static fromCells(cells: readonly string[]): Column {
    return cells.length === 0 ? new Column('', Uint32Array.of(1)) : new Column(cells.join('\n'));
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Cell i (0-based). */
  get(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  /** The cell that offset `pos` of `text` falls in. */
  cellAt(pos: number): number {
    const starts = this.starts;
    return floorIndex(starts.length - 1, pos, (i) => starts[i]!);
  }

  /** Distinct cells containing `needle`, in order. */
  cellsContaining(needle: string): number[] {
    const out: number[] = [];
    if (!needle) return out;
    let last = -1;
    for (let p = this.text.indexOf(needle); p !== -1; p = this.text.indexOf(needle, p + 1)) {
      const cell = this.cellAt(p);
      if (cell !== last) out.push((last = cell));
      p = this.starts[cell + 1]! - 1; // skip to the end of this cell
    }
    return out;
  }

  /** Distinct cells where the (global, sticky-free) pattern matches, in order. */
  cellsMatching(pattern: RegExp): number[] {
    const out: number[] = [];
    let last = -1;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(this.text); m; m = pattern.exec(this.text)) {
      const cell = this.cellAt(m.index);
      if (cell !== last) out.push((last = cell));
      pattern.lastIndex = Math.max(pattern.lastIndex, this.starts[cell + 1]!);
      if (m[0] === '') pattern.lastIndex++;
    }
    return out;
  }
}

/** Offsets where each line of `text` starts, with text.length + 1 appended. */
export function lineStarts(text: string): Uint32Array {
  let n = 1;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) n++;
  const starts = new Uint32Array(n + 1);
  let k = 1;
  for (let p = text.indexOf('\n'); p !== -1; p = text.indexOf('\n', p + 1)) starts[k++] = p + 1;
  starts[n] = text.length + 1;
  return starts;
}
