// Precision on real professional translations (DESIGN §6, issue 12): lints bilingual sets that
// professionals signed off and reports, per set, the glossary terms found and the findings, as
// a share of the terms. Every finding is judged once by hand in eval/judgments.tsv (true: a
// real problem a reviewer would want; false: a false alarm, and why), so the figure is
// precision, not a count, and a changed judgment shows a regression. A judged-true finding that
// is no longer reported is a loss of recall and is listed.
//
// Sets: ../shared/real-dev (when present) and every eval/sets/NAME/ (zh.txt, en.txt,
// sources.tsv). Usage: npm run eval (runs this through bench/run.js, which records the
// section in bench/RESULTS.md); EVAL_SETS=/path/a:/path/b measures other sets the same way.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const TARGET_ERRORS = 0.02;
const TARGET_ALL = 0.08;

function sets(ROOT) {
  const out = [];
  const shared = join(ROOT, '..', 'shared', 'real-dev');
  if (existsSync(join(shared, 'zh.txt'))) out.push({ name: 'real-dev', dir: shared });
  const local = join(ROOT, 'eval', 'sets');
  if (existsSync(local)) for (const name of readdirSync(local).sort()) if (existsSync(join(local, name, 'zh.txt'))) out.push({ name, dir: join(local, name) });
  for (const dir of (process.env.EVAL_SETS ?? '').split(':').filter(Boolean)) out.push({ name: basename(dir), dir });
  return out;
}

/** eval/judgments.tsv: set, segment, rule, term, found, verdict (true|false), why. */
function judgments(ROOT) {
  const file = join(ROOT, 'eval', 'judgments.tsv');
  const map = new Map();
  if (!existsSync(file)) return map;
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line.trim()) continue;
    const [set, segment, rule, term, found, verdict, why] = line.split('\t');
    map.set(keyOf(set, segment, rule, term, found), { set, segment, rule, term, found, verdict, why });
  }
  return map;
}

const keyOf = (set, segment, rule, term, found) => [set, segment, rule, term, found ?? ''].join('\t');
const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

export async function run({ ROOT, BIN, env }) {
  const judged = judgments(ROOT);
  const rows = [];
  const unjudged = [];
  const lost = [];
  const totals = { segments: 0, terms: 0, errors: 0, warnings: 0, yes: 0, no: 0 };
  const reported = new Set();
  for (const set of sets(ROOT)) {
    const r = spawnSync(process.execPath, [BIN, 'lint', '--source', join(set.dir, 'zh.txt'), '--target', join(set.dir, 'en.txt'), '--format', 'json'], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`lint of ${set.name} exited ${r.status}: ${r.stderr}`);
    const { problems, summary } = JSON.parse(r.stdout);
    let yes = 0;
    let no = 0;
    const byRule = {};
    for (const p of problems) {
      const label = `${p.rule} ${p.severity}`;
      byRule[label] = (byRule[label] ?? 0) + 1;
      const key = keyOf(set.name, p.segment, p.rule, p.term, p.found);
      reported.add(key);
      const j = judged.get(key);
      if (!j) unjudged.push(`${set.name}\t${p.segment}\t${p.rule}\t${p.term}\t${p.found ?? ''}\t?\t${p.message}`);
      else if (j.verdict === 'true') yes++;
      else no++;
    }
    const missingErrors = problems.filter((p) => p.rule === 'missing-term' && p.severity === 'error').length;
    rows.push({ set: set.name, segments: summary.segments, terms: summary.terms, missingErrors, errors: summary.errors, warnings: summary.warnings, byRule, yes, no });
    totals.segments += summary.segments;
    totals.terms += summary.terms;
    totals.errors += missingErrors;
    totals.warnings += summary.errors + summary.warnings;
    totals.yes += yes;
    totals.no += no;
  }
  for (const [key, j] of judged) if (j.verdict === 'true' && !reported.has(key) && rows.some((r) => r.set === j.set)) lost.push(`${j.set} segment ${j.segment}: ${j.rule} "${j.term}" (${j.why})`);

  const lines = [
    '## precision on real translations',
    '',
    'Professional translations signed off as published (`../shared/real-dev` and `eval/sets/*`), each linted as one file with `shuyu lint --source zh.txt --target en.txt --format json` and the built-in glossary. *Terms* is the glossary terms found in the Chinese and checked (the summary\'s `terms`). Every finding is judged by hand in `eval/judgments.tsv`.',
    '',
    '| set | segments | terms | missing-term errors | all findings | findings by rule | judged true | judged false |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.set} | ${r.segments} | ${r.terms} | ${r.missingErrors} (${pct(r.missingErrors, r.terms)}) | ${r.errors + r.warnings} (${pct(r.errors + r.warnings, r.terms)}) | ${Object.entries(r.byRule).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'} | ${r.yes} | ${r.no} |`),
    `| **all** | ${totals.segments} | ${totals.terms} | ${totals.errors} (${pct(totals.errors, totals.terms)}) ${totals.errors <= TARGET_ERRORS * totals.terms ? '✓' : '✗'} ≤ 2% | ${totals.warnings} (${pct(totals.warnings, totals.terms)}) ${totals.warnings <= TARGET_ALL * totals.terms ? '✓' : '✗'} ≤ 8% | | ${totals.yes} | ${totals.no} |`,
    '',
    lost.length ? `True findings no longer reported (recall lost): ${lost.length}\n\n${lost.map((l) => `- ${l}`).join('\n')}` : 'True findings no longer reported (recall lost): none.',
  ];
  if (unjudged.length) {
    lines.push('', `Findings not yet judged (${unjudged.length}): add them to eval/judgments.tsv with a verdict.`, '', '```', ...unjudged, '```');
    process.stderr.write(`eval: ${unjudged.length} findings not yet judged:\n${unjudged.join('\n')}\n`);
  }
  return lines.join('\n');
}
