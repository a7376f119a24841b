// The streaming XML driver under the XLIFF, TMX and TBX readers: file chunks go into saxes as
// they are read, and each event carries its place in the physical file, so a reader can yield
// units while a 1 GB TMX is still being read (issue 5) and report a term at its line and column.
//
// Hostile input (DESIGN §7): saxes never loads a DTD and expands only the five predefined
// entities and character references; a DOCTYPE that declares entities (XXE, billion laughs)
// is refused before anything else is read (unless the reader lets it through, when using one
// of its entities is a syntax error), and external DOCTYPE ids and <?xml-model?> are ignored,
// never fetched.
import { SaxesParser, type SaxesTagNS, type SaxesTagPlain } from 'saxes';
import { UserError, type Place } from '../errors.js';
import type { Position, TextPiece } from './position.js';
import { readChars, type CharOptions } from './read-chars.js';

/** An element as the readers see it: names split, its namespace resolved, its start tag's place. */
export interface XmlElement {
  /** Qualified name as written (`sdl:seg`, `trans-unit`). */
  name: string;
  /** The name without its prefix. */
  local: string;
  /** The namespace URI, '' for none. */
  ns: string;
  attributes: Record<string, string>;
  /** The `<` of the start tag. */
  at: Place;
  /** Where the element's content starts: just after the start tag's `>`, or its `<` when it is empty (`<target/>`). */
  content: Position;
}

/** What a format reader does with the events of one document. */
export interface XmlHandler<T> {
  open(el: XmlElement): void;
  close(el: XmlElement): void;
  /** A run of character data (text or CDATA); piece offsets are relative to the run. */
  text(text: string, pieces: TextPiece[]): void;
  /** Items completed since the last call (units), handed out after every chunk. */
  take(): T[];
  /** A CDATA section, when it is not text to this reader; text() gets it otherwise. */
  cdata?(text: string, pieces: TextPiece[]): void;
  /** Called at the end of the document. */
  end?(): void;
}

/** Where saxes stopped at a syntax error: 1-based line, column in characters, 0-based column in UTF-16 code units. */
export interface XmlStop {
  line: number;
  column: number;
  columnIndex: number;
}

export interface XmlReadOptions {
  /** Picks the handler for the document's root element; throws a UserError for the wrong kind of file. */
  root(el: XmlElement): XmlHandler<unknown>;
  chunkSize?: number;
  /** The document's text when it is already in memory; otherwise the file is read. */
  text?: string;
  /** The error for a syntax error (saxes's message without its place); lint's wording by default. */
  malformed?: (file: string, reason: string, stop: XmlStop) => UserError;
  /**
   * Namespaces resolved and checked by saxes: an unbound prefix or a misused xmlns is a syntax
   * error. By default they are resolved here and never an error (CAT tools write unbound ones).
   */
  checkNamespaces?: boolean;
}

function malformedXml(file: string, reason: string, stop: XmlStop): UserError {
  return new UserError(`malformed XML: ${reason.replace(/\.$/, '')}`, { file, line: stop.line, column: Math.max(1, stop.columnIndex) }, 'fix the XML (xmllint --noout FILE shows the same error)');
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

interface Mark {
  pos: number;
  line: number;
  column: number;
}

/**
 * Parses an XML file as a stream and yields what its handler completes, a batch per chunk
 * read (never an empty one). Malformed XML is a UserError with the line and column saxes
 * stopped at.
 */
export async function* readXml<T>(file: string, options: XmlReadOptions): AsyncGenerator<T[]> {
  const checkNamespaces = options.checkNamespaces === true;
  const parser = newParser(checkNamespaces);
  let handler: XmlHandler<T> | undefined;
  // namespace scopes: one entry per open element, shared with the parent unless it declares any
  const scopes: Map<string, string>[] = [new Map([['xml', XML_NS]])];
  const stack: XmlElement[] = [];
  // The place of the next unread character after the last markup event, or of the `<` that
  // ended the last text run: where the next text run or start tag begins.
  let next: Mark = { pos: 0, line: 1, column: 1 };
  // Raw characters from `rawBase` on, kept so that text with entity references can be mapped
  // back character by character; trimmed to the start of the pending run after every chunk.
  let raw = '';
  let rawBase = 0;
  let sawContent = false;

  const after = (): Mark => ({ pos: parser.position, line: parser.line, column: parser.columnIndex + 1 });
  const place = (m: Mark): Place => ({ file, line: m.line, column: m.column });

  parser.on('error', (error) => {
    const reason = error.message.replace(/^\d+:\d+: /, '');
    throw (options.malformed ?? malformedXml)(file, reason, { line: parser.line, column: parser.column, columnIndex: parser.columnIndex });
  });
  parser.on('xmldecl', () => (next = after()));
  parser.on('processinginstruction', () => (next = after()));
  parser.on('comment', () => (next = after()));
  parser.on('doctype', (doctype) => {
    // one rule for every XML shuyu reads, lint's and import's alike (issue 18)
    if (/<!ENTITY/i.test(doctype)) {
      throw new UserError(
        'the DOCTYPE declares entities; shuyu does not read files that declare them (they can expand without limit or read other files)',
        place(next),
        'export the file again from your CAT tool, or delete the <!ENTITY …> declarations',
      );
    }
    next = after();
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    // no event comes between the `<` and the `>`, so `next` is still the tag's start
    const tagStart = next;
    let local: string;
    let ns: string;
    let attributes: Record<string, string>;
    if (checkNamespaces) {
      const resolved = tag as unknown as SaxesTagNS;
      local = resolved.local;
      ns = resolved.uri;
      attributes = {};
      for (const name in resolved.attributes) attributes[name] = resolved.attributes[name]!.value;
    } else {
      const parent = scopes[scopes.length - 1]!;
      let scope = parent;
      attributes = tag.attributes;
      for (const name in attributes) {
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parent) scope = new Map(parent);
          scope.set(name === 'xmlns' ? '' : name.slice(6), attributes[name]!);
        }
      }
      scopes.push(scope);
      const colon = tag.name.indexOf(':');
      local = colon === -1 ? tag.name : tag.name.slice(colon + 1);
      ns = scope.get(colon === -1 ? '' : tag.name.slice(0, colon)) ?? '';
    }
    next = after();
    const el: XmlElement = {
      name: tag.name,
      local,
      ns,
      attributes,
      at: place(tagStart),
      content: tag.isSelfClosing ? { line: tagStart.line, column: tagStart.column } : { line: next.line, column: next.column },
    };
    stack.push(el);
    if (!handler) handler = options.root(el) as XmlHandler<T>;
    handler.open(el);
  });
  parser.on('closetag', () => {
    const el = stack.pop()!;
    if (!checkNamespaces) scopes.pop();
    next = after();
    handler!.close(el);
  });
  parser.on('text', (text) => {
    const start = next;
    const end = parser.position - 1; // the `<` that ended the run
    next = { pos: end, line: parser.line, column: parser.columnIndex };
    if (!handler || stack.length === 0) {
      if (/\S/.test(text)) sawContent = true;
      return;
    }
    const slice = raw.slice(start.pos - rawBase, end - rawBase);
    handler.text(text, slice.includes('&') ? mapEntities(slice, start) : [{ offset: 0, line: start.line, column: start.column }]);
  });
  parser.on('cdata', (text) => {
    // the content starts after the 9 characters of "<![CDATA["
    const start = next;
    next = after();
    const pieces = [{ offset: 0, line: start.line, column: start.column + 9 }];
    if (handler?.cdata) handler.cdata(text, pieces);
    else handler?.text(text, pieces);
  });

  const chunks = options.text !== undefined ? [options.text] : readChars(file, { sniff: sniffXmlEncoding, chunkSize: options.chunkSize } satisfies CharOptions);
  for await (const chunk of chunks) {
    if (!sawContent && /\S/.test(chunk)) sawContent = true;
    raw += chunk;
    parser.write(chunk);
    const batch = handler?.take();
    if (batch?.length) yield batch;
    // keep only what a pending text run may still need
    const keep = Math.min(next.pos, parser.position) - rawBase;
    if (keep > 0) {
      raw = raw.slice(keep);
      rawBase += keep;
    }
  }
  if (!sawContent) throw new UserError(`${file} is empty`, { file, line: 1, column: 1 }, 'export the file again from your CAT tool');
  parser.close();
  if (handler) {
    handler.end?.();
    const batch = handler.take();
    if (batch.length) yield batch;
  }
}

/**
 * A saxes parser that stays fast with nine handlers. saxes's on() adds each handler as a
 * property with a computed key, and V8 turns an object that gains many properties that way
 * into a dictionary: every property read of the parser's inner loop then costs a lookup,
 * and 100 MB of TMX took 8 s instead of 2 (measured with saxes alone, nine handlers vs three).
 * Named stores of the same properties first keep its fast shape (saxes 6 handler names).
 */
export function newParser(xmlns = false): SaxesParser {
  const parser = new SaxesParser({ xmlns, position: true }) as SaxesParser;
  const slots = parser as unknown as Record<string, unknown>;
  slots.errorHandler = undefined;
  slots.xmldeclHandler = undefined;
  slots.piHandler = undefined;
  slots.commentHandler = undefined;
  slots.doctypeHandler = undefined;
  slots.openTagHandler = undefined;
  slots.closeTagHandler = undefined;
  slots.textHandler = undefined;
  slots.cdataHandler = undefined;
  return parser;
}

/**
 * Pieces for a raw text run that holds entity or character references: a new piece starts
 * after every reference, since the text is shorter than the raw there (and `&#10;` is a
 * line break that is not one in the file).
 */
export function mapEntities(raw: string, start: Position): TextPiece[] {
  const pieces: TextPiece[] = [{ offset: 0, line: start.line, column: start.column }];
  let line = start.line;
  let column = start.column;
  let offset = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 38 /* & */) {
      const semi = raw.indexOf(';', i);
      if (semi === -1) break;
      const ref = raw.slice(i + 1, semi);
      let produced = 1;
      if (ref.charCodeAt(0) === 35 /* # */) {
        const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        produced = cp > 0xffff ? 2 : 1;
      }
      offset += produced;
      column += semi + 1 - i;
      i = semi;
      pieces.push({ offset, line, column });
    } else if (c === 13 /* \r */) {
      if (raw.charCodeAt(i + 1) === 10) i++;
      offset++;
      line++;
      column = 1;
    } else if (c === 10) {
      offset++;
      line++;
      column = 1;
    } else {
      offset++;
      column++;
    }
  }
  return pieces;
}

const ENCODING_DECL = /^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/;

/** The encoding an XML declaration names (`GB18030`, `Big5`), or null until the declaration is complete. */
export function sniffXmlEncoding(head: Uint8Array): string | undefined | null {
  const ascii = String.fromCharCode(...head.subarray(0, 200));
  if (ascii.startsWith('<?xml') && !ascii.includes('?>')) return null;
  return ENCODING_DECL.exec(ascii)?.[1];
}
