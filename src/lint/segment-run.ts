// A run of zh→en segments checked together, by position k: their texts, ids and the places of
// offsets in them. Units from any reader and aligned lines (their own fast path) both come as one.
import type { Place } from '../errors.js';
import type { Pair } from './direction.js';
import type { AlignedChunk } from './formats/aligned.js';
import { placeOf } from '../read/position.js';

export interface SegmentRun {
  id(k: number): string;
  zh(k: number): string;
  en(k: number): string;
  zhPlace(k: number, offset: number): Place;
  enPlace(k: number, offset: number): Place;
}

/** Segments of units, paired. */
export class PairRun implements SegmentRun {
  constructor(
    private readonly file: string,
    private readonly pairs: readonly Pair[],
    private readonly ids: readonly string[],
  ) {}

  id(k: number): string {
    return this.ids[k]!;
  }
  zh(k: number): string {
    return this.pairs[k]!.zh.text;
  }
  en(k: number): string {
    return this.pairs[k]!.en.text;
  }
  zhPlace(k: number, offset: number): Place {
    const v = this.pairs[k]!.zh;
    return placeOf(v, offset, v.file ?? this.file);
  }
  enPlace(k: number, offset: number): Place {
    const v = this.pairs[k]!.en;
    return placeOf(v, offset, v.file ?? this.file);
  }
}

/** Aligned lines: segment k is line firstLine + k of both files. */
export class AlignedRun implements SegmentRun {
  constructor(
    private readonly chunk: AlignedChunk,
    private readonly sourcePath: string,
    private readonly targetPath: string,
  ) {}

  id(k: number): string {
    return String(this.chunk.source.firstLine + k);
  }
  zh(k: number): string {
    const s = this.chunk.source;
    return s.text.slice(s.starts[k]!, s.ends[k]!);
  }
  en(k: number): string {
    return this.chunk.targets[k]!;
  }
  zhPlace(k: number, offset: number): Place {
    return { file: this.sourcePath, line: this.chunk.source.firstLine + k, column: offset + 1 };
  }
  enPlace(k: number, offset: number): Place {
    return { file: this.targetPath, line: this.chunk.source.firstLine + k, column: offset + 1 };
  }
}
