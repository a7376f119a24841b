// Imported entries → glossary YAML in the house format (DESIGN §1), through the `yaml`
// Document API: keys in the canonical order, short lists in flow style, long notes folded,
// a blank line between entries. Appending to an existing file keeps its comments and order.
import { Document, isMap, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { UserError } from '../errors.js';
import { ENTRY_KEYS, isListKey } from '../glossary/model.js';
import type { DraftEntry } from './draft.js';

export interface GlossaryHeader {
  title?: string;
  /** The file's default domain; entries in it leave their own out. */
  domain?: string;
  /** A comment at the top, e.g. where the entries came from. */
  comment?: string;
}

const TO_STRING = { lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false, indentSeq: true } as const;

/**
 * The file's default domain: the one given, else the one every entry shares (so a term base
 * with one subject field gives a file-level `domain:` instead of one on every entry).
 */
export function commonDomain(entries: readonly DraftEntry[]): string | undefined {
  const first = entries[0]?.domain;
  return first !== undefined && entries.every((e) => e.domain === first) ? first : undefined;
}

function entryNode(doc: Document, e: DraftEntry, fileDomain: string | undefined): YAMLMap {
  const map = new YAMLMap();
  const add = (key: string, value: Node) => map.items.push(doc.createPair(key, value) as never);
  const scalar = (v: string | boolean) => doc.createNode(v) as Scalar;
  const flowList = (xs: string[]) => {
    const seq = doc.createNode(xs) as YAMLSeq;
    // a long list reads better one item a line
    seq.flow = xs.join(', ').length <= 70;
    return seq;
  };
  const text = (v: string) => {
    const s = scalar(v);
    if (v.length > 80 && !/\n/.test(v)) s.type = Scalar.BLOCK_FOLDED;
    else if (/\n/.test(v)) s.type = Scalar.BLOCK_LITERAL;
    return s;
  };
  for (const key of ENTRY_KEYS) {
    if (isListKey(key)) {
      if (e[key].length > 0) add(key, flowList(e[key]));
      continue;
    }
    switch (key) {
      case 'zh':
      case 'en':
        add(key, scalar(e[key]));
        break;
      case 'zh_hant':
      case 'pinyin':
      case 'pos':
      case 'status':
        if (e[key] !== undefined) add(key, scalar(e[key]!));
        break;
      case 'domain':
        if (e.domain !== undefined && e.domain !== fileDomain) add(key, scalar(e.domain));
        break;
      case 'case_sensitive':
        if (e.case_sensitive) add(key, scalar(true));
        break;
      case 'lint':
        if (e.lint !== undefined && e.lint !== 'strict') add(key, scalar(e.lint));
        break;
      case 'note':
      case 'definition':
        if (e[key] !== undefined) add(key, text(e[key]!));
        break;
      case 'sources':
        if (e.sources.length > 0) add(key, doc.createNode(e.sources.map((s) => ({ title: s.title, ...(s.year ? { year: s.year } : {}), ...(s.url ? { url: s.url } : {}) }))) as Node);
        break;
      case 'examples':
        if (e.examples.length > 0) add(key, doc.createNode(e.examples.map((x) => ({ zh: x.zh, en: x.en, ...(x.expect ? { expect: x.expect } : {}) }))) as Node);
        break;
    }
  }
  return map;
}

/** A new glossary file holding `entries`. */
export function formatGlossaryYaml(entries: readonly DraftEntry[], header: GlossaryHeader): string {
  const doc = new Document();
  const root = new YAMLMap();
  const domain = header.domain ?? commonDomain(entries);
  if (header.title) root.items.push(doc.createPair('title', header.title) as never);
  if (domain) root.items.push(doc.createPair('domain', domain) as never);
  const seq = new YAMLSeq();
  entries.forEach((e, i) => {
    const node = entryNode(doc, e, domain);
    if (i > 0) node.spaceBefore = true;
    seq.items.push(node);
  });
  root.items.push(doc.createPair('entries', seq) as never);
  doc.contents = root as never;
  if (header.comment) doc.commentBefore = header.comment.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString(TO_STRING);
}

/**
 * `existing` (a glossary file's text) with `entries` appended to its `entries:` list. The
 * file's own text is kept byte for byte (comments, spacing, folding) when the list is a block
 * list at the end of the file, as glossaries are written; otherwise it goes through the
 * Document API, which keeps comments and key order but may re-space them.
 */
export function appendToGlossaryYaml(existing: string, entries: readonly DraftEntry[], file: string): string {
  const doc = parseDocument(existing, { keepSourceTokens: false });
  if (doc.errors.length > 0) throw new UserError(`cannot add to ${file}: it is not valid YAML (${doc.errors[0]!.message.split('\n')[0]})`, { file, line: 1, column: 1 }, 'run shuyu check on it, or write to a new file');
  const root = doc.contents;
  if (!isMap(root)) throw new UserError(`cannot add to ${file}: it is not a glossary (no \`entries:\`)`, { file, line: 1, column: 1 }, 'write to a new file');
  const fileDomain = root.get('domain');
  const domain = typeof fileDomain === 'string' ? fileDomain : undefined;
  let seq: unknown = root.get('entries', true);
  const last = root.items[root.items.length - 1];
  if (isSeq(seq) && !seq.flow && seq.items.length > 0 && last && last.value === seq && seq.range) {
    // the column of the list's dashes: the first item starts two past it
    const first = seq.items[0] as Node;
    const lineStart = existing.lastIndexOf('\n', first.range![0] - 1) + 1;
    const dash = existing.lastIndexOf('-', first.range![0] - 1) - lineStart;
    const items = new Document();
    const list = new YAMLSeq();
    entries.forEach((e) => {
      const node = entryNode(items, e, domain);
      node.spaceBefore = true;
      list.items.push(node);
    });
    items.contents = list as never;
    const text = items
      .toString(TO_STRING)
      .split('\n')
      .map((l) => (l ? ' '.repeat(Math.max(dash, 0)) + l : l))
      .join('\n');
    return `${existing.trimEnd()}\n${text.startsWith('\n') ? '' : '\n'}${text}`;
  }
  if (seq === undefined || (seq instanceof Scalar && seq.value === null)) {
    seq = new YAMLSeq();
    (root as YAMLMap).set('entries', seq);
  }
  if (!isSeq(seq)) throw new UserError(`cannot add to ${file}: its \`entries\` is not a list`, { file, line: 1, column: 1 }, 'write to a new file');
  const hadItems = seq.items.length > 0;
  entries.forEach((e, i) => {
    const node = entryNode(doc, e, domain);
    if (hadItems || i > 0) node.spaceBefore = true;
    (seq as YAMLSeq).items.push(node);
  });
  return doc.toString(TO_STRING);
}
