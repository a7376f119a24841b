// TBX-Basic in the TBX v3 (ISO 30042:2019) DCA style, for CAT tools (DESIGN §4): one
// conceptEntry an entry, the Chinese in a `zh-Hans` langSec (and the traditional form in a
// `zh-Hant` one where it differs), the English renderings as preferred, admitted and
// deprecated terms (administrativeStatus). It validates against the standard's RELAX NG
// schema (TBXcoreStructV03.rng) and uses only the data categories that the TBX-Basic
// Schematron permits, at the levels it permits them.
//
// What TBX-Basic has no data category for travels in one conceptEntry-level note that
// src/import/read-tbx.ts reads back, so that export then import gives back the same glossary:
//   <note>shuyu: status=draft; case_sensitive=true; pos=slogan; pinyin=qiǎ bózi</note>
import type { IndexedEntry } from '../index/term-index.js';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';

/** Prefix of the note that carries shuyu's own fields (see the file comment). */
export const SHUYU_NOTE_PREFIX = 'shuyu:';

export interface TbxOptions {
  title: string;
  /** Words for `sourceDesc`: where the glossary came from. */
  source: string;
}

/** TBX-Basic's partOfSpeech picklist is adjective, noun, other, verb, adverb. */
const POS_TO_TBX: Record<string, string> = { noun: 'noun', verb: 'verb', adjective: 'adjective', phrase: 'other', slogan: 'other', name: 'noun' };

/** Escapes text content; `attribute` also escapes double quotes. */
export function escapeXml(text: string, attribute = false): string {
  // Characters XML 1.0 forbids (C0 controls other than tab and line breaks) cannot appear even
  // escaped; the glossary validator lets none through, but be safe rather than write a broken file.
  const s = text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return attribute ? s.replace(/"/g, '&quot;') : s;
}

/** The fields TBX-Basic cannot hold, as `key=value` pairs for the shuyu note. */
export function shuyuFields(e: IndexedEntry): string[] {
  const fields: string[] = [];
  if (e.status !== 'approved') fields.push(`status=${e.status}`);
  if (e.case_sensitive) fields.push('case_sensitive=true');
  if (e.lint !== 'strict') fields.push(`lint=${e.lint}`);
  if (e.pos && POS_TO_TBX[e.pos] !== e.pos) fields.push(`pos=${e.pos}`);
  if (e.pinyin_from_file) fields.push(`pinyin=${e.pinyin.replace(/;/g, ',')}`);
  return fields;
}

/** A source as one `admin type="source"` text: the title, then the address after a space. */
export function sourceText(source: { title: string; year?: number; url?: string }): string {
  return [source.title, ...(source.year !== undefined ? [`[${source.year}]`] : []), ...(source.url ? [source.url] : [])].join(' ');
}

class XmlWriter {
  private readonly lines: string[] = [];
  private depth = 0;
  open(tag: string, attrs: Record<string, string> = {}): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${tag}${attributes(attrs)}>`);
    this.depth++;
    return this;
  }
  close(tag: string): this {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${tag}>`);
    return this;
  }
  leaf(tag: string, text: string, attrs: Record<string, string> = {}): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${tag}${attributes(attrs)}>${escapeXml(text)}</${tag}>`);
    return this;
  }
  raw(line: string): this {
    this.lines.push(line);
    return this;
  }
  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeXml(v, true)}"`)
    .join('');
}

type AdministrativeStatus = 'preferredTerm-admn-sts' | 'admittedTerm-admn-sts' | 'deprecatedTerm-admn-sts';

interface TermSpec {
  term: string;
  status: AdministrativeStatus;
  pos?: string;
  termType?: string;
  contexts?: { text: string; note?: string }[];
}

function writeTermSec(w: XmlWriter, t: TermSpec): void {
  w.open('termSec').leaf('term', t.term);
  // core structure: term, then termNotes, then descrips and notes (entity.auxInfo)
  if (t.pos) w.leaf('termNote', t.pos, { type: 'partOfSpeech' });
  if (t.termType) w.leaf('termNote', t.termType, { type: 'termType' });
  w.leaf('termNote', t.status, { type: 'administrativeStatus' });
  for (const c of t.contexts ?? []) {
    if (c.note) w.open('descripGrp').leaf('descrip', c.text, { type: 'context' }).leaf('note', c.note).close('descripGrp');
    else w.leaf('descrip', c.text, { type: 'context' });
  }
  w.close('termSec');
}

/** The whole TBX document. Entries keep their glossary order; ids are c1, c2, … */
export function formatTbx(entries: readonly IndexedEntry[], options: TbxOptions): string {
  const w = new XmlWriter();
  w.raw('<?xml version="1.0" encoding="UTF-8"?>');
  w.open('tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: TBX_NAMESPACE });
  w.open('tbxHeader').open('fileDesc');
  w.open('titleStmt').leaf('title', options.title).close('titleStmt');
  w.open('sourceDesc').leaf('p', options.source).close('sourceDesc');
  w.close('fileDesc').close('tbxHeader');
  w.open('text');
  // TBX requires at least one conceptEntry in a body; an empty export has no body.
  if (entries.length > 0) {
    w.open('body');
    entries.forEach((e, i) => writeConcept(w, e, i + 1));
    w.close('body');
  }
  w.close('text').close('tbx');
  return w.toString();
}

function writeConcept(w: XmlWriter, e: IndexedEntry, n: number): void {
  w.open('conceptEntry', { id: `c${n}` });
  if (e.domain) w.leaf('descrip', e.domain, { type: 'subjectField' });
  for (const tag of e.tags) w.leaf('admin', tag, { type: 'projectSubset' });
  for (const s of e.sources) w.leaf('admin', sourceText(s), { type: 'source' });
  if (e.note) w.leaf('note', e.note);
  const fields = shuyuFields(e);
  if (fields.length) w.leaf('note', `${SHUYU_NOTE_PREFIX} ${fields.join('; ')}`);

  const pos = e.pos ? POS_TO_TBX[e.pos] : undefined;
  const termType = e.pos === 'phrase' || e.pos === 'slogan' ? 'phrase' : undefined;
  // Examples are a pair of context sentences: the Chinese on the Chinese term, the English on
  // the English term, in the same order on both sides.
  const zhContexts = e.examples.map((x) => ({ text: x.zh }));
  const enContexts = e.examples.map((x) => ({ text: x.en, ...(x.expect ? { note: `${SHUYU_NOTE_PREFIX} expect=${x.expect}` } : {}) }));

  w.open('langSec', { 'xml:lang': 'zh-Hans' });
  writeTermSec(w, { term: e.zh, status: 'preferredTerm-admn-sts', ...(pos ? { pos } : {}), ...(termType ? { termType } : {}), contexts: zhContexts });
  for (const t of e.zh_also) writeTermSec(w, { term: t, status: 'admittedTerm-admn-sts' });
  for (const t of e.zh_avoid) writeTermSec(w, { term: t, status: 'deprecatedTerm-admn-sts' });
  w.close('langSec');

  if (e.zh_hant && e.zh_hant !== e.zh) {
    w.open('langSec', { 'xml:lang': 'zh-Hant' });
    writeTermSec(w, { term: e.zh_hant, status: 'preferredTerm-admn-sts', ...(pos ? { pos } : {}), ...(termType ? { termType } : {}) });
    w.close('langSec');
  }

  w.open('langSec', { 'xml:lang': 'en' });
  if (e.definition) w.leaf('descrip', e.definition, { type: 'definition' });
  writeTermSec(w, { term: e.en, status: 'preferredTerm-admn-sts', ...(pos ? { pos } : {}), ...(termType ? { termType } : {}), contexts: enContexts });
  for (const t of e.en_also) writeTermSec(w, { term: t, status: 'admittedTerm-admn-sts' });
  for (const t of e.en_avoid) writeTermSec(w, { term: t, status: 'deprecatedTerm-admn-sts' });
  w.close('langSec');

  w.close('conceptEntry');
}
