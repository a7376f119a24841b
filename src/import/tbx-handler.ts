// A TBX file as a stream of concepts: the XML event handler that builds each concept as a small
// tree (with a bound on its depth), and the walks over such a tree. What a concept means is
// read-tbx-concept.ts's job; this module only knows the shape of TBX v2 and v3.
import { UserError, type Place } from '../errors.js';
import type { XmlElement, XmlHandler } from '../read/xml-events.js';

const TBX_V3 = /^urn:iso:std:iso:30042/;

/** An element of one concept, as a small tree. */
export interface XNode {
  /** Local name. */
  name: string;
  /** The data category: the `type` of descrip/termNote/admin/…, or the local name of a DCT element. */
  category?: string;
  lang?: string;
  children: (XNode | string)[];
  at: Place;
}

const CONCEPT = new Set(['conceptEntry', 'termEntry']);
export const LANG = new Set(['langSec', 'langSet']);
export const TERM_CONTAINER = new Set(['termSec', 'tig', 'ntig']);
const TYPED = new Set(['descrip', 'termNote', 'admin', 'transac', 'transacNote', 'xref', 'ref', 'adminNote', 'descripNote']);

/** How deep a concept's elements may nest: real TBX goes four or five levels. */
const MAX_CONCEPT_DEPTH = 64;

/** Collects the concepts of a term base, one at a time: a concept is a small tree while it is read. */
export class TbxHandler implements XmlHandler<never> {
  readonly version: 'v2' | 'v3';
  title: string | undefined;
  concepts = 0;
  private stack: XNode[] = [];
  private inConcept = false;
  private titleText: string | null = null;
  private depth = 0;

  /** `onConcept` gets each concept's tree as soon as its end tag is read. */
  constructor(root: XmlElement, private readonly onConcept: (concept: XNode) => void) {
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
      this.onConcept(node);
    }
  }
}

/** Text of a node, with the indentation of pretty-printed XML folded into single spaces. */
export function textOf(node: XNode | string): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

export function clean(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]+/g, ' ').trim();
}

export function elements(node: XNode): XNode[] {
  return node.children.filter((c): c is XNode => typeof c !== 'string');
}

/** Every element below `node` with a data category, not descending into `stop` containers. */
export function categorized(node: XNode, stop: Set<string>, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (stop.has(c.name)) continue;
    if (c.category) out.push(c);
    categorized(c, stop, out);
  }
  return out;
}

/** Notes (`<note>`) below `node`, not descending into `stop` containers nor into other notes' groups. */
export function notes(node: XNode, stop: Set<string>, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (stop.has(c.name)) continue;
    if (c.name === 'note') out.push(c);
    else if (!c.category) notes(c, stop, out);
  }
  return out;
}

export function findFirst(node: XNode, name: string): XNode | undefined {
  for (const c of elements(node)) {
    if (c.name === name) return c;
    const deeper = findFirst(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

export function findAll(node: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of elements(node)) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}
