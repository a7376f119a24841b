// The first, plain Aho-Corasick (a Map of transitions per state), with the failure and output
// links that find overlapping occurrences: kept as the oracle the typed-array trie in
// src/text/aho-corasick.ts is tested against (STYLE §11).

/** An occurrence of key `key` (its index in the key list) at `[start, end)`. */
export interface KeyHit {
  key: number;
  start: number;
  end: number;
}

/**
 * Aho-Corasick automaton. States are numbered; goto transitions live in one Map per state
 * keyed by code unit (CJK alphabets are large and sparse, so a dense table would waste memory).
 * Output links chain the keys that end at a state through its suffix states.
 */
export class ReferenceAhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Key that ends exactly at a state, or -1. */
  private readonly out: number[] = [-1];
  /** Nearest state on the fail chain (excluding itself) that ends a key, or -1. */
  private readonly outLink: number[] = [-1];
  private readonly lengths: number[] = [];

  constructor(keys: readonly string[]) {
    keys.forEach((key, k) => {
      this.lengths.push(key.length);
      if (key.length === 0) return;
      let s = 0;
      for (let i = 0; i < key.length; i++) {
        const c = key.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) {
          t = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(-1);
          this.outLink.push(-1);
          this.next[s]!.set(c, t);
        }
        s = t;
      }
      if (this.out[s] === -1) this.out[s] = k; // first key wins for duplicates
    });
    // breadth-first: fail links point to the longest proper suffix that is a prefix of a key
    const queue: number[] = [];
    for (const t of this.next[0]!.values()) queue.push(t);
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        const ft = this.fail[t]!;
        this.outLink[t] = this.out[ft] !== -1 ? ft : this.outLink[ft]!;
        queue.push(t);
      }
    }
  }

  /** Every occurrence of every key in `text`, in order of end position. */
  findAll(text: string): KeyHit[] {
    const hits: KeyHit[] = [];
    let s = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s !== 0) {
        s = this.fail[s]!;
        t = this.next[s]!.get(c);
      }
      s = t ?? 0;
      let o = this.out[s] !== -1 ? s : this.outLink[s]!;
      while (o !== -1) {
        const key = this.out[o]!;
        hits.push({ key, start: i + 1 - this.lengths[key]!, end: i + 1 });
        o = this.outLink[o]!;
      }
    }
    return hits;
  }
}

