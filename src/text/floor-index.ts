// The one "which piece holds this offset" search: the last of a sorted list of starts that is
// at or before a position. Positions in files (src/read/position.ts) and cells of the index's
// key columns (src/index/column.ts) both ask it.

/** The last index i in [0, count) with startOf(i) <= pos (0 when none is), by binary search. */
export function floorIndex(count: number, pos: number, startOf: (i: number) => number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
