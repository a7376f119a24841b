// zh→en: the verdict on one glossary term found in a Chinese source, against its English target.
import type { IndexedEntry } from '../index/term-index.js';
import type { EnglishText } from '../text/english.js';
import { findGapped, findLoose, findOrdered, findPartial, looseRendering, StemmedText } from '../text/english-loose.js';
import { originalSpan, type MappedText } from '../text/script.js';
import type { CheckContext, EntryMatchers } from './check-context.js';
import { problemAt } from './problem.js';
import { avoidedIn, avoidTerm } from './rules/avoid-term.js';
import { missingTerm, partialTerm } from './rules/missing-term.js';
import type { SegmentRun } from './segment-run.js';
import { isInTitle, rereadChinese } from './zh-reading.js';

/** The target's words stemmed, made once per segment and only when a term needs it. */
export interface TargetWords {
  stemmed?: StemmedText;
}

/**
 * The verdict on entry `i`, found at [start, end) of segment k's normalised Chinese: its
 * English has an avoided rendering (avoid-term), an admitted one, exactly or in an accepted
 * variant (logged for inconsistent-term), most of one (a warning), or none (missing-term, as
 * strict as the entry's `lint` level says). `mapped` maps offsets back where the normalisation
 * changed the segment's length.
 */
export function checkTerm(ctx: CheckContext, run: SegmentRun, k: number, english: EnglishText, words: TargetWords, i: number, start: number, end: number, mapped: MappedText | null, reread = true): void {
  const { rules } = ctx;
  const entry = ctx.index.entry(i);
  if (entry.lint !== 'off') ctx.countTerm();
  const m = ctx.matchers(i);
  const avoided = avoidedIn(m.avoid, m.admitted, english);
  if (avoided.length > 0) {
    if (rules['avoid-term'] !== 'off') {
      const a = avoided[0]!;
      ctx.emit(problemAt(run.id(k), run.enPlace(k, a.start), avoidTerm(rules['avoid-term'], entry, english.text.slice(a.start, a.end))));
    }
    return;
  }
  if (entry.lint === 'off') return; // kept for lookup only: never reported missing
  const admitted = m.admitted.findFirst(english);
  if (admitted) {
    ctx.log.use(i, admitted.phrase.value, run, k, 'en', admitted.start);
    return;
  }
  if (rules['missing-term'] === 'off' || entry.status === 'deprecated') return;
  const stemmed = (words.stemmed ??= new StemmedText(english.text));
  const loose = (m.loose ??= [entry.en, ...entry.en_also].map(looseRendering));
  // a name keeps its words in order (its function words may vary); other terms may be
  // reordered, take a word more or change their part of speech; any may have a gap
  // (the stems are in lower case: a case-sensitive entry is matched only as written)
  const find = isName(entry) ? findOrdered : findLoose;
  for (const r of entry.case_sensitive ? [] : loose) {
    const found = r.parts ? findGapped(stemmed, r) : find(stemmed, r);
    if (found) {
      ctx.log.use(i, r.rendering, run, k, 'en', found.start);
      return;
    }
  }
  const span = mapped ? originalSpan(mapped, start, end) : { start, end };
  if (reread) {
    const reading = rereadChinese(ctx.index, run.zh(k), i, span.start, span.end);
    if (reading.kind === 'not-a-word') {
      ctx.countTerm(-1);
      return;
    }
    if (reading.kind === 'overlap') {
      ctx.countTerm(-1);
      checkTerm(ctx, run, k, english, words, reading.entry, reading.start, reading.end, null, false);
      return;
    }
  }
  const source = run.zh(k).slice(span.start, span.end);
  const level = entry.lint === 'relaxed' || isInTitle(run.zh(k), span.start, span.end) ? 'relaxed' : entry.lint;
  const what = `"${source}"${source !== entry.zh ? ` (${entry.zh})` : ''}`;
  const at = run.zhPlace(k, span.start);
  if (level === 'relaxed') {
    // official English may drop or recast it: at most a warning, none for a recast, and none
    // where the file renders it elsewhere (总书记 after the first mention): decided at the end
    if (!loose.some((r) => findPartial(stemmed, r, true))) ctx.emitUnlessRendered(i, problemAt(run.id(k), at, missingTerm('warning', entry, expectedOf(entry), what)));
    return;
  }
  for (const r of loose) {
    const partial = findPartial(stemmed, r);
    if (partial) {
      ctx.emit(problemAt(run.id(k), at, partialTerm(entry, expectedOf(entry), what, partial)));
      return;
    }
  }
  ctx.emit(problemAt(run.id(k), at, missingTerm(rules['missing-term'], entry, expectedOf(entry), what)));
}

/** Names: no reordering, no inserted words. */
function isName(entry: IndexedEntry): boolean {
  return entry.pos === 'name';
}

/** What would satisfy missing-term: the preferred rendering first, then the admitted ones. */
function expectedOf(entry: IndexedEntry): string[] {
  return [entry.en, ...entry.en_also];
}
