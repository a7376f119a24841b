// inconsistent-term: one file renders the same entry in different ways. Each file keeps a log
// of the renderings used per entry; the rule reads it when the file ends.
//
// What counts, measured on official translations (issue 12), where long documents use two
// admitted renderings once each ("commercialization", "application of scientific and
// technological advances") and nobody would call that inconsistent:
// - a rendering is inconsistent with an established one: used at least twice in the file;
// - a rendering said shorter is the same rendering: an abbreviation ("AI" after "artificial
//   intelligence (AI)"), a word left out ("Belt and Road" for "Belt and Road Initiative");
// - entries with `lint: relaxed` are formulations official English recasts at will: not checked.
import type { SegmentRun } from '../segment-run.js';
import type { TermIndex } from '../../index/term-index.js';
import { looseRendering } from '../../text/english-loose.js';
import { problemAt, type Problem } from '../problem.js';
import type { Severity } from '../rules.js';

/** Where a rendering was first used: segment k of a run, at an offset on one side. */
interface Usage {
  rendering: string;
  count: number;
  run: SegmentRun;
  k: number;
  side: 'en' | 'zh';
  offset: number;
}

/** How often a rendering must be used in a file before another one is a deviation from it. */
const ESTABLISHED = 2;

/**
 * Whether two renderings are one said shorter: the content words of one stand in order among
 * the other's, abbreviations counted as the words they abbreviate. "Belt and Road" is "Belt and
 * Road Initiative", "the Party" is "Communist Party of China", "AI" is "artificial
 * intelligence", "CPC Central Committee" is "Communist Party of China Central Committee", and
 * "build a modern socialist country" is "building China into a modern socialist country".
 */
export function isShortFormOf(a: string, b: string): boolean {
  const [x, y] = [expanded(a), expanded(b)];
  return isSubsequence(x, y) || isSubsequence(y, x);
}

/** A rendering's content stems, an abbreviation (CPC, AI, R&D) replaced by its letters' words. */
function expanded(rendering: string): string[] {
  const out: string[] = [];
  for (const word of rendering.split(/[\s\-–]+/)) {
    const letters = word.replace(/[^A-Za-z]/g, '');
    if (letters.length >= 2 && /^[A-Z&]+s?$/.test(word)) for (const l of letters.replace(/s$/, '')) out.push(`=${l.toLowerCase()}`);
    else for (const stem of looseRendering(word).stems) out.push(stem);
  }
  return out;
}

/** Whether `short` stands in order in `long`; an initial (=c) matches a word that starts with it. */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0) return false;
  let j = 0;
  for (const w of long) {
    const s = short[j]!;
    if (s === w || (s.startsWith('=') && (w.startsWith('=') ? w === s : w.startsWith(s.slice(1))))) j++;
    else if (w.startsWith('=') && !s.startsWith('=') && s.startsWith(w.slice(1))) j++;
    if (j === short.length) return true;
  }
  return false;
}

export class RenderingLog {
  /**
   * Renderings used, by entry (a sparse array: an entry's position is its key), and the entries
   * used, so that a new document clears what the last one used and no more.
   */
  private readonly usage: (Usage[] | undefined)[] = [];
  private readonly used: number[] = [];

  /**
   * Counts a use of `rendering` for entry `entry`, in segment k of `run` at `offset` on `side`;
   * where it was is kept for a rendering's first use only (lint's hot path: no object a hit).
   */
  use(entry: number, rendering: string, run: SegmentRun, k: number, side: 'en' | 'zh', offset: number): void {
    let uses = this.usage[entry];
    if (!uses) {
      this.usage[entry] = uses = [];
      this.used.push(entry);
    }
    // renderings are the glossary's own strings (an entry has a few): compared as the same string
    for (const u of uses) {
      if (u.rendering === rendering) {
        u.count++;
        return;
      }
    }
    uses.push({ rendering, count: 1, run, k, side, offset });
  }

  /** Forgets every use: a new document starts. */
  clear(): void {
    for (const i of this.used) this.usage[i] = undefined;
    this.used.length = 0;
  }

  /** Whether the file rendered entry `entry` anywhere. */
  hasUse(entry: number): boolean {
    return this.usage[entry] !== undefined;
  }

  /** One problem per rendering other than the established one, at its first use. */
  problems(index: TermIndex, severity: Severity): Problem[] {
    const out: Problem[] = [];
    for (const i of this.used) {
      const uses = this.usage[i]!;
      if (uses.length < 2) continue;
      const entry = index.entry(i);
      if (entry.lint === 'relaxed' || entry.lint === 'off') continue;
      const usages = [...uses].sort((a, b) => b.count - a.count);
      const main = usages[0]!;
      if (main.count < ESTABLISHED) continue;
      for (const u of usages.slice(1)) {
        if (isShortFormOf(u.rendering, main.rendering)) continue;
        out.push(
          problemAt(u.run.id(u.k), u.side === 'en' ? u.run.enPlace(u.k, u.offset) : u.run.zhPlace(u.k, u.offset), {
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
