// A multi-pattern matcher over UTF-16 code units: the trie of an Aho-Corasick automaton with a
// prefix filter in front, so one pass over the text finds the keys in it and the cost grows with
// the text and the number of matches, not with the number of keys (DESIGN §6).
//
// Typed arrays throughout: a profile of the first version (a Map of transitions per state)
// spent its time in Map lookups scattered over memory: 0.28 s for 7 M characters at 1,000
// keys, 0.84 s at 100,000, plus 1 s to build. Here the trie is built breadth-first from the
// sorted keys, so every state's children are consecutive states; the root, where a scan spends
// most of its time, has a direct table over all 65,536 code units.
//
// No failure or output links: every caller wants the longest key at a position (scanLongest,
// walk) or the keys on one walk down (keysAt), and building, storing and reading the links cost
// every open of a cached index. The full automaton, which finds overlapping occurrences, is
// kept as the oracle these scans are tested against (test/text/reference-aho-corasick.ts).

/** The automaton as typed arrays, to store in the index cache and load without rebuilding. */
export interface AutomatonArrays {
  firstChild: Int32Array;
  childCount: Int32Array;
  label: Uint16Array;
  out: Int32Array;
  lengths: Int32Array;
}

export const AUTOMATON_ARRAYS = ['firstChild', 'childCount', 'label', 'out', 'lengths'] as const;

export class AhoCorasick {
  /** Child of the root for each code unit (0: none). */
  private readonly rootNext = new Int32Array(65536);
  /** State s's children are states firstChild[s] .. firstChild[s] + childCount[s] - 1. */
  private readonly firstChild: Int32Array;
  private readonly childCount: Int32Array;
  /** The code unit on the edge into each state. */
  private readonly label: Uint16Array;
  /** Key ending exactly at each state, or -1. */
  private readonly out: Int32Array;
  /** Length of each key, by original index. */
  private readonly lengths: Int32Array;

  /** Builds the automaton of `keys`, or adopts arrays that toArrays() gave earlier. */
  constructor(keys: readonly string[] | AutomatonArrays) {
    ({ firstChild: this.firstChild, childCount: this.childCount, label: this.label, out: this.out, lengths: this.lengths } = isKeyList(keys) ? buildTrie(keys) : keys);
    for (let t = this.firstChild[0]!, e = t + this.childCount[0]!; t < e; t++) this.rootNext[this.label[t]!] = t;
  }

  toArrays(): AutomatonArrays {
    const { firstChild, childCount, label, out, lengths } = this;
    return { firstChild, childCount, label, out, lengths };
  }

  /** The child of state s on code unit c, or -1. */
  private step(s: number, c: number): number {
    if (s === 0) {
      const t = this.rootNext[c]!;
      return t === 0 ? -1 : t;
    }
    const first = this.firstChild[s]!;
    const n = this.childCount[s]!;
    if (n <= 8) {
      for (let t = first; t < first + n; t++) if (this.label[t] === c) return t;
      return -1;
    }
    let a = first;
    let b = first + n - 1;
    while (a <= b) {
      const m = (a + b) >> 1;
      const l = this.label[m]!;
      if (l === c) return m;
      if (l < c) a = m + 1;
      else b = m - 1;
    }
    return -1;
  }

  /**
   * The longest key that starts at `units[i]` and ends by `to`, or -1, by a walk down the trie.
   * Callers test the prefix filter first (mayStart): most positions of a text are turned away by
   * two table lookups before any walk.
   */
  walk(units: Uint16Array, i: number, to: number): number {
    const out = this.out;
    let s = this.rootNext[units[i]!]!;
    if (s === 0) return -1;
    let key = -1;
    for (let j = i + 1; ; j++) {
      if (out[s] !== -1) key = out[s]!;
      if (j === to) break;
      s = this.step(s, units[j]!);
      if (s < 0) break;
    }
    return key;
  }

  /**
   * The longest key at each position, left to right, without overlaps: where a key is found
   * the scan goes on after it (成渝地区双城经济圈, not 双城经济圈 inside it). Hits are appended to
   * `hits` in text order.
   *
   * This is what lint and sentence lookup want, and it is cheaper than finding every
   * occurrence: a position is walked only if the prefix filter (see mayStart, written out here)
   * lets it through. A profile of the full automaton on the 7 M characters of the lint
   * benchmark gave 24 ns a character, most of it in failure transitions between overlapping
   * partial matches; this scan takes a third of that.
   */
  scanLongest(units: Uint16Array, from: number, to: number, hits: HitBuffer): void {
    const { bits, single } = this.filter ?? this.prefixFilter();
    const lengths = this.lengths;
    for (let i = from; i < to; ) {
      const c = units[i]!;
      const first = single[c]!;
      if (first === 0) {
        i++;
        continue;
      }
      if (first === 1) {
        if (i + 1 >= to) break;
        const h = bigram(c, units[i + 1]!);
        if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) {
          i++;
          continue;
        }
      }
      const key = this.walk(units, i, to);
      if (key === -1) {
        i++;
        continue;
      }
      i += lengths[key]!;
      hits.push(key, i);
    }
  }

  private filter?: PrefixFilter;

  /** The prefix filter of the keys, for loops that test it before they walk (see mayStart). */
  prefixFilter(): PrefixFilter {
    if (!this.filter) {
      const bits = new Uint32Array(1 << 15);
      const single = new Uint8Array(65536);
      const { firstChild, childCount, label, out } = this;
      for (let t = firstChild[0]!, e = t + childCount[0]!; t < e; t++) {
        const c = label[t]!;
        single[c] = out[t] !== -1 ? 2 : 1;
        for (let u = firstChild[t]!, f = u + childCount[t]!; u < f; u++) {
          const h = bigram(c, label[u]!);
          bits[h >>> 5]! |= 1 << (h & 31);
        }
      }
      this.filter = { bits, single };
    }
    return this.filter;
  }

  /**
   * Every key that starts at `units[i]` and ends by `to`, the shorter first, appended to `hits`:
   * the keys on one walk down the trie. English matching looks up the stems at each word start
   * this way, without visiting the insides of words.
   */
  keysAt(units: Uint16Array, i: number, to: number, hits: HitBuffer): void {
    const out = this.out;
    let s = this.rootNext[units[i]!]!;
    for (let j = i + 1; s !== 0; j++) {
      if (out[s] !== -1) hits.push(out[s]!, j);
      if (j === to) break;
      const t = this.step(s, units[j]!);
      if (t < 0) break;
      s = t;
    }
  }

  /** Length of key `key`. */
  keyLength(key: number): number {
    return this.lengths[key]!;
  }
}

/** The trie of `keys`, breadth-first from the sorted keys. */
function buildTrie(keys: readonly string[]): AutomatonArrays {
  const lengths = Int32Array.from(keys, (k) => k.length);
  // Sort key indexes by key; equal keys keep the lowest index first (it wins).
  const order = Array.from(keys.keys()).filter((k) => keys[k]!.length > 0);
  order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const sorted = order.map((k) => keys[k]!);

  // Breadth-first construction. A pending state covers sorted[lo, hi), all sharing the
  // prefix of length `depth`; its children are the groups of that range by the next unit.
  let capacity = 1 + keys.reduce((n, k) => n + k.length, 0);
  let firstChild = new Int32Array(capacity);
  let childCount = new Int32Array(capacity);
  let label = new Uint16Array(capacity);
  let out = new Int32Array(capacity).fill(-1);
  const lo: number[] = [0];
  const hi: number[] = [sorted.length];
  const depthOf: number[] = [0];
  let states = 1;
  for (let s = 0; s < states; s++) {
    const depth = depthOf[s]!;
    let i = lo[s]!;
    const end = hi[s]!;
    // keys that end here come first in sorted order (a prefix sorts before its extensions)
    while (i < end && sorted[i]!.length === depth) {
      if (out[s] === -1) out[s] = order[i]!;
      i++;
    }
    firstChild[s] = states;
    while (i < end) {
      const c = sorted[i]!.charCodeAt(depth);
      let j = i + 1;
      while (j < end && sorted[j]!.charCodeAt(depth) === c) j++;
      if (states >= capacity) {
        capacity *= 2;
        firstChild = grow(firstChild, capacity);
        childCount = grow(childCount, capacity);
        label = grow(label, capacity);
        out = grow(out, capacity, -1);
      }
      label[states] = c;
      lo.push(i);
      hi.push(j);
      depthOf.push(depth + 1);
      states++;
      childCount[s]!++;
      i = j;
    }
  }
  return { firstChild: firstChild.subarray(0, states), childCount: childCount.subarray(0, states), label: label.subarray(0, states), out: out.subarray(0, states), lengths };
}


function isKeyList(keys: readonly string[] | AutomatonArrays): keys is readonly string[] {
  return Array.isArray(keys);
}

/** Key hits as (key, end) pairs in one growing Int32Array. */
export class HitBuffer {
  private data = new Int32Array(2048);
  /** Number of hits. */
  length = 0;

  push(key: number, end: number): void {
    if (2 * this.length === this.data.length) {
      const bigger = new Int32Array(2 * this.data.length);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = key;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }

  key(h: number): number {
    return this.data[2 * h]!;
  }

  end(h: number): number {
    return this.data[2 * h + 1]!;
  }

  clear(): void {
    this.length = 0;
  }
}

/**
 * single[c] is 0 when no key starts with c, 2 when c alone is a key, else 1; bit bigram(c1, c2)
 * of `bits` is set when some key starts with c1 c2.
 */
export interface PrefixFilter {
  bits: Uint32Array;
  single: Uint8Array;
}

/** Whether a key may start at `units[i]` (see PrefixFilter); false means none does. */
export function mayStart(f: PrefixFilter, units: Uint16Array, i: number, to: number): boolean {
  const c = units[i]!;
  const first = f.single[c]!;
  if (first !== 1) return first === 2;
  if (i + 1 >= to) return false;
  const h = bigram(c, units[i + 1]!);
  return (f.bits[h >>> 5]! & (1 << (h & 31))) !== 0;
}

/** A 20-bit hash of two code units, for the bigram filter. */
function bigram(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 12;
}

function grow<T extends Int32Array | Uint16Array>(a: T, size: number, fill = 0): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}
