// en→zh: glossary renderings found in an English source, checked against the Chinese target.
import { ALT } from '../index/term-index.js';
import { englishKey } from '../text/english.js';
import { normalizeChinese, originalSpan, toSimplifiedMapped } from '../text/script.js';
import type { CheckContext } from './check-context.js';
import type { Pair } from './direction.js';
import { longestFirst } from './english-source.js';
import { problemAt } from './problem.js';
import { avoidTerm } from './rules/avoid-term.js';
import { missingTerm } from './rules/missing-term.js';
import { placeOf } from '../read/position.js';
import { PairRun } from './segment-run.js';

/** Checks one en→zh pair; returns the run it was checked as (for untranslated). */
export function checkEnZh(ctx: CheckContext, pair: Pair, id: string): PairRun {
  const { rules, index } = ctx;
  const file = ctx.path;
  const source = pair.en.text;
  const mapped = toSimplifiedMapped(pair.zh.text);
  const target = mapped.text;
  const seen = new Set<number>();
  const run = new PairRun(file, [pair], [id]);
  const all = ctx.termMatcher().findAll(source);
  for (const m of longestFirst(all)) {
    // Several entries may share a rendering (渝 and 重庆 are both "Chongqing"): any of their
    // Chinese forms satisfies it, and the entry reported is the one whose preferred rendering
    // it is, the full form before the abbreviation.
    const group = [...new Set(all.filter((x) => x.start === m.start && x.end === m.end).map((x) => x.phrase.value))].filter((g) => !seen.has(g));
    if (group.length === 0) continue;
    const english = source.slice(m.start, m.end);
    const key = englishKey(english);
    const score = (g: number) => {
      const e = index.entry(g);
      return (englishKey(e.en) === key ? 1000 : 0) + e.zh.length;
    };
    group.sort((a, b) => score(b) - score(a));
    for (const g of group) seen.add(g);
    const i = group[0]!;
    const entry = index.entry(i);
    const forms = group.flatMap((g) => index.column('zh').get(g).split(ALT)); // zh, zh_also, regional forms
    const level = entry.lint;
    if (level !== 'off') ctx.countTerm();
    const avoided = entry.zh_avoid.map((a) => ({ a, at: target.indexOf(normalizeChinese(a)) })).find((x) => x.at !== -1 && !forms.some((f) => f.includes(normalizeChinese(x.a)) && target.includes(f)));
    if (avoided) {
      if (rules['avoid-term'] !== 'off') {
        const span = originalSpan(mapped, avoided.at, avoided.at + normalizeChinese(avoided.a).length);
        const found = pair.zh.text.slice(span.start, span.end);
        ctx.emit(problemAt(id, placeOf(pair.zh, span.start, pair.zh.file ?? file), avoidTerm(rules['avoid-term'], entry, found, { expected: [entry.zh, ...entry.zh_also], of: english })));
      }
      continue;
    }
    if (level === 'off') continue; // kept for lookup only
    const used = forms.find((f) => target.includes(f));
    if (used) {
      const at = target.indexOf(used);
      ctx.log.use(i, used, run, 0, 'zh', originalSpan(mapped, at, at + used.length).start);
      continue;
    }
    if (rules['missing-term'] !== 'off' && entry.status !== 'deprecated') {
      const expected = [...new Set(group.flatMap((g) => [index.entry(g).zh, ...index.entry(g).zh_also]))];
      const problem = problemAt(id, placeOf(pair.en, m.start, pair.en.file ?? file), missingTerm(level === 'relaxed' ? 'warning' : rules['missing-term'], entry, expected, `"${english}"`));
      if (level === 'relaxed') ctx.emitUnlessRendered(i, problem);
      else ctx.emit(problem);
    }
  }
  return run;
}
