// The zh→en scan: the Chinese of a run of segments, normalised into one reused buffer and scanned
// once by the index's automaton. This is lint's hot loop (DESIGN §6: within 3× of grep), so it
// works on code units in typed arrays and makes no object per segment or per hit.
import type { TermIndex } from '../index/term-index.js';
import { HitBuffer, type AhoCorasick } from '../text/aho-corasick.js';
import { Normalized, normalizeUnits } from '../text/script.js';

/**
 * What a segment that is not scanned is overwritten with in the buffer: a line break, which no
 * key holds, so no match starts, ends or spans there. Segments of a run are also separated by one.
 */
const BLANK = 0x0a;

/** The buffer starts at 128 KiB (64 Ki code units) and doubles when a run is longer. */
const INITIAL_BYTES = 1 << 17;

/** A term found in segment k: the entry and its span in the segment's normalised text. */
export type OnTerm = (k: number, entry: number, start: number, end: number) => void;

export class ZhScanner {
  private bytes = Buffer.alloc(INITIAL_BYTES);
  private readonly hits = new HitBuffer();
  /** seen[entry] === stamp: the entry already has its verdict in this segment. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly ac: AhoCorasick;
  private readonly owners: Int32Array;

  constructor(index: TermIndex) {
    this.seen = new Int32Array(index.size);
    ({ ac: this.ac, owners: this.owners } = index.chineseAutomaton());
  }

  /**
   * Scans a run laid out as `text` (segment k at [starts[k], ends[k]); whatever lies between
   * segments becomes a line break). Calls `onTerm` once per entry per segment, longest match
   * first in text order, then `onSegment(k)` for each scanned segment. A segment whose
   * conversion changes its length (rare) is not scanned here: `onAlone(k)` gets it instead, to
   * be checked on its own with its offset map. `skip[k] === 1` leaves segment k out.
   */
  scan(text: string, starts: Int32Array, ends: Int32Array, skip: Uint8Array | null, onTerm: OnTerm, onSegment: (k: number) => void, onAlone: (k: number) => void): void {
    const count = starts.length;
    const end = ends[count - 1]!;
    const units = this.units(text, end);
    const alone = new Uint8Array(count);
    for (let k = 0; k < count; k++) {
      const s = starts[k]!;
      const e = ends[k]!;
      if (skip?.[k] === 1) units.fill(BLANK, s, e);
      else if (normalizeUnits(units, s, e) === Normalized.Length) {
        alone[k] = 1;
        units.fill(BLANK, s, e);
      }
    }
    const { hits, ac, owners, seen } = this;
    hits.clear();
    ac.scanLongest(units, starts[0]!, end, hits);
    let h = 0;
    for (let k = 0; k < count; k++) {
      if (skip?.[k] === 1) continue;
      const e = ends[k]!;
      const h0 = h;
      while (h < hits.length && hits.end(h) <= e) h++;
      if (alone[k] === 1) {
        onAlone(k);
        continue;
      }
      if (h > h0) {
        const stamp = ++this.stamp;
        const base = starts[k]!;
        for (let j = h0; j < h; j++) {
          const key = hits.key(j);
          const i = owners[key]!;
          if (seen[i] === stamp) continue; // one verdict per entry per segment
          seen[i] = stamp;
          const hitEnd = hits.end(j) - base;
          onTerm(k, i, hitEnd - ac.keyLength(key), hitEnd);
        }
      }
      onSegment(k);
    }
  }

  /** The code units of `text[0, length)`, copied natively into the reused buffer. */
  private units(text: string, length: number): Uint16Array {
    if (this.bytes.length < 2 * length) this.bytes = Buffer.alloc(Math.max(2 * length, 2 * this.bytes.length));
    this.bytes.write(length === text.length ? text : text.slice(0, length), 0, 'utf16le');
    return new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, length);
  }
}
