// One TBX concept (a tree from tbx-handler.ts) → a draft entry, or the reason it was skipped:
// which language sections count, which term is preferred, and where notes, sources and
// examples come from.
import type { Diagnostic, Place } from '../errors.js';
import { EXAMPLE_EXPECTATIONS, PARTS_OF_SPEECH, STATUSES, type ExampleExpectation, type PartOfSpeech, type Source, type Status } from '../glossary/model.js';
import { containsRendering } from '../text/english.js';
import { languageKind, type LanguageKind } from '../text/languages.js';
import { normalizeChinese } from '../text/script.js';
import { emptyDraft, type DraftEntry, type Skipped } from './draft.js';
import { categorized, clean, elements, findAll, findFirst, LANG, notes, TERM_CONTAINER, textOf, type XNode } from './tbx-handler.js';

const SHUYU_PREFIX = 'shuyu:';

type Standing = 'preferred' | 'admitted' | 'deprecated';

interface Term {
  text: string;
  standing?: Standing;
  pos?: string;
  termType?: string;
  contexts: { text: string; expect?: ExampleExpectation }[];
  notes: string[];
  sources: string[];
  tags: string[];
  at: Place;
}

/** administrativeStatus, TBX-Min usageStatus and TBX v2 normativeAuthorization values. */
export function standingOf(value: string): Standing {
  const v = value.toLowerCase();
  if (/deprecated|superseded|obsolete|forbidden|rejected|notrecommended|not[- ]recommended/.test(v)) return 'deprecated';
  if (/preferred|standardi[sz]ed/.test(v)) return 'preferred';
  return 'admitted';
}

function readTerm(container: XNode): Term | undefined {
  const termNode = findFirst(container, 'term');
  if (!termNode) return undefined;
  const term: Term = { text: clean(textOf(termNode)), contexts: [], notes: [], sources: [], tags: [], at: termNode.at };
  for (const c of categorized(container, new Set())) {
    const value = clean(textOf(c));
    switch (c.category) {
      case 'administrativeStatus':
      case 'usageStatus':
      case 'normativeAuthorization':
        term.standing = standingOf(value);
        break;
      case 'partOfSpeech':
        term.pos = value.toLowerCase();
        break;
      case 'termType':
        term.termType = value;
        break;
      case 'context':
        term.contexts.push({ text: value });
        break;
      case 'source':
        term.sources.push(value);
        break;
      case 'projectSubset':
      case 'customerSubset':
        term.tags.push(value);
        break;
    }
  }
  // an example's expectation rides in a note of the context's descripGrp (src/export/tbx.ts)
  for (const grp of findAll(container, 'descripGrp')) {
    const ctx = elements(grp).find((c) => c.category === 'context');
    const note = elements(grp).find((c) => c.name === 'note');
    if (!ctx || !note) continue;
    const fields = shuyuFields(clean(textOf(note)));
    const expect = fields.get('expect');
    const match = term.contexts.find((x) => x.text === clean(textOf(ctx)) && !x.expect);
    if (match && expect && (EXAMPLE_EXPECTATIONS as readonly string[]).includes(expect)) match.expect = expect as ExampleExpectation;
  }
  for (const n of notes(container, new Set())) term.notes.push(clean(textOf(n)));
  return term;
}

/** `shuyu: status=draft; pinyin=qiǎ bózi` → its fields. */
function shuyuFields(note: string): Map<string, string> {
  const fields = new Map<string, string>();
  if (!note.startsWith(SHUYU_PREFIX)) return fields;
  for (const part of note.slice(SHUYU_PREFIX.length).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return fields;
}

/** `Title https://…` → {title, url}, as src/export/tbx.ts writes a source. */
export function parseSource(text: string): Source | undefined {
  // shuyu writes "title [year] url" (export/tbx.ts sourceText); other tools "title url" or a
  // title. Read from the end, token by token: no regular expression to backtrack on a long title.
  let rest = text.trim();
  if (!rest) return undefined;
  let url: string | undefined;
  let year: number | undefined;
  const lastToken = () => {
    let i = rest.length;
    while (i > 0 && !/\s/.test(rest[i - 1]!)) i--;
    return rest.slice(i);
  };
  if (/^https?:\/\/\S+$/.test(lastToken())) {
    url = lastToken();
    rest = rest.slice(0, rest.length - url.length).trimEnd();
    if (!rest) return { title: url, url };
  }
  const bracket = /^\[(\d{4})\]$/.exec(lastToken());
  if (bracket && rest.length > bracket[0].length) {
    year = Number(bracket[1]);
    rest = rest.slice(0, rest.length - bracket[0].length).trimEnd();
  }
  return { title: rest, ...(year !== undefined ? { year } : {}), ...(url ? { url } : {}) };
}

/** Where concepts go: the entries read, the concepts skipped, and each language tag seen. */
export interface Sink {
  entries: DraftEntry[];
  skipped: Skipped[];
  problems: Diagnostic[];
  languages: Map<string, number>;
}

interface LangGroup {
  kind: LanguageKind;
  terms: Term[];
  definitions: string[];
  notes: string[];
  sources: string[];
}

const TERM_STOP = TERM_CONTAINER;
const LANG_STOP = new Set([...LANG, ...TERM_CONTAINER]);

export function readTbxConcept(concept: XNode, sink: Sink): void {
  const draft = emptyDraft(concept.at);
  const groups: LangGroup[] = [];
  let emptyZh = 0;
  for (const lang of findAll(concept, 'langSec').concat(findAll(concept, 'langSet'))) {
    const tag = lang.lang ?? '';
    sink.languages.set(tag, (sink.languages.get(tag) ?? 0) + 1);
    const kind = languageKind(tag);
    if (kind === 'other') continue;
    const group: LangGroup = { kind, terms: [], definitions: [], notes: [], sources: [] };
    for (const container of findAll(lang, 'termSec').concat(findAll(lang, 'tig'), findAll(lang, 'ntig'))) {
      const term = readTerm(container);
      if (!term) continue;
      if (term.text === '') {
        if (kind !== 'en') emptyZh++;
        continue;
      }
      group.terms.push(term);
    }
    for (const c of categorized(lang, TERM_STOP)) {
      if (c.category === 'definition') group.definitions.push(clean(textOf(c)));
      else if (c.category === 'source') group.sources.push(clean(textOf(c)));
    }
    for (const n of notes(lang, TERM_STOP)) group.notes.push(clean(textOf(n)));
    groups.push(group);
  }

  const hans = groups.filter((g) => g.kind === 'zh-hans').flatMap((g) => g.terms);
  const hant = groups.filter((g) => g.kind === 'zh-hant').flatMap((g) => g.terms);
  const english = groups.filter((g) => g.kind === 'en').flatMap((g) => g.terms);
  const chinese = hans.length > 0 ? hans : hant;
  const zh = arrange(chinese);
  const en = arrange(english);
  if (!zh.primary) {
    sink.skipped.push({ reason: emptyZh > 0 ? 'empty Chinese term' : 'no Chinese term', at: concept.at });
    return;
  }
  if (!en.primary) {
    sink.skipped.push({ reason: `no English term for "${zh.primary.text}"`, at: concept.at });
    return;
  }
  draft.zh = zh.primary.text;
  draft.zh_also = zh.also.map((t) => t.text);
  draft.zh_avoid = zh.avoid.map((t) => t.text);
  draft.en = en.primary.text;
  draft.en_also = en.also.map((t) => t.text);
  draft.en_avoid = en.avoid.map((t) => t.text);
  // the traditional form: from a traditional langSec beside a simplified one, or the only Chinese there is
  const hantPrimary = hans.length > 0 ? arrange(hant).primary : zh.primary;
  if (hantPrimary) draft.zh_hant = hantPrimary.text;
  if (hans.length === 0) draft.zh = normalizeChinese(draft.zh);

  const conceptLevel = categorized(concept, LANG_STOP);
  const shuyu = new Map<string, string>();
  const noteTexts: string[] = [];
  for (const n of notes(concept, LANG_STOP)) {
    const text = clean(textOf(n));
    const fields = shuyuFields(text);
    if (fields.size > 0) for (const [k, v] of fields) shuyu.set(k, v);
    else if (text) noteTexts.push(text);
  }
  const used = groups.filter((g) => g.kind === 'en' || g.kind === (hans.length > 0 ? 'zh-hans' : 'zh-hant'));
  // one at a time: a hostile concept may hold more notes than a call takes arguments
  for (const t of used.flatMap((g) => g.notes)) noteTexts.push(t);
  for (const t of [...zh.primary.notes, ...en.primary.notes]) if (!t.startsWith(SHUYU_PREFIX)) noteTexts.push(t);
  const note = unique(noteTexts).join(' ');
  if (note) draft.note = note;

  const definitions = [...groups.filter((g) => g.kind === 'en').flatMap((g) => g.definitions), ...conceptLevel.filter((c) => c.category === 'definition').map((c) => clean(textOf(c))), ...used.flatMap((g) => g.definitions)];
  if (definitions[0]) draft.definition = definitions[0];
  const subject = conceptLevel.find((c) => c.category === 'subjectField');
  if (subject) {
    const domain = clean(textOf(subject));
    if (domain) draft.domain = domain;
  }
  draft.tags = unique([...conceptLevel.filter((c) => c.category === 'projectSubset' || c.category === 'customerSubset').map((c) => clean(textOf(c))), ...zh.primary.tags, ...en.primary.tags]).filter(Boolean);
  const sourceTexts = unique([...conceptLevel.filter((c) => c.category === 'source').map((c) => clean(textOf(c))), ...used.flatMap((g) => g.sources), ...zh.primary.sources, ...en.primary.sources]);
  draft.sources = sourceTexts.map(parseSource).filter((s): s is Source => s !== undefined);

  draft.pos = posOf(zh.primary, en.primary, shuyu.get('pos'));
  if (!draft.pos) delete draft.pos;
  const status = shuyu.get('status');
  if (status && (STATUSES as readonly string[]).includes(status)) draft.status = status as Status;
  if (shuyu.get('case_sensitive') === 'true') draft.case_sensitive = true;
  const lint = shuyu.get('lint');
  if (lint === 'relaxed' || lint === 'off') draft.lint = lint;
  const pinyin = shuyu.get('pinyin');
  if (pinyin) (draft.pinyin = pinyin), (draft.pinyinOverride = true);

  // Examples: context sentences paired in order on the Chinese and the English term, kept
  // only where each holds its term (or is a marked counter-example), so that `check`, which
  // lints every example, passes on what import writes.
  const zc = zh.primary.contexts;
  const ec = en.primary.contexts;
  if (zc.length > 0 && zc.length === ec.length) {
    for (let i = 0; i < zc.length; i++) {
      const pair = { zh: zc[i]!.text, en: ec[i]!.text, ...(ec[i]!.expect ? { expect: ec[i]!.expect } : {}) };
      const holds = normalizeChinese(pair.zh).includes(normalizeChinese(draft.zh)) && [draft.en, ...draft.en_also].some((r) => containsRendering(pair.en, r, draft.case_sensitive ?? false));
      if (pair.expect || holds) draft.examples.push(pair);
    }
  }
  sink.entries.push(draft);
}

/** The preferred term (or the first one not deprecated), the other admitted ones, the deprecated ones. */
function arrange(terms: Term[]): { primary?: Term; also: Term[]; avoid: Term[] } {
  const avoid = terms.filter((t) => t.standing === 'deprecated');
  const usable = terms.filter((t) => t.standing !== 'deprecated');
  const primary = usable.find((t) => t.standing === 'preferred') ?? usable[0];
  const seen = new Set(primary ? [primary.text] : []);
  const also = usable.filter((t) => t !== primary && !seen.has(t.text) && (seen.add(t.text), true));
  return { ...(primary ? { primary } : {}), also, avoid: avoid.filter((t) => !seen.has(t.text)) };
}

function posOf(zh: Term, en: Term, override: string | undefined): PartOfSpeech | undefined {
  if (override && (PARTS_OF_SPEECH as readonly string[]).includes(override)) return override as PartOfSpeech;
  const term = zh.pos ? zh : en;
  const pos = term.pos;
  if (pos === 'noun' || pos === 'verb' || pos === 'adjective') return pos;
  if (term.termType === 'phrase') return 'phrase';
  return undefined;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
