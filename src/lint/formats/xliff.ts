// XLIFF 1.2 and 2.x as CAT tools write them: Okapi, Trados (SDLXLIFF), memoQ, MadCap Lingo
// (no namespace at all), Xcode, Angular, OmegaT. One Unit per trans-unit / unit.
//
// Elements are matched on local names within the XLIFF namespace (any
// urn:oasis:names:tc:xliff:document:* version, the root's namespace, or none), so memoQ's
// <mq:commitinfos xmlns="MQXliff"> redeclaring the default namespace mid-file is not read as XLIFF.
import { UserError } from '../../errors.js';
import type { TextPiece } from '../../read/position.js';
import { variantOf, type Segment, type Unit, type Variant } from '../segment.js';
import { TextBuilder } from '../../read/text-builder.js';
import { readXml, type XmlElement, type XmlHandler } from '../../read/xml-events.js';

/**
 * Reads an XLIFF 1.2 or 2.x file as a stream of units (see XliffHandler for what a segment is),
 * a batch per chunk read (fewer awaits for the linter). Not an XLIFF document, malformed XML or
 * a DOCTYPE with entities: UserError with the place.
 */
export function readXliffBatches(file: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  return readXml<Unit>(file, {
    chunkSize: options.chunkSize,
    root: (el) => {
      if (el.local !== 'xliff') throw notA('an XLIFF', el);
      return new XliffHandler(file, el);
    },
  });
}

/** The wrong kind of document for a reader: name what was found and how to pick another reader. */
export function notA(kind: string, el: XmlElement): UserError {
  return new UserError(`this is not ${kind} file: its root element is <${el.name}>`, el.at, 'name the format with --input-format xliff|tmx|po|csv|tsv|text');
}

const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:';

// Inline elements whose content is native code, not text (XLIFF 1.2 §2.5; 2.x codes are empty).
const CODE_1 = new Set(['bpt', 'ept', 'ph', 'it']);
const CODE_2 = new Set(['ph', 'sc', 'ec', 'sm', 'em', 'cp']);

/** A source, seg-source or target being read. */
class Side {
  readonly whole: TextBuilder;
  /** `<mrk mtype="seg">` segments by mid, in document order. */
  readonly segs = new Map<string, TextBuilder>();
  current: TextBuilder | undefined;
  /** One flag per open element inside the side: is its content code? */
  readonly code: boolean[] = [false];
  /** A <sub> started or ended: separate its text from the text around it. */
  separate = false;

  constructor(
    readonly el: XmlElement,
    readonly lang: string | undefined,
  ) {
    this.whole = new TextBuilder(el.content);
  }

  add(text: string, pieces: TextPiece[]): void {
    if (this.code[this.code.length - 1]) return;
    for (const b of this.current ? [this.whole, this.current] : [this.whole]) {
      if (this.separate && b.text && !/\s$/.test(b.text) && !/^\s/.test(text)) b.addSynthetic(' ');
      b.add(text, pieces);
    }
    this.separate = false;
  }
}

/** An XLIFF 2 <segment> or <ignorable> being read. */
interface Part {
  kind: 'segment' | 'ignorable';
  id: string | undefined;
  source?: Side;
  target?: Side;
  state?: string;
}

interface OpenUnit {
  el: XmlElement;
  id: string;
  /** The `<file>` it is in, counted from 1. */
  document: number;
  translate: boolean;
  /** 1.2 */
  source?: Side;
  segSource?: Side;
  target?: Side;
  /** 2.x */
  parts: Part[];
  part?: Part;
}

/**
 * XLIFF 1.2: a Unit per `<trans-unit>` (translate="no" ones too, with skip 'translate-no',
 * inherited from `<group>`). With a `<seg-source>` holding `<mrk mtype="seg">`, each mrk is a
 * Segment (id = mid) paired with the target's mrk of the same mid; otherwise the unit is one
 * Segment. `<alt-trans>`, notes and tool extensions are not read.
 *
 * XLIFF 2.x: a Unit per `<unit>`, a Segment per `<segment>` (id = its id, else its 1-based
 * position among the unit's segments) paired with its own `<target>`: `order`
 * says where that target goes in the unit's target text, not which source it translates
 * (XLIFF 2.0 §4.3.1.22), so pairs stay paired when targets are reordered. `<ignorable>`s are
 * Segments with skip 'ignorable' (id `ignorable-N` when they have none). translate="no" on file, group or unit skips the unit.
 *
 * Text inside `<g>`, `<mrk>`, `<pc>` and `<sub>` counts; `<x/>`, `<bx/>`, `<ex/>`, `<ph>`,
 * `<bpt>`, `<ept>`, `<it>` (and their content), `<sc/>`, `<ec/>`, `<cp/>` do not.
 * Languages: source-language/target-language (1.2) or srcLang/trgLang (2.x), overridden by
 * xml:lang on the source or target. A target without `<target>` has no target variant; an
 * empty `<target/>` is a target variant with empty text.
 */
export class XliffHandler implements XmlHandler<Unit> {
  private readonly version: 1 | 2;
  private readonly rootNs: string;
  private out: Unit[] = [];
  private depth = 0;
  /** translate flags of open file/group elements */
  private readonly translate: boolean[] = [];
  private srcLang: string | undefined;
  private trgLang: string | undefined;
  private unit: OpenUnit | undefined;
  private unitDepth = 0;
  private side: Side | undefined;
  private sideDepth = 0;
  private count = 0;
  /** `<file>` elements started so far: the document a unit belongs to. */
  private documents = 0;

  constructor(
    readonly file: string,
    root: XmlElement,
  ) {
    const v = root.attributes.version ?? '';
    this.version = v.startsWith('2') || /:2\.\d$/.test(root.ns) ? 2 : 1;
    this.rootNs = root.ns;
    this.srcLang = root.attributes.srcLang;
    this.trgLang = root.attributes.trgLang;
  }

  private isXliff(el: XmlElement): boolean {
    return el.ns === this.rootNs || el.ns === '' || el.ns.startsWith(XLIFF_NS);
  }

  take(): Unit[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  open(el: XmlElement): void {
    this.depth++;
    const side = this.side;
    if (side) {
      const parentCode = side.code[side.code.length - 1]!;
      const local = this.isXliff(el) ? el.local : '';
      if (local === 'sub') {
        side.code.push(false);
        side.separate = true;
      } else side.code.push(parentCode || (this.version === 1 ? CODE_1 : CODE_2).has(local));
      if (this.version === 1 && local === 'mrk' && el.attributes.mtype === 'seg') {
        const mid = el.attributes.mid ?? String(side.segs.size + 1);
        side.current = new TextBuilder(el.content);
        side.segs.set(mid, side.current);
      }
      return;
    }
    if (!this.isXliff(el)) return;
    const unit = this.unit;
    const a = el.attributes;
    if (unit) {
      if (this.version === 1 && this.depth === this.unitDepth + 1) {
        if (el.local === 'source' || el.local === 'seg-source' || el.local === 'target') {
          const lang = a['xml:lang'] ?? (el.local === 'target' ? this.trgLang : this.srcLang);
          const s = this.startSide(el, lang);
          if (el.local === 'source') unit.source = s;
          else if (el.local === 'seg-source') unit.segSource = s;
          else unit.target = s;
        }
      } else if (this.version === 2) {
        if (this.depth === this.unitDepth + 1 && (el.local === 'segment' || el.local === 'ignorable')) {
          unit.part = { kind: el.local, id: a.id };
          if (a.state !== undefined) unit.part.state = a.state;
          unit.parts.push(unit.part);
        } else if (unit.part && this.depth === this.unitDepth + 2 && (el.local === 'source' || el.local === 'target')) {
          const lang = a['xml:lang'] ?? (el.local === 'target' ? this.trgLang : this.srcLang);
          unit.part[el.local] = this.startSide(el, lang);
        }
      }
      return;
    }
    switch (el.local) {
      case 'file':
        this.documents++;
        if (this.version === 1) {
          this.srcLang = a['source-language'];
          this.trgLang = a['target-language'];
        }
        this.translate.push(this.isTranslatable(a.translate));
        break;
      case 'group':
        this.translate.push(this.isTranslatable(a.translate));
        break;
      case 'trans-unit':
      case 'unit':
        this.count++;
        this.unit = { el, id: a.id ?? String(this.count), document: this.documents, translate: this.isTranslatable(a.translate), parts: [] };
        this.unitDepth = this.depth;
        break;
    }
  }

  /** translate="yes"/"no" on this element, else what the enclosing file or group says. */
  private isTranslatable(value: string | undefined): boolean {
    if (value === 'no') return false;
    if (value === 'yes') return true;
    return this.translate.length === 0 || this.translate[this.translate.length - 1]!;
  }

  private startSide(el: XmlElement, lang: string | undefined): Side {
    this.side = new Side(el, lang);
    this.sideDepth = this.depth;
    return this.side;
  }

  close(el: XmlElement): void {
    const depth = this.depth--;
    const side = this.side;
    if (side) {
      if (depth === this.sideDepth) {
        this.side = undefined;
        return;
      }
      side.code.pop();
      if (this.isXliff(el) && el.local === 'sub') side.separate = true;
      if (this.version === 1 && el.local === 'mrk' && el.attributes.mtype === 'seg' && this.isXliff(el)) side.current = undefined;
      return;
    }
    if (!this.isXliff(el)) return;
    const unit = this.unit;
    if (unit) {
      if (depth === this.unitDepth) {
        this.out.push(this.version === 1 ? this.finish1(unit) : this.finish2(unit));
        this.unit = undefined;
      } else if (depth === this.unitDepth + 1 && this.version === 2) unit.part = undefined;
      return;
    }
    if (el.local === 'file' || el.local === 'group') this.translate.pop();
    if (el.local === 'file' && this.version === 1) this.srcLang = this.trgLang = undefined;
  }

  text(text: string, pieces: TextPiece[]): void {
    this.side?.add(text, pieces);
  }

  private finish1(u: OpenUnit): Unit {
    const segments: Segment[] = [];
    const src = u.segSource;
    const tgt = u.target;
    const state = tgt?.el.attributes.state;
    if (src && src.segs.size > 0 && (!tgt || tgt.segs.size > 0)) {
      for (const [mid, b] of src.segs) {
        const variants = [variantOf(b, 'source', src.lang)];
        const t = tgt?.segs.get(mid);
        if (t && tgt) variants.push(target(t, tgt.lang, state));
        segments.push({ id: mid, variants });
      }
      if (segments.length === 1) segments[0]!.id = u.id;
    } else {
      const source = u.source ?? src;
      const variants: Variant[] = [];
      if (source) variants.push(variantOf(source.whole, 'source', source.lang));
      if (tgt) variants.push(target(tgt.whole, tgt.lang, state));
      segments.push({ id: u.id, variants });
    }
    return unitOf(u, segments);
  }

  private finish2(u: OpenUnit): Unit {
    const segments: Segment[] = [];
    let n = 0;
    let ignorables = 0;
    for (const p of u.parts) {
      const variants: Variant[] = [];
      if (p.source) variants.push(variantOf(p.source.whole, 'source', p.source.lang));
      if (p.target) variants.push(target(p.target.whole, p.target.lang, p.state));
      if (p.kind === 'ignorable') segments.push({ id: p.id ?? `ignorable-${++ignorables}`, variants, skip: 'ignorable' });
      else segments.push({ id: p.id ?? String(++n), variants });
    }
    if (segments.length === 1) segments[0]!.id = u.id;
    return unitOf(u, segments);
  }
}

function target(b: TextBuilder, lang: string | undefined, state: string | undefined): Variant {
  const v = variantOf(b, 'target', lang);
  if (state !== undefined) v.state = state;
  return v;
}

function unitOf(u: OpenUnit, segments: Segment[]): Unit {
  const unit: Unit = { id: u.id, at: u.el.at, segments, document: u.document };
  if (!u.translate) unit.skip = 'translate-no';
  return unit;
}
