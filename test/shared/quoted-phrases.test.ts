// Every phrase the corpus sets in quotation marks (“…” or 「…」) is either in the built-in glossary
// (as `zh` or `zh_also`) or in the reviewed exclusion list, with a reason. Quoted phrases are where
// policy texts coin their slogans and formulas, so a new one that is neither covered nor excluded
// means the glossary has fallen behind the texts it is built from.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLayers } from '../../src/glossary/files.js';
import { loadLayers } from '../../src/glossary/load.js';
import { normalizeChinese } from '../../src/text/script.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const EXCLUSIONS = fileURLToPath(new URL('../fixtures/quoted-phrase-exclusions.tsv', import.meta.url));

/** A quoted phrase as written in the corpus, with the article it first appears in. */
interface Quoted {
  phrase: string;
  file: string;
}

// “…” (simplified articles) and 「…」 (traditional ones). Inner ‘…’ quotes stay part of the phrase.
const QUOTED = /“([^“”]+)”|「([^「」]+)」/g;

/** Distinct quoted phrases of the corpus, keyed by their normalised (simplified) form. */
function quotedPhrases(): Map<string, Quoted> {
  const phrases = new Map<string, Quoted>();
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(CORPUS + file, 'utf8');
    for (const m of text.matchAll(QUOTED)) {
      const phrase = (m[1] ?? m[2]!).trim();
      if (!phrase) continue;
      const key = normalizeChinese(phrase);
      if (!phrases.has(key)) phrases.set(key, { phrase, file });
    }
  }
  return phrases;
}

/** The Chinese forms of the built-in glossary (`zh` and `zh_also`), normalised. */
function glossaryForms(): Set<string> {
  const { glossary, problems } = loadLayers(readLayers({ paths: [], builtin: true }));
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  const forms = new Set<string>();
  for (const e of glossary.entries) for (const zh of [e.zh, ...e.zh_also]) forms.add(normalizeChinese(zh));
  return forms;
}

interface Exclusion {
  phrase: string;
  reason: string;
  line: number;
}

/** The exclusion list: `phrase<TAB>reason` a line; `#` starts a comment line. */
function exclusions(): Exclusion[] {
  const out: Exclusion[] = [];
  readFileSync(EXCLUSIONS, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.startsWith('#')) return;
      const tab = line.indexOf('\t');
      out.push({ phrase: tab < 0 ? line : line.slice(0, tab), reason: tab < 0 ? '' : line.slice(tab + 1).trim(), line: i + 1 });
    });
  return out;
}

describe('quoted phrases of the corpus', () => {
  const phrases = quotedPhrases();
  const forms = glossaryForms();
  const excluded = exclusions();
  const excludedKeys = new Map(excluded.map((x) => [normalizeChinese(x.phrase), x]));

  it('are found in all five articles, in both scripts', () => {
    expect(phrases.size).toBeGreaterThan(150);
    expect(new Set([...phrases.values()].map((q) => q.file)).size).toBe(5);
    // one simplified and one traditional quotation, both normalised to the glossary's form
    expect(phrases.get('揭榜挂帅')?.phrase).toBe('揭榜挂帅');
    expect(phrases.get('双区联动')?.phrase).toBe('雙區聯動');
  });

  it('are each in the glossary or in the reviewed exclusion list', () => {
    // a slogan set with a space between its halves (科技璧山 創新璧山, as headlines print it) is
    // covered when each half is a form: the glossary holds no spaces in Chinese, and lint finds
    // each half on its own
    const covered = (key: string) => forms.has(key) || (/\s/.test(key) && key.split(/\s+/).every((part) => forms.has(part)));
    const missing = [...phrases]
      .filter(([key]) => !covered(key) && !excludedKeys.has(key))
      .map(([, q]) => `${q.file}: “${q.phrase}”`);
    expect(missing, 'add an entry (or a zh_also) or a reviewed line in test/fixtures/quoted-phrase-exclusions.tsv').toEqual([]);
  });

  it('exclusion lines are reviewed: one reason each, no duplicates, none stale or redundant', () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const x of excluded) {
      const key = normalizeChinese(x.phrase);
      const at = `quoted-phrase-exclusions.tsv:${x.line} “${x.phrase}”`;
      if (!x.reason) problems.push(`${at}: no reason`);
      if (x.reason.includes('\t')) problems.push(`${at}: more than two columns`);
      if (seen.has(key)) problems.push(`${at}: listed twice`);
      seen.add(key);
      if (!phrases.has(key)) problems.push(`${at}: not a quoted phrase of the corpus (stale line?)`);
      else if (phrases.get(key)!.phrase !== x.phrase) problems.push(`${at}: write it as in the corpus: “${phrases.get(key)!.phrase}”`);
      if (forms.has(key)) problems.push(`${at}: the glossary has it now; remove the line`);
    }
    expect(problems).toEqual([]);
  });
});
