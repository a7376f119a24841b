// Parses one glossary file and validates it, reporting every problem with its position
// (DESIGN §1, §7). The YAML parser gives us nodes with ranges; we walk them ourselves rather
// than validating a plain object, so that each message can point at the offending key or value.
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic, Place } from '../errors.js';
import { editDistance } from '../text/fuzzy.js';
import { hasHan, isHan } from '../text/han.js';
import { excerpt, visibleLine } from '../text/terminal.js';
import { englishKey } from '../text/english.js';
import { nfkcSameLength, normalizeChinese } from '../text/script.js';
import {
  ENTRY_KEYS,
  EXAMPLE_EXPECTATIONS,
  EXAMPLE_KEYS,
  FILE_KEYS,
  isListKey,
  LINT_LEVELS,
  PARTS_OF_SPEECH,
  SOURCE_KEYS,
  STATUSES,
  type Entry,
  type Example,
  type ExampleExpectation,
  type GlossaryFile,
  type LintLevel,
  type PartOfSpeech,
  type Source,
  type Status,
} from './model.js';

export type Severity = Diagnostic['severity'];
export type GlossaryProblem = Diagnostic;

export interface ParsedFile {
  file: GlossaryFile;
  entries: Entry[];
  problems: GlossaryProblem[];
}

/** Parses and validates the text of one glossary file. Never throws for bad content. */
export function parseGlossaryFile(path: string, text: string): ParsedFile {
  const lines = new LineCounter();
  const problems: GlossaryProblem[] = [];
  const file: GlossaryFile = { path };
  const entries: Entry[] = [];
  const place = (offset: number | undefined): Place => {
    if (offset === undefined) return { file: path, line: 1, column: 1 };
    const { line, col } = lines.linePos(offset);
    return { file: path, line, column: col };
  };
  const at = (node: Node | Pair | null | undefined): Place => {
    const n = node && 'range' in node ? node : node && 'key' in node ? (node.key as Node | null) : null;
    return place(n?.range?.[0]);
  };
  const problem = (node: Node | Pair | null | undefined, message: string, hint?: string, severity: Severity = 'error') =>
    problems.push({ severity, message, at: at(node), ...(hint ? { hint } : {}) });

  if (text.trim() === '') {
    problems.push({ severity: 'error', message: 'the file is empty', at: { file: path, line: 1, column: 1 }, hint: 'a glossary file needs `entries:` with at least one entry' });
    return { file, entries, problems };
  }

  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, keepSourceTokens: false });
  for (const e of doc.errors) {
    problems.push({ severity: 'error', message: `invalid YAML: ${firstLine(e.message)}`, at: place(e.pos[0]), hint: yamlHint(e.code) });
  }
  for (const w of doc.warnings) {
    problems.push({ severity: 'warning', message: `YAML: ${firstLine(w.message)}`, at: place(w.pos[0]) });
  }
  if (doc.errors.length > 0) return { file, entries, problems };

  // Aliases are never resolved (values are read from the nodes), so an alias bomb cannot
  // expand; an alias where a value belongs is reported like any other wrong type.
  visitAliases(doc.contents as Node | null);

  const root = doc.contents;
  if (!isMap(root)) {
    problem(root as Node, 'a glossary file must be a mapping with `entries:`', 'start the file with `title:`, `domain:` and `entries:`');
    return { file, entries, problems };
  }

  let entriesNode: Node | null = null;
  for (const pair of root.items) {
    const key = keyOf(pair);
    if (key === 'title' || key === 'domain') {
      const v = stringValue(pair.value as Node, pair, key);
      if (v !== undefined) file[key] = v;
      if (key === 'domain' && v !== undefined && /[\t\r\n]/.test(v.trim())) problem(pair.value as Node, '`domain` must be one line without tabs', 'write the domain as a plain or quoted scalar');
    } else if (key === 'entries') {
      entriesNode = pair.value as Node;
    } else {
      unknownKey(pair, key, FILE_KEYS, 'file');
    }
  }
  if (!entriesNode) {
    problem(root, 'missing `entries:`', 'list the entries under `entries:`');
    return { file, entries, problems };
  }
  if (!isSeq(entriesNode)) {
    problem(entriesNode, '`entries` must be a list', 'write each entry as `- zh: ...`');
    return { file, entries, problems };
  }
  for (const item of entriesNode.items) {
    const entry = readEntry(item as Node);
    if (entry) entries.push(entry);
  }
  return { file, entries, problems };

  function visitAliases(node: Node | null): void {
    if (isAlias(node)) {
      problem(node, `YAML alias \`*${node.source}\` is not allowed in a glossary`, 'write the value out in full');
    } else if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) visitAliases(item.value as Node | null);
        else visitAliases(item as Node);
      }
    }
  }

  function firstLine(s: string): string {
    return s.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  }

  function keyOf(pair: Pair): string {
    return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
  }

  function unknownKey(pair: Pair, key: string, known: readonly string[], what: string): void {
    let best: string | undefined;
    let bestDistance = 3;
    for (const k of known) {
      const d = editDistance(key, k, 2);
      if (d < bestDistance) (best = k), (bestDistance = d);
    }
    problem(pair, `unknown ${what} key \`${key}\``, best ? `did you mean \`${best}\`?` : `known keys: ${known.join(', ')}`);
  }

  /** `label` names the field in messages where the key alone is ambiguous (`examples.zh`). */
  function stringValue(node: Node | null, pair: Pair, key: string, label = key): string | undefined {
    if (isAlias(node)) return undefined;
    if (!isScalar(node) || (typeof node.value !== 'string' && typeof node.value !== 'number')) {
      problem(node ?? pair, `\`${key}\` must be a string`);
      return undefined;
    }
    const v = String(node.value);
    if (v.trim() === '') {
      problem(node, `\`${key}\` is empty`, 'remove the key or give it a value');
      return undefined;
    }
    checkHanGap(node, label, v);
    checkControls(node, label, v);
    return v;
  }

  // A control character in a glossary is never meant, and printed by lookup or the TUI it would
  // be a terminal command (an ESC ]52 sets the clipboard): an error (issue 18).
  function checkControls(node: Node, key: string, value: string): void {
    const m = CONTROL.exec(value);
    if (m) problem(node, `\`${key}\` holds a control character (${visibleLine(m[0])}) at character ${m.index + 1}: "${excerpt(value)}"`, 'remove it; a glossary holds text only');
  }

  // Chinese is written without spaces, so whitespace between two Han characters is a slip,
  // nearly always a folded (>) block or a plain multi-line scalar whose line break became a
  // space: "发展新质 生产力". A line break or tab in a key is already reported by `oneLine`.
  function checkHanGap(node: Node, key: string, value: string): void {
    if (ONE_LINE_KEYS.has(key) && /[\t\r\n]/.test(value)) return;
    const gap = hanGap(value);
    if (!gap) return;
    const source = node.range ? text.slice(node.range[0], node.range[1]) : '';
    const literal = isScalar(node) && node.type === 'BLOCK_LITERAL';
    const hint = literal
      ? 'a line break in a literal block (|) splits the Chinese; keep the Chinese on one line'
      : /[\r\n]/.test(source.trimEnd())
        ? 'a folded YAML line joined two Chinese characters with a space; keep the Chinese on one line'
        : 'Chinese is written without spaces; remove the space';
    problem(node, `\`${key}\` has whitespace between two Chinese characters: "${gap}"`, hint);
  }

  function stringList(node: Node | null, pair: Pair, key: string): string[] {
    if (isAlias(node)) return [];
    if (isScalar(node) && (node.value === null || node.value === undefined)) return [];
    if (isScalar(node)) {
      // A single string where a list is expected is a common slip; accept it and say so.
      const v = stringValue(node, pair, key);
      if (v !== undefined) problem(node, `\`${key}\` should be a list`, `write \`${key}: [${v}]\``, 'warning');
      return v === undefined ? [] : [v];
    }
    if (!isSeq(node)) {
      problem(node ?? pair, `\`${key}\` must be a list of strings`);
      return [];
    }
    const out: string[] = [];
    for (const item of node.items) {
      const v = stringValue(item as Node, pair, key);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  function checkEnglish(node: Node | null, key: string, value: string): void {
    if (hasHan(value)) problem(node, `\`${key}\` contains Chinese characters: "${value}"`, 'English fields hold English; put Chinese forms in `zh_also`');
  }

  function readEntry(node: Node): Entry | undefined {
    if (isAlias(node)) return undefined;
    if (!isMap(node)) {
      problem(node, 'an entry must be a mapping', 'write `- zh: ...` then `en: ...` on the next line');
      return undefined;
    }
    const entry: Partial<Entry> & { en_also: string[]; en_avoid: string[]; zh_also: string[]; zh_avoid: string[]; tags: string[]; sources: Source[]; examples: Example[] } = {
      en_also: [],
      en_avoid: [],
      zh_also: [],
      zh_avoid: [],
      tags: [],
      sources: [],
      examples: [],
    };
    const nodes = new Map<string, Node | null>();
    for (const pair of (node as YAMLMap).items) {
      const key = keyOf(pair);
      const value = pair.value as Node | null;
      nodes.set(key, value);
      if (isListKey(key)) {
        entry[key] = stringList(value, pair, key).map((v) => v.trim());
        continue;
      }
      switch (key) {
        case 'zh':
        case 'en':
        case 'zh_hant':
        case 'pinyin':
        case 'note':
        case 'definition':
        case 'domain': {
          const v = stringValue(value, pair, key);
          if (v !== undefined) entry[key] = v.trim();
          break;
        }
        case 'pos': {
          const v = stringValue(value, pair, key);
          if (v !== undefined) {
            if ((PARTS_OF_SPEECH as readonly string[]).includes(v)) entry.pos = v as PartOfSpeech;
            else problem(value, `\`pos\` must be one of ${PARTS_OF_SPEECH.join(', ')}; got "${v}"`);
          }
          break;
        }
        case 'status': {
          const v = stringValue(value, pair, key);
          if (v !== undefined) {
            if ((STATUSES as readonly string[]).includes(v)) entry.status = v as Status;
            else problem(value, `\`status\` must be one of ${STATUSES.join(', ')}; got "${v}"`);
          }
          break;
        }
        case 'lint': {
          const v = stringValue(value, pair, key);
          if (v !== undefined) {
            if ((LINT_LEVELS as readonly string[]).includes(v)) entry.lint = v as LintLevel;
            else problem(value, `\`lint\` must be one of ${LINT_LEVELS.join(', ')}; got "${v}"`, 'strict: an error when missing; relaxed: at most a warning; off: never checked');
          }
          break;
        }
        case 'case_sensitive':
          if (isAlias(value)) break;
          if (isScalar(value) && typeof value.value === 'boolean') entry.case_sensitive = value.value;
          else problem(value ?? pair, '`case_sensitive` must be true or false');
          break;
        case 'sources':
          entry.sources = readList(value, pair, key, readSource);
          break;
        case 'examples':
          entry.examples = readList(value, pair, key, readExample);
          break;
        default:
          unknownKey(pair, key, ENTRY_KEYS, 'entry');
      }
    }
    if (!nodes.has('zh')) problem(node, 'entry has no `zh`', 'every entry needs the simplified Chinese term as `zh`');
    if (!nodes.has('en')) problem(node, `entry ${entry.zh ? `"${entry.zh}" ` : ''}has no \`en\``, 'every entry needs its preferred English rendering as `en`');
    if (entry.zh === undefined || entry.en === undefined) return undefined;

    // Terms and domains are keys: one line each. The index stores its key columns one line an
    // entry with tabs between alternatives, and lint scans segments joined by line breaks.
    const oneLine = (key: string, values: readonly (string | undefined)[]) => {
      for (const v of values) if (v !== undefined && /[\t\r\n]/.test(v)) problem(nodes.get(key), `\`${key}\` must be one line without tabs: "${v.replace(/\s+/g, ' ')}"`, 'a term is written on one line; use a quoted or plain scalar, not a block (| or >)');
    };
    oneLine('zh', [entry.zh]);
    oneLine('zh_also', entry.zh_also);
    oneLine('zh_avoid', entry.zh_avoid);
    oneLine('zh_hant', [entry.zh_hant]);
    oneLine('domain', [entry.domain]);
    // A formula such as 1+3+N is a term too; anything else without Han is a slip.
    if (!hasHan(entry.zh) && !isFormula(entry.zh)) problem(nodes.get('zh'), `\`zh\` has no Chinese characters: "${entry.zh}"`, 'put the Chinese term in `zh` and the English in `en`');
    for (const v of entry.zh_also) if (!hasHan(v)) problem(nodes.get('zh_also'), `\`zh_also\` has no Chinese characters: "${v}"`);
    const id = normalizeChinese(entry.zh);
    if (id !== nfkcSameLength(entry.zh)) {
      problem(nodes.get('zh'), `\`zh\` should be simplified: "${entry.zh}"`, `write \`zh: ${id}\`; traditional forms are derived`, 'warning');
    }
    checkEnglish(nodes.get('en') ?? null, 'en', entry.en);
    for (const v of entry.en_also) checkEnglish(nodes.get('en_also') ?? null, 'en_also', v);
    for (const v of entry.en_avoid) checkEnglish(nodes.get('en_avoid') ?? null, 'en_avoid', v);

    const cs = entry.case_sensitive ?? false;
    const admitted = new Map([[englishKey(entry.en, cs), 'en'], ...entry.en_also.map((v) => [englishKey(v, cs), 'en_also'] as [string, string])]);
    for (const v of entry.en_avoid) {
      const clash = admitted.get(englishKey(v, cs));
      if (clash) problem(nodes.get('en_avoid'), `\`en_avoid\` "${v}" is also the entry's \`${clash}\``, 'a rendering cannot be both admitted and avoided; remove one');
    }
    const zhForms = new Set([id, ...entry.zh_also.map(normalizeChinese)]);
    for (const v of entry.zh_avoid) {
      if (zhForms.has(normalizeChinese(v))) problem(nodes.get('zh_avoid'), `\`zh_avoid\` "${v}" is also the entry's \`zh\` or \`zh_also\``, 'remove one of them');
    }
    if (entry.zh_also.some((v) => normalizeChinese(v) === id)) {
      problem(nodes.get('zh_also'), `\`zh_also\` repeats the entry's own \`zh\` "${entry.zh}"`, 'traditional forms are derived; list only other terms');
    }

    return {
      id,
      zh: entry.zh,
      en: entry.en,
      en_also: entry.en_also,
      en_avoid: entry.en_avoid,
      zh_also: entry.zh_also,
      zh_avoid: entry.zh_avoid,
      ...(entry.zh_hant !== undefined ? { zh_hant: entry.zh_hant } : {}),
      ...(entry.pinyin !== undefined ? { pinyin: entry.pinyin } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.definition !== undefined ? { definition: entry.definition } : {}),
      ...(entry.pos !== undefined ? { pos: entry.pos } : {}),
      tags: entry.tags,
      status: entry.status ?? 'approved',
      case_sensitive: cs,
      lint: entry.lint ?? 'strict',
      ...((entry.domain ?? file.domain) !== undefined ? { domain: entry.domain ?? file.domain } : {}),
      sources: entry.sources,
      examples: entry.examples,
      at: at(node),
    };
  }

  function readList<T>(node: Node | null, pair: Pair, key: string, read: (n: Node) => T | undefined): T[] {
    if (isAlias(node)) return [];
    if (!isSeq(node)) {
      problem(node ?? pair, `\`${key}\` must be a list`);
      return [];
    }
    const out: T[] = [];
    for (const item of node.items) {
      const v = read(item as Node);
      if (v !== undefined) out.push(v);
    }
    return out;
  }

  function readSource(node: Node): Source | undefined {
    if (!isMap(node)) {
      problem(node, 'a source must be a mapping with `title` (and `url`)');
      return undefined;
    }
    const src: Partial<Source> = {};
    for (const pair of node.items) {
      const key = keyOf(pair);
      if (key === 'year') {
        const v = (pair.value as Node | null);
        if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100) src.year = v.value;
        else problem(v ?? node, '`year` must be a year such as 2024');
      } else if (key === 'title' || key === 'url') {
        const v = stringValue(pair.value as Node, pair, key, `sources.${key}`);
        if (v !== undefined) src[key] = v;
        if (key === 'url' && v !== undefined && !/^https?:\/\/\S+$/.test(v)) problem(pair.value as Node, `\`url\` is not a web address: "${v}"`);
      } else unknownKey(pair, key, SOURCE_KEYS, 'source');
    }
    if (!src.title) {
      problem(node, 'a source needs a `title`');
      return undefined;
    }
    return { title: src.title, ...(src.url ? { url: src.url } : {}) };
  }

  function readExample(node: Node): Example | undefined {
    if (!isMap(node)) {
      problem(node, 'an example must be a mapping with `zh` and `en`');
      return undefined;
    }
    const ex: { zh?: string; en?: string; expect?: ExampleExpectation } = {};
    for (const pair of node.items) {
      const key = keyOf(pair);
      const value = pair.value as Node;
      if (key === 'zh' || key === 'en') {
        const v = stringValue(value, pair, key, `examples.${key}`);
        if (v !== undefined) ex[key] = v;
        if (key === 'en' && v !== undefined) checkEnglish(value, 'examples.en', v);
      } else if (key === 'expect') {
        const v = stringValue(value, pair, key);
        if (v !== undefined) {
          if ((EXAMPLE_EXPECTATIONS as readonly string[]).includes(v)) ex.expect = v as ExampleExpectation;
          else problem(value, `\`expect\` must be one of ${EXAMPLE_EXPECTATIONS.join(', ')}; got "${v}"`);
        }
      } else unknownKey(pair, key, EXAMPLE_KEYS, 'example');
    }
    if (ex.zh === undefined || ex.en === undefined) {
      problem(node, 'an example needs both `zh` and `en`');
      return undefined;
    }
    return { zh: ex.zh, en: ex.en, ...(ex.expect ? { expect: ex.expect } : {}), at: at(node) };
  }
}

/** Controls other than tab and line breaks, DEL, C1, and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const ONE_LINE_KEYS = new Set(['zh', 'zh_also', 'zh_avoid', 'zh_hant', 'domain']);

/**
 * The first run of whitespace between two Han characters, shown with a few characters either
 * side ("…发展新质 生产力…"), or undefined when there is none.
 */
function hanGap(value: string): string | undefined {
  for (const m of value.matchAll(/\s+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    // The code point before the run (a low surrogate ends a supplementary-plane character).
    const low = start > 0 && /[\udc00-\udfff]/.test(value[start - 1]!);
    const before = start === 0 ? '' : String.fromCodePoint(value.codePointAt(start - (low && start > 1 ? 2 : 1))!);
    const after = end >= value.length ? '' : String.fromCodePoint(value.codePointAt(end)!);
    if (!before || !after || !isHan(before) || !isHan(after)) continue;
    const left = Array.from(value.slice(Math.max(0, start - 16), start)).slice(-8).join('').replace(/^.*\n/s, '');
    const right = Array.from(value.slice(end, end + 16)).slice(0, 8).join('').replace(/\n.*$/s, '');
    const head = left.length < start ? '…' : '';
    const tail = right.length < value.length - end ? '…' : '';
    return `${head}${left} ${right}${tail}`.replace(/\s+/g, ' ');
  }
  return undefined;
}

/** Numeric slogans written without Han characters: 1+3+N, 4+6. */
function isFormula(s: string): boolean {
  return /^[0-9A-Za-z+×x\-/·. ]+$/.test(s) && /[0-9]/.test(s) && /[+×\-/·]/.test(s);
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
