// Parses one glossary file and validates it, reporting every problem with its position
// (DESIGN §1, §7). The YAML parser gives us nodes with ranges; we walk them ourselves rather
// than validating a plain object, so that each message can point at the offending key or value.
// This module walks the file down to its entries; read-entry.ts reads each entry.
import { isAlias, isMap, isPair, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { FILE_KEYS, type Entry, type GlossaryFile } from './model.js';
import { keyOf, NodeReader } from './node-reader.js';
import { readEntry } from './read-entry.js';

export type GlossaryProblem = Diagnostic;

export interface ParsedFile {
  file: GlossaryFile;
  entries: Entry[];
  problems: GlossaryProblem[];
}

/** Parses and validates the text of one glossary file. Never throws for bad content. */
export function parseGlossaryFile(path: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const r = new NodeReader(path, text, lines);
  const { problems } = r;
  const file: GlossaryFile = { path };
  const entries: Entry[] = [];

  if (text.trim() === '') {
    problems.push({ severity: 'error', message: 'the file is empty', at: { file: path, line: 1, column: 1 }, hint: 'a glossary file needs `entries:` with at least one entry' });
    return { file, entries, problems };
  }

  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  for (const e of doc.errors) {
    problems.push({ severity: 'error', message: `invalid YAML: ${firstLine(e.message)}`, at: r.place(e.pos[0]), hint: yamlHint(e.code) });
  }
  for (const w of doc.warnings) {
    problems.push({ severity: 'warning', message: `YAML: ${firstLine(w.message)}`, at: r.place(w.pos[0]) });
  }
  if (doc.errors.length > 0) return { file, entries, problems };

  // Aliases are never resolved (values are read from the nodes), so an alias bomb cannot
  // expand; an alias where a value belongs is reported like any other wrong type.
  visitAliases(r, doc.contents as Node | null);

  const root = doc.contents;
  if (!isMap(root)) {
    r.problem(root as Node, 'a glossary file must be a mapping with `entries:`', 'start the file with `title:`, `domain:` and `entries:`');
    return { file, entries, problems };
  }

  let entriesNode: Node | null = null;
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === 'title' || key === 'domain') {
      const v = r.stringValue(pair.value as Node, pair, key);
      if (v !== undefined) file[key] = v;
      if (key === 'domain' && v !== undefined && /[\t\r\n]/.test(v.trim())) r.problem(pair.value as Node, '`domain` must be one line without tabs', 'write the domain as a plain or quoted scalar');
    } else if (key === 'entries') {
      entriesNode = pair.value as Node;
    } else {
      r.unknownKey(pair, key, FILE_KEYS, 'file');
    }
  }
  if (!entriesNode) {
    r.problem(root, 'missing `entries:`', 'list the entries under `entries:`');
    return { file, entries, problems };
  }
  if (!isSeq(entriesNode)) {
    r.problem(entriesNode, '`entries` must be a list', 'write each entry as `- zh: ...`');
    return { file, entries, problems };
  }
  for (const item of entriesNode.items) {
    const entry = readEntry(r, item as Node, file);
    if (entry) entries.push(entry);
  }
  return { file, entries, problems };
}

function visitAliases(r: NodeReader, node: Node | null): void {
  if (isAlias(node)) {
    r.problem(node, `YAML alias \`*${node.source}\` is not allowed in a glossary`, 'write the value out in full');
  } else if (isMap(node) || isSeq(node)) {
    for (const item of node.items) {
      if (isPair(item)) visitAliases(r, item.value as Node | null);
      else visitAliases(r, item as Node);
    }
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlHint(code: string): string | undefined {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'each key may appear once in a mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'check the indentation: entry keys line up under `zh`';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'a value containing ": " needs quotes';
    default:
      return undefined;
  }
}
