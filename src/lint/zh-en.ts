// zh→en: the verdict on one glossary term found in a Chinese source, against its English target.
import type { Place } from '../errors.js';
import type { EnglishText } from '../text/english.js';
import { originalSpan, type MappedText } from '../text/script.js';
import type { CheckContext } from './check-context.js';
import { problemAt } from './problem.js';
import { avoidedIn, avoidTerm } from './rules/avoid-term.js';
import { missingTerm } from './rules/missing-term.js';
import type { SegmentRun } from './segment-run.js';

/**
 * The verdict on entry `i`, found at [start, end) of segment k's normalised Chinese: its
 * English has an avoided rendering (avoid-term), an admitted one (logged for
 * inconsistent-term), or none (missing-term). `mapped` maps offsets back where the
 * normalisation changed the segment's length.
 */
export function checkTerm(ctx: CheckContext, run: SegmentRun, k: number, english: EnglishText, i: number, start: number, end: number, mapped: MappedText | null): void {
  const { rules } = ctx;
  const entry = ctx.index.entry(i);
  const m = ctx.matchers(i);
  const avoided = avoidedIn(m.avoid, m.admitted, english);
  if (avoided.length > 0) {
    if (rules['avoid-term'] !== 'off') {
      const a = avoided[0]!;
      ctx.emit(problemAt(run.id(k), run.enPlace(k, a.start), avoidTerm(rules['avoid-term'], entry, english.text.slice(a.start, a.end))));
    }
    return;
  }
  const admitted = m.admitted.findFirst(english);
  if (admitted) {
    ctx.log.use(i, admitted.phrase.value, firstUse(run, k, 'en', admitted.start));
    return;
  }
  if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
    const span = mapped ? originalSpan(mapped, start, end) : { start, end };
    const source = run.zh(k).slice(span.start, span.end);
    const what = `"${source}"${source !== entry.zh ? ` (${entry.zh})` : ''}`;
    ctx.emit(problemAt(run.id(k), run.zhPlace(k, span.start), missingTerm(rules['missing-term'], entry, [entry.en, ...entry.en_also], what)));
  }
}

/** Where a rendering was used: segment k of a run, at an offset on one side. */
export function firstUse(run: SegmentRun, k: number, side: 'en' | 'zh', offset: number): { segment: () => string; at: () => Place } {
  return { segment: () => run.id(k), at: () => (side === 'en' ? run.enPlace(k, offset) : run.zhPlace(k, offset)) };
}
