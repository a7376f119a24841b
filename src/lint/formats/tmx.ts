// TMX 1.4 (xml:lang) and 1.1 (lang), as Trados, Alchemy Catalyst, OmegaT and Okapi write it:
// often UTF-16 with a BOM and CRLF, sometimes GB-sized, so it is read as a stream.
import type { TextPiece } from '../../read/position.js';
import { variantOf, type Unit, type Variant } from '../segment.js';
import { TextBuilder } from '../../read/text-builder.js';
import { notA } from './xliff.js';
import { readXml, type XmlElement, type XmlHandler } from '../../read/xml-events.js';

/**
 * Reads a TMX file as a stream of units: a Unit per `<tu>` (id = tuid, else its 1-based
 * position) with one Segment holding a Variant per `<tuv>`. A tuv is the source when its
 * language equals (ignoring case) the tu's or header's srclang; with srclang="*all*" or none
 * matching, the first tuv is. `<bpt>`, `<ept>`, `<it>`, `<ph>`, `<ut>` are code; text in `<hi>`
 * and `<sub>` counts. Props and notes are not read. A batch of units per chunk read.
 */
export function readTmxBatches(file: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  return readXml<Unit>(file, {
    chunkSize: options.chunkSize,
    root: (el) => {
      if (el.local !== 'tmx') throw notA('a TMX', el);
      return new TmxHandler();
    },
  });
}

const CODE = new Set(['bpt', 'ept', 'it', 'ph', 'ut']);

interface OpenTu {
  el: XmlElement;
  id: string;
  srclang: string | undefined;
  tuvs: { lang: string | undefined; text: TextBuilder }[];
}

export class TmxHandler implements XmlHandler<Unit> {
  private out: Unit[] = [];
  private srclang: string | undefined;
  private count = 0;
  private tu: OpenTu | undefined;
  private lang: string | undefined;
  private seg: TextBuilder | undefined;
  /** One flag per open element inside <seg>: is its content code? */
  private code: boolean[] = [];
  private separate = false;

  take(): Unit[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  open(el: XmlElement): void {
    if (this.seg) {
      const parent = this.code[this.code.length - 1]!;
      if (el.local === 'sub') {
        this.code.push(false);
        this.separate = true;
      } else this.code.push(parent || CODE.has(el.local));
      return;
    }
    const a = el.attributes;
    switch (el.local) {
      case 'header':
        this.srclang = a.srclang;
        break;
      case 'tu':
        this.count++;
        this.tu = { el, id: a.tuid ?? String(this.count), srclang: a.srclang ?? this.srclang, tuvs: [] };
        break;
      case 'tuv':
        this.lang = a['xml:lang'] ?? a.lang;
        break;
      case 'seg':
        if (this.tu) {
          this.seg = new TextBuilder(el.content);
          this.code = [false];
          this.tu.tuvs.push({ lang: this.lang, text: this.seg });
        }
        break;
    }
  }

  close(el: XmlElement): void {
    if (this.seg) {
      if (this.code.length === 1) {
        this.seg = undefined;
        return;
      }
      this.code.pop();
      if (el.local === 'sub') this.separate = true;
      return;
    }
    if (el.local === 'tu' && this.tu) {
      this.out.push(finish(this.tu));
      this.tu = undefined;
    }
  }

  text(text: string, pieces: TextPiece[]): void {
    const seg = this.seg;
    if (!seg || this.code[this.code.length - 1]) return;
    if (this.separate && seg.text && !/\s$/.test(seg.text) && !/^\s/.test(text)) seg.addSynthetic(' ');
    this.separate = false;
    seg.add(text, pieces);
  }
}

function finish(tu: OpenTu): Unit {
  const src = tu.srclang?.toLowerCase();
  let sourceAt = tu.tuvs.findIndex((t) => t.lang !== undefined && t.lang.toLowerCase() === src);
  if (sourceAt === -1) sourceAt = 0;
  const variants: Variant[] = tu.tuvs.map((t, i) => variantOf(t.text, i === sourceAt ? 'source' : 'target', t.lang));
  return { id: tu.id, at: tu.el.at, segments: [{ id: tu.id, variants }] };
}
