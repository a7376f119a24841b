// TBX term bases → draft entries: TBX v3 (ISO 30042:2019) in the DCA style (`<descrip
// type="definition">`) and the DCT style (`<basic:definition>`), TBX-Min, and the older TBX v2
// `martif` that OmegaT, Weblate and MultiTerm write (termEntry/langSet/tig/ntig). Languages
// are matched loosely (zh, zh-CN, zh_Hans; en, en-US). The parser never fetches a DTD or
// expands an entity, so an external DOCTYPE or an entity bomb does nothing.
//
// A concept is kept in memory only while it is read: the file streams through the parser.
import { UserError, type Diagnostic, type Place } from '../errors.js';
import { EXAMPLE_EXPECTATIONS, PARTS_OF_SPEECH, STATUSES, type ExampleExpectation, type PartOfSpeech, type Source, type Status } from '../glossary/model.js';
import { readXml, type XmlElement, type XmlHandler, type XmlStop } from '../read/xml-events.js';
import { containsRendering } from '../text/english.js';
import { normalizeChinese } from '../text/script.js';
import { emptyDraft, type DraftEntry, type ReadResult, type Skipped } from './draft.js';
import { languageKind, type LanguageKind } from '../text/languages.js';

const TBX_V3 = /^urn:iso:std:iso:30042/;
const SHUYU_PREFIX = 'shuyu:';

/** An element of one concept, as a small tree. */
interface XNode {
  /** Local name. */
  name: string;
  /** The data category: the `type` of descrip/termNote/admin/…, or the local name of a DCT element. */
  category?: string;
  lang?: string;
  children: (XNode | string)[];
  at: Place;
}

const CONCEPT = new Set(['conceptEntry', 'termEntry']);
const LANG = new Set(['langSec', 'langSet']);
const TERM_CONTAINER = new Set(['termSec', 'tig', 'ntig']);
const TYPED = new Set(['descrip', 'termNote', 'admin', 'transac', 'transacNote', 'xref', 'ref', 'adminNote', 'descripNote']);

/**
 * Reads a TBX term base (its text, already decoded). A DOCTYPE that declares entities is
 * refused with its place, as lint refuses it.
 */
export async function readTbx(text: string, file: string): Promise<ReadResult> {
  let handler: TbxHandler | undefined;
  const batches = readXml<never>(file, {
    text,
    checkNamespaces: true,
    malformed: notWellFormed,
    root: (el) => (handler = new TbxHandler(el)),
  });
  for await (const _ of batches);
  if (!handler) throw new UserError('the file has no XML element', { file, line: 1, column: 1 }, 'give a TBX file');
  const { entries, problems, skipped, languages, concepts, version, title } = handler;
  if (concepts === 0) throw new UserError('the term base has no concepts (conceptEntry or termEntry)', { file, line: 1, column: 1 });
  const kinds = new Set([...languages.keys()].map(languageKind));
  if (!kinds.has('en') || !(kinds.has('zh-hans') || kinds.has('zh-hant'))) {
    const found = [...languages.keys()].join(', ') || 'none';
    throw new UserError(
      `no ${kinds.has('en') ? 'Chinese' : kinds.has('zh-hans') || kinds.has('zh-hant') ? 'English' : 'Chinese or English'} terms in this ${version === 'v2' ? 'TBX v2 (martif)' : 'TBX'} file (${concepts} concept${concepts === 1 ? '' : 's'}); languages found: ${found}`,
      { file, line: 1, column: 1 },
      'shuyu glossaries pair Chinese (zh, zh-CN, zh-Hans, zh-TW…) with English (en, en-US…)',
    );
  }
  return { entries, problems, skipped, ...(title ? { title } : {}) };
}

function notWellFormed(file: string, reason: string, stop: XmlStop): UserError {
  return new UserError(`not well-formed XML: ${reason}`, { file, line: stop.line, column: stop.column }, 'fix the XML, or export the term base again');
}

/** Collects the concepts of a term base, one at a time: a concept is a small tree while it is read. */
class TbxHandler implements XmlHandler<never>, Sink {
  readonly entries: DraftEntry[] = [];
  readonly skipped: Skipped[] = [];
  readonly problems: Diagnostic[] = [];
  readonly languages = new Map<string, number>();
  readonly version: 'v2' | 'v3';
  title: string | undefined;
  concepts = 0;
  private stack: XNode[] = [];
  private inConcept = false;
  private titleText: string | null = null;
  private depth = 0;

  constructor(root: XmlElement) {
    if (root.local === 'martif') this.version = 'v2';
    else if (root.local === 'tbx' && (TBX_V3.test(root.ns) || root.ns === '')) this.version = 'v3';
    else throw new UserError(`not a TBX file: the root element is <${root.name}>`, root.at, 'shuyu imports TBX (<tbx> or <martif>), CSV and TSV');
  }

  take(): never[] {
    return [];
  }

  open(el: XmlElement): void {
    if (this.depth++ === 0) return; // the root
    if (!this.inConcept) {
      if (CONCEPT.has(el.local)) {
        this.inConcept = true;
        this.stack = [{ name: el.local, children: [], at: el.at }];
      } else if (el.local === 'title' && this.title === undefined) {
        this.titleText = '';
      }
      return;
    }
    // the concept is kept as a tree and walked recursively: its depth is bounded, with the place
    if (this.stack.length >= MAX_CONCEPT_DEPTH) throw new UserError(`<${el.name}> is nested more than ${MAX_CONCEPT_DEPTH} elements deep inside a concept`, el.at, 'TBX concepts are a few levels deep; this file is damaged or hostile');
    const node: XNode = { name: el.local, children: [], at: el.at };
    const a = el.attributes;
    const type = a.type;
    const dct = el.ns !== '' && !TBX_V3.test(el.ns);
    if (dct) node.category = el.local;
    else if (TYPED.has(el.local) && type) node.category = type;
    const lang = a['xml:lang'] ?? a.lang;
    if (lang) node.lang = lang;
    this.stack[this.stack.length - 1]!.children.push(node);
    this.stack.push(node);
  }

  text(text: string): void {
    if (this.inConcept) this.stack[this.stack.length - 1]!.children.push(text);
    else if (this.titleText !== null) this.titleText += text;
  }

  cdata(text: string): void {
    if (this.inConcept) this.stack[this.stack.length - 1]!.children.push(text);
  }

  close(el: XmlElement): void {
    this.depth--;
    if (!this.inConcept) {
      if (el.local === 'title' && this.titleText !== null) {
        this.title = clean(this.titleText) || undefined;
        this.titleText = null;
      }
      return;
    }
    const node = this.stack.pop()!;
    if (this.stack.length === 0) {
      this.inConcept = false;
      this.concepts++;
      readConcept(node, this);
    }
  }
}

/** Text of a node, with the indentation of pretty-printed XML folded into single spaces. */
function textOf(node: XNode | string): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

function clean(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]+/g, ' ').trim();
}

/** How deep a concept's elements may nest: real TBX goes four or five levels. */
const MAX_CONCEPT_DEPTH = 64;

function elements(node: XNode): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string');
}

/** Every element below `node` with a data category, not descending into `stop` containers. */
function categorized(node: XNode, stop: Set<string>, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (stop.has(c.name)) continue;
    if (c.category) out.push(c);
    categorized(c, stop, out);
  }
  return out;
}

/** Notes (`<note>`) below `node`, not descending into `stop` containers nor into other notes' groups. */
function notes(node: XNode, stop: Set<string>, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (stop.has(c.name)) continue;
    if (c.name === 'note') out.push(c);
    else if (!c.category) notes(c, stop, out);
  }
  return out;
}

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

function findFirst(node: XNode, name: string): XNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deeper = findFirst(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function findAll(node: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
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
  const m = /^(.*\S)\s+(https?:\/\/\S+)$/.exec(text);
  if (m) return { title: m[1]!, url: m[2]! };
  if (/^https?:\/\/\S+$/.test(text)) return { title: text, url: text };
  return text ? { title: text } : undefined;
}

interface Sink {
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

function readConcept(concept: XNode, sink: Sink): void {
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
