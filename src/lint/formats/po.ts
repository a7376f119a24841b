// gettext PO as msgmerge, Weblate, Pootle and Poedit write it (GNU gettext manual §3 "The Format
// of PO Files"): read line by line as a stream, one Unit per entry.
import { excerpt } from '../../text/terminal.js';
import { basename, dirname } from 'node:path';
import { UserError, type Place } from '../../errors.js';
import { variantOf, type Segment, type SkipReason, type Unit, type Variant } from '../segment.js';
import { readLines, type Line } from '../../read/read-lines.js';
import { TextBuilder } from '../../read/text-builder.js';

export interface PoOptions {
  /** Check fuzzy entries too (`--include-fuzzy`); by default they are read with skip 'fuzzy'. */
  includeFuzzy?: boolean;
  /** Told about entries that are read but not yielded as units: the header and obsolete (#~) entries. */
  onSkip?: (reason: SkipReason, at: Place) => void;
  chunkSize?: number;
}

type Field = 'msgctxt' | 'msgid' | 'msgid_plural' | 'msgstr';

interface Entry {
  at: Place | undefined;
  fuzzy: boolean;
  obsolete: boolean;
  msgctxt?: TextBuilder;
  msgid?: TextBuilder;
  msgidPlural?: TextBuilder;
  /** msgstr, or msgstr[n] by n */
  msgstr: TextBuilder[];
  plural: boolean;
  /** the string that continuation lines ("...") extend */
  open?: TextBuilder;
}

const KEYWORD = /^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?[ \t]*(?=")/;

/**
 * Reads a PO file as a stream of units. Each entry is a Unit whose id is its msgid, prefixed
 * by `msgctxt|` when it has a context (so same-msgid entries stay apart). An entry is one
 * Segment (msgid → msgstr); a plural entry has a Segment per `msgstr[n]` (id "n"), whose source
 * is msgid for n = 0 and msgid_plural otherwise, so every plural form is checked.
 * The header entry and obsolete `#~` entries are not units (they are reported to onSkip);
 * fuzzy entries are units with skip 'fuzzy' unless includeFuzzy. The target language is the
 * header's Language, else the file name (zh_CN.po, zh_Hant/LC_MESSAGES/django.po); the source
 * declares none. Escapes (\n, \t, \", \\, octal, \x) are decoded; positions point into the file.
 * A batch of units per chunk read.
 */
export async function* readPoBatches(file: string, options: PoOptions = {}): AsyncGenerator<Unit[]> {
  let lang: string | undefined = langFromPath(file);
  let seenEntry = false;
  let entry = newEntry();
  const out: Unit[] = [];

  const finish = (): void => {
    const e = entry;
    entry = newEntry();
    if (!e.msgid) {
      if (e.msgstr.length || e.msgctxt) throw new UserError('a PO entry without msgid', e.at, 'every entry needs a msgid line');
      return; // comments only
    }
    const first = !seenEntry;
    seenEntry = true;
    if (e.obsolete) return options.onSkip?.('obsolete', e.at!);
    if (first && !e.msgctxt && e.msgid.text === '') {
      const header = e.msgstr[0]?.text ?? '';
      const declared = /^Language:[ \t]*([^\s\\]*)/m.exec(header)?.[1];
      if (declared) lang = declared;
      return options.onSkip?.('header', e.at!);
    }
    out.push(unitOf(e, lang, options.includeFuzzy === true));
  };

  for await (const batch of readLines(file, { chunkSize: options.chunkSize, sniff: sniffPoCharset })) {
    for (const line of batch) readLine(line);
    if (out.length) yield out.splice(0);
  }
  finish();
  if (out.length) yield out;

  function readLine({ text, line }: Line): void {
    let rest = text.trimStart();
    let column = text.length - rest.length + 1;
    // blank lines are only white space in the grammar; an entry ends where the next begins
    if (rest === '') return;
    let obsolete = false;
    if (rest.startsWith('#~')) {
      // an obsolete entry: read like any other, then dropped
      obsolete = true;
      const body = rest.slice(2).trimStart();
      column += rest.length - body.length;
      rest = body;
      if (rest === '' || rest.startsWith('|') || rest.startsWith('#')) return;
    }
    if (rest.startsWith('#')) {
      if (entry.msgstr.length) finish();
      if (rest.startsWith('#,') && /(?:^|,)\s*fuzzy\s*(?:,|$)/.test(rest.slice(2))) entry.fuzzy = true;
      return;
    }
    if (rest.startsWith('"')) {
      if (!entry.open) throw new UserError('a string with no msgid or msgstr before it', { file, line, column }, 'continuation lines follow a msgid, msgstr or msgctxt line');
      readString(entry.open, rest, line, column);
      return;
    }
    const m = KEYWORD.exec(rest);
    if (!m) {
      const word = /^\S+/.exec(rest)?.[0] ?? rest;
      throw new UserError(`unexpected "${excerpt(word)}" in a PO file`, { file, line, column }, 'a PO line is a comment (#), a keyword (msgctxt, msgid, msgid_plural, msgstr) with a quoted string, or a quoted continuation');
    }
    const field = m[1] as Field;
    const b = new TextBuilder({ line, column: column + m[0].length + 1 });
    if ((field === 'msgctxt' || field === 'msgid') && (entry.msgstr.length || (field === 'msgctxt' && entry.msgid))) finish();
    if (field === 'msgid' && entry.msgid) throw new UserError('a second msgid in one entry', { file, line, column }, 'give the first msgid its msgstr');
    entry.at ??= { file, line, column };
    if (obsolete) entry.obsolete = true;
    if (field === 'msgctxt') entry.msgctxt = b;
    else if (field === 'msgid') entry.msgid = b;
    else if (field === 'msgid_plural') entry.msgidPlural = b;
    else {
      if (!entry.msgid) throw new UserError('msgstr without a msgid', { file, line, column });
      if (m[2] !== undefined) entry.plural = true;
      entry.msgstr.push(b);
    }
    entry.open = b;
    rest = rest.slice(m[0].length);
    column += m[0].length;
    readString(b, rest, line, column);
  }

  /** Reads one quoted string (`rest` starts at its opening quote, at `column`) into `b`. */
  function readString(b: TextBuilder, rest: string, line: number, column: number): void {
    let i = 1;
    let run = '';
    let runAt = column + 1;
    for (;;) {
      if (i >= rest.length) throw new UserError('unterminated string', { file, line, column }, 'close the string with " on the same line');
      const c = rest[i]!;
      if (c === '"') break;
      if (c !== '\\') {
        run += c;
        i++;
        continue;
      }
      // an escape: flush the run, add the character, start a new piece after it
      b.addAt(run, line, runAt);
      const [value, length] = unescape(rest, i);
      b.addAt(value, line, column + i);
      i += length;
      run = '';
      runAt = column + i;
    }
    b.addAt(run, line, runAt);
    const trailing = rest.slice(i + 1).trim();
    if (trailing && !trailing.startsWith('#')) throw new UserError(`unexpected "${excerpt(trailing)}" after a string`, { file, line, column: column + i + 1 });
  }
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', '?': '?', "'": "'" };

/** The character an escape at `s[i]` (the backslash) stands for, and the escape's length. */
function unescape(s: string, i: number): [string, number] {
  const c = s[i + 1] ?? '';
  if (c in SIMPLE) return [SIMPLE[c]!, 2];
  const octal = /^[0-7]{1,3}/.exec(s.slice(i + 1, i + 4));
  if (octal) return [String.fromCharCode(parseInt(octal[0], 8)), 1 + octal[0].length];
  const hex = /^x([0-9a-fA-F]{1,2})/.exec(s.slice(i + 1, i + 4));
  if (hex) return [String.fromCharCode(parseInt(hex[1]!, 16)), 2 + hex[1]!.length];
  return [c, 2]; // an unknown escape stands for its character
}

function newEntry(): Entry {
  return { at: undefined, fuzzy: false, obsolete: false, msgstr: [], plural: false };
}

function unitOf(e: Entry, lang: string | undefined, includeFuzzy: boolean): Unit {
  const msgid = e.msgid!;
  const id = e.msgctxt ? `${e.msgctxt.text}|${msgid.text}` : msgid.text;
  const target = (b: TextBuilder): Variant => {
    const v = variantOf(b, 'target', lang);
    if (e.fuzzy) v.state = 'fuzzy';
    return v;
  };
  const segments: Segment[] = [];
  if (e.plural || e.msgidPlural) {
    e.msgstr.forEach((b, n) => {
      const source = n === 0 || !e.msgidPlural ? msgid : e.msgidPlural;
      segments.push({ id: String(n), variants: [variantOf(source, 'source', undefined), target(b)] });
    });
    if (segments.length === 0) segments.push({ id, variants: [variantOf(msgid, 'source', undefined)] });
  } else {
    const variants = [variantOf(msgid, 'source', undefined)];
    if (e.msgstr[0]) variants.push(target(e.msgstr[0]));
    segments.push({ id, variants });
  }
  if (segments.length === 1) segments[0]!.id = id;
  const unit: Unit = { id, at: e.at!, segments };
  if (e.fuzzy && !includeFuzzy) unit.skip = 'fuzzy';
  return unit;
}

/** A locale in the file's name or folders: zh_CN.po, zh-Hant.po, zh_Hant/LC_MESSAGES/django.po. */
export function langFromPath(file: string): string | undefined {
  const LOCALE = /^[a-z]{2,3}(?:[_-][A-Za-z0-9]{2,8})*(?:@\w+)?$/;
  const name = basename(file).replace(/\.pot?$/i, '');
  if (LOCALE.test(name)) return name;
  const dir = dirname(file);
  if (basename(dir) === 'LC_MESSAGES' && LOCALE.test(basename(dirname(dir)))) return basename(dirname(dir));
  return undefined;
}

/**
 * The charset a PO header declares (`Content-Type: text/plain; charset=GBK`), if not a
 * placeholder; null to see more of the file while the header may still be coming.
 */
export function sniffPoCharset(head: Uint8Array): string | undefined | null {
  const ascii = String.fromCharCode(...head.subarray(0, 1024));
  const charset = /charset=([A-Za-z0-9._-]+)[^A-Za-z0-9._-]/.exec(ascii)?.[1];
  if (!charset) return /\n\s*\n/.test(ascii) ? undefined : null; // the header ends at the first blank line
  return charset.toUpperCase() !== 'CHARSET' ? charset : undefined;
}
