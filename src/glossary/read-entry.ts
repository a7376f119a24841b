// One entry of a glossary file, read from its YAML mapping field by field, with its sources
// and examples; check-entry.ts then checks the fields against each other.
import { isAlias, isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { normalizeChinese } from '../text/script.js';
import { checkEntry } from './check-entry.js';
import { checkEnglish } from './check-string.js';
import {
  ENTRY_KEYS,
  EXAMPLE_EXPECTATIONS,
  EXAMPLE_KEYS,
  isListKey,
  LINT_LEVELS,
  PARTS_OF_SPEECH,
  SOURCE_KEYS,
  STATUSES,
  type Entry,
  type Example,
  type ExampleExpectation,
  type GlossaryFile,
  type Source,
} from './model.js';
import { keyOf, type NodeReader } from './node-reader.js';

/** The entry in `node`, or undefined (with problems reported) when it lacks `zh` or `en`. */
export function readEntry(r: NodeReader, node: Node, file: GlossaryFile): Entry | undefined {
  if (isAlias(node)) return undefined;
  if (!isMap(node)) {
    r.problem(node, 'an entry must be a mapping', 'write `- zh: ...` then `en: ...` on the next line');
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
      entry[key] = r.stringList(value, pair, key).map((v) => v.trim());
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
        const v = r.stringValue(value, pair, key);
        if (v !== undefined) entry[key] = v.trim();
        break;
      }
      case 'pos': {
        const v = r.oneOf(value, pair, key, PARTS_OF_SPEECH);
        if (v !== undefined) entry.pos = v;
        break;
      }
      case 'status': {
        const v = r.oneOf(value, pair, key, STATUSES);
        if (v !== undefined) entry.status = v;
        break;
      }
      case 'lint': {
        const v = r.oneOf(value, pair, key, LINT_LEVELS, 'strict: an error when missing; relaxed: at most a warning; off: never checked');
        if (v !== undefined) entry.lint = v;
        break;
      }
      case 'case_sensitive':
        if (isAlias(value)) break;
        if (isScalar(value) && typeof value.value === 'boolean') entry.case_sensitive = value.value;
        else r.problem(value ?? pair, '`case_sensitive` must be true or false');
        break;
      case 'sources':
        entry.sources = r.list(value, pair, key, (n) => readSource(r, n));
        break;
      case 'examples':
        entry.examples = r.list(value, pair, key, (n) => readExample(r, n));
        break;
      default:
        r.unknownKey(pair, key, ENTRY_KEYS, 'entry');
    }
  }
  if (!nodes.has('zh')) r.problem(node, 'entry has no `zh`', 'every entry needs the simplified Chinese term as `zh`');
  if (!nodes.has('en')) r.problem(node, `entry ${entry.zh ? `"${entry.zh}" ` : ''}has no \`en\``, 'every entry needs its preferred English rendering as `en`');
  if (entry.zh === undefined || entry.en === undefined) return undefined;

  const cs = entry.case_sensitive ?? false;
  const id = normalizeChinese(entry.zh);
  checkEntry(r, { ...entry, zh: entry.zh, en: entry.en, case_sensitive: cs }, nodes, id);

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
    at: r.at(node),
  };
}

function readSource(r: NodeReader, node: Node): Source | undefined {
  if (!isMap(node)) {
    r.problem(node, 'a source must be a mapping with `title` (and `url`)');
    return undefined;
  }
  const src: Partial<Source> = {};
  for (const pair of node.items) {
    const key = keyOf(pair);
    if (key === 'year') {
      const v = (pair.value as Node | null);
      if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1900 && v.value <= 2100) src.year = v.value;
      else r.problem(v ?? node, '`year` must be a year from 1900 to 2100, written as a number: `year: 2024`');
    } else if (key === 'title' || key === 'url') {
      const v = r.stringValue(pair.value as Node, pair, key, `sources.${key}`);
      if (v !== undefined) src[key] = v;
      if (key === 'url' && v !== undefined && !/^https?:\/\/\S+$/.test(v)) r.problem(pair.value as Node, `\`url\` is not a web address: "${v}"`);
    } else r.unknownKey(pair, key, SOURCE_KEYS, 'source');
  }
  if (!src.title) {
    r.problem(node, 'a source needs a `title`');
    return undefined;
  }
  return { title: src.title, ...(src.year !== undefined ? { year: src.year } : {}), ...(src.url ? { url: src.url } : {}) };
}

function readExample(r: NodeReader, node: Node): Example | undefined {
  if (!isMap(node)) {
    r.problem(node, 'an example must be a mapping with `zh` and `en`');
    return undefined;
  }
  const ex: { zh?: string; en?: string; expect?: ExampleExpectation } = {};
  for (const pair of node.items) {
    const key = keyOf(pair);
    const value = pair.value as Node;
    if (key === 'zh' || key === 'en') {
      const v = r.stringValue(value, pair, key, `examples.${key}`);
      if (v !== undefined) ex[key] = v;
      if (key === 'en' && v !== undefined) checkEnglish(r, value, 'examples.en', v);
    } else if (key === 'expect') {
      const v = r.oneOf(value, pair, key, EXAMPLE_EXPECTATIONS);
      if (v !== undefined) ex.expect = v;
    } else r.unknownKey(pair, key, EXAMPLE_KEYS, 'example');
  }
  if (ex.zh === undefined || ex.en === undefined) {
    r.problem(node, 'an example needs both `zh` and `en`');
    return undefined;
  }
  return { zh: ex.zh, en: ex.en, ...(ex.expect ? { expect: ex.expect } : {}), at: r.at(node) };
}
