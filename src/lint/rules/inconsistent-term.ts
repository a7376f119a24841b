// inconsistent-term: one file renders the same entry in different ways. Each file keeps a log
// of the renderings used per entry; the rule reads it when the file ends.
//
// What counts, measured on official translations (issue 12), where long documents use two
// admitted renderings once each ("commercialization", "application of scientific and
// technological advances") and nobody would call that inconsistent:
// - a rendering is inconsistent with an established one: used at least twice in the file;
// - an abbreviation is the same rendering as its long form ("AI" after "artificial
//   intelligence (AI)"), and so is a rendering shortened ("Belt and Road" for "Belt and Road
//   Initiative");
// - entries with `lint: relaxed` are formulations official English recasts at will: not checked.
import type { Place } from '../../errors.js';
import type { TermIndex } from '../../index/term-index.js';
import { englishKey } from '../../text/english.js';
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

/** How often a rendering must be used in a file before another one is a deviation from it. */
const ESTABLISHED = 2;

/** Whether `short` is the initials of `long`'s words: AI, artificial intelligence; R&D, research and development. */
export function isAbbreviationOf(short: string, long: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || !/^[A-Z&]+s?$/.test(short.trim())) return false;
  const words = long.split(/[\s\-–]+/).filter((w) => w && !/^(?:of|and|the|for|in|on|to)$/i.test(w));
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  return initials === letters.replace(/s$/, '') || initials === letters;
}

/**
 * Whether one rendering holds the other's words whole: "Belt and Road" is "Belt and Road
 * Initiative" shortened, as official English does after the first mention.
 */
function isShortFormOf(a: string, b: string): boolean {
  const [x, y] = [englishKey(a), englishKey(b)];
  return ` ${y} `.includes(` ${x} `) || ` ${x} `.includes(` ${y} `);
}

export class RenderingLog {
  /** Renderings used, by entry: as many as the document uses, whatever the glossary's size. */
  private readonly usage = new Map<number, Usage[]>();

  /** Counts a use of `rendering` for entry `entry`; `first` is kept for its first use only. */
  use(entry: number, rendering: string, first: FirstUse): void {
    let uses = this.usage.get(entry);
    if (!uses) this.usage.set(entry, (uses = []));
    // renderings are the glossary's own strings (an entry has a few): compared as the same string
    for (const u of uses) {
      if (u.rendering === rendering) {
        u.count++;
        return;
      }
    }
    uses.push({ rendering, count: 1, first });
  }

  /** Whether the file rendered entry `entry` anywhere. */
  hasUse(entry: number): boolean {
    return this.usage.has(entry);
  }

  /** One problem per rendering other than the established one, at its first use. */
  problems(index: TermIndex, severity: Severity): Problem[] {
    const out: Problem[] = [];
    for (const [i, uses] of this.usage) {
      if (uses.length < 2) continue;
      const entry = index.entry(i);
      if (entry.lint === 'relaxed' || entry.lint === 'off') continue;
      const usages = [...uses].sort((a, b) => b.count - a.count);
      const main = usages[0]!;
      if (main.count < ESTABLISHED) continue;
      for (const u of usages.slice(1)) {
        if (isAbbreviationOf(u.rendering, main.rendering) || isAbbreviationOf(main.rendering, u.rendering) || isShortFormOf(u.rendering, main.rendering)) continue;
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
    }
    return out;
  }
}
