// inconsistent-term: one file renders the same entry in different ways. Each file keeps a log
// of the renderings used per entry; the rule reads it when the file ends.
import type { Place } from '../../errors.js';
import type { TermIndex } from '../../index/term-index.js';
import { problemAt, type Problem } from '../problem.js';
import type { Severity } from '../rules.js';

/** Where a rendering was first used; worked out only if a problem needs it. */
export interface FirstUse {
  segment: () => string;
  at: () => Place;
}

interface Usage {
  rendering: string;
  count: number;
  first: FirstUse;
}

export class RenderingLog {
  /** Renderings used, by entry (a sparse array: an entry's position is its key). */
  private readonly usage: (Usage[] | undefined)[];

  constructor(size: number) {
    this.usage = new Array<Usage[] | undefined>(size);
  }

  /** Counts a use of `rendering` for entry `entry`; `first` is kept for its first use only. */
  use(entry: number, rendering: string, first: FirstUse): void {
    let uses = this.usage[entry];
    if (!uses) this.usage[entry] = uses = [];
    // renderings are the glossary's own strings (an entry has a few): compared as the same string
    for (const u of uses) {
      if (u.rendering === rendering) {
        u.count++;
        return;
      }
    }
    uses.push({ rendering, count: 1, first });
  }

  /** One problem per rendering other than the most used one, at its first use. */
  problems(index: TermIndex, severity: Severity): Problem[] {
    const out: Problem[] = [];
    this.usage.forEach((uses, i) => {
      if (!uses || uses.length < 2) return;
      const entry = index.entry(i);
      const usages = [...uses].sort((a, b) => b.count - a.count);
      const main = usages[0]!;
      for (const u of usages.slice(1)) {
        out.push(
          problemAt(u.first.segment(), u.first.at(), {
            rule: 'inconsistent-term',
            severity,
            term: entry.zh,
            expected: [main.rendering],
            found: u.rendering,
            message: `"${entry.zh}" is rendered "${u.rendering}" here (${u.count}×) but "${main.rendering}" in ${main.count} other segment${main.count === 1 ? '' : 's'} of this file`,
          }),
        );
      }
    });
    return out;
  }
}
