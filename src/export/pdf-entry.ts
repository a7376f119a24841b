// One glossary entry on the page: its letter heading, its head (Chinese, traditional form,
// pinyin, part of speech, status), renderings and note, measured first so that renderPdf can
// place it whole in a column.
import type { IndexedEntry } from '../index/term-index.js';
import { ACCENT, BOTTOM, COLUMN_W, DRAFT, GREY, INK, LABEL_W, LIGHT, PINYIN, SIZE, type Fonts } from './pdf-style.js';
import { fitText, lineHeight, splitToWidth } from './pdf-text.js';

const POS_LABEL: Record<string, string> = { noun: 'n.', verb: 'v.', adjective: 'adj.', phrase: 'phr.', slogan: 'slogan', name: 'name' };

export const LETTER_H = 30;
export const LETTER_SPACE = 6;

export function drawLetter(doc: PDFKit.PDFDocument, B: string, letter: string, x: number, y: number): void {
  doc.font(B).fontSize(SIZE.letter).fillColor(ACCENT).text(letter, x, y, { lineBreak: false });
  doc.moveTo(x, y + 24).lineTo(x + COLUMN_W, y + 24).lineWidth(0.6).strokeColor(ACCENT).stroke();
}

/** A piece of the headword line(s): one font, size and colour. */
interface Run {
  text: string;
  font: string;
  size: number;
  color: string;
  /** Space before the run when it follows another on the same line. */
  gap: number;
  /** A status badge is drawn in a frame. */
  badge?: boolean;
  width: number;
}

/** The headword lines: runs placed on baselines (offsets from the entry's top). */
interface Head {
  lines: { runs: { run: Run; dx: number }[]; baseline: number }[];
  height: number;
}

/** The measured parts of one entry. */
export interface Block {
  head: Head;
  enH: number;
  alsoH: number;
  avoidH: number;
  noteH: number;
  height: number;
  /** Height of everything but the note, plus three lines of it: the least that may start a column. */
  minHeight: number;
}

const GAP_AFTER_HEAD = 1.5;
const GAP_PART = 1.2;
// Headword lines are set on baselines of their own, spaced by Noto Sans CJK's hhea ascender
// and descender (1.16 and 0.288 em): a little more air above a headword than pdfkit's own
// text blocks leave (their baseline sits 0.88 em below the top), which sets entries apart.
const ASCENT = 1.16;
const DESCENT = 0.288;

function alsoText(e: IndexedEntry): string {
  return e.en_also.join('; ');
}
function avoidText(e: IndexedEntry): string {
  return e.en_avoid.join('; ');
}

/**
 * The headword, then the traditional form, the pinyin, the part of speech and a status badge,
 * on as few lines as the column allows; a run that does not fit starts a new line (the pinyin
 * and what follows it move together).
 */
function layoutHead(doc: PDFKit.PDFDocument, f: Fonts, e: IndexedEntry): Head {
  const run = (text: string, font: string, size: number, color: string, gap: number, badge = false): Run => {
    doc.font(font).fontSize(size);
    const width = doc.widthOfString(text) + (badge ? text.length * 0.6 : 0);
    return { text, font, size, color, gap, width, ...(badge ? { badge } : {}) };
  };
  const groups: Run[][] = [];
  const breakBefore = new Set<Run[]>();
  splitToWidth(doc, e.zh, f.B, SIZE.head).forEach((p, i) => {
    const g = [run(p, f.B, SIZE.head, INK, 0)];
    if (i > 0) breakBefore.add(g);
    groups.push(g);
  });
  if (e.zh_hant && e.zh_hant !== e.zh) {
    splitToWidth(doc, e.zh_hant, f.R, SIZE.hant).forEach((p, i) => {
      const g = [run(p, f.R, SIZE.hant, GREY, 6)];
      if (i > 0) breakBefore.add(g);
      groups.push(g);
    });
  }
  const tail: Run[] = [];
  // a term without Han characters (1+3+N) has no pinyin worth printing
  if (/[㐀-鿿]/.test(e.zh)) tail.push(run(e.pinyin, f.R, SIZE.pinyin, PINYIN, 8));
  if (e.pos) tail.push(run(POS_LABEL[e.pos] ?? e.pos, f.R, SIZE.pinyin - 1, LIGHT, 5));
  if (e.status !== 'approved') tail.push(run(e.status.toUpperCase(), f.R, SIZE.tag, e.status === 'draft' ? DRAFT : LIGHT, 9, true));
  if (tail.length) groups.push(tail);

  const lines: { runs: { run: Run; dx: number }[]; size: number }[] = [];
  let line: { runs: { run: Run; dx: number }[]; size: number } | undefined;
  let x = 0;
  for (const group of groups) {
    const w = group.reduce((sum, r, i) => sum + (i === 0 ? 0 : r.gap) + r.width, 0);
    if (!line || breakBefore.has(group) || x + group[0]!.gap + w > COLUMN_W) {
      line = { runs: [], size: 0 };
      lines.push(line);
      x = 0;
    } else x += group[0]!.gap;
    group.forEach((r, i) => {
      if (i > 0) x += r.gap;
      line!.runs.push({ run: r, dx: x });
      line!.size = Math.max(line!.size, r.size);
      x += r.width;
    });
  }
  let baseline = 0;
  let previous = 0;
  const placed = lines.map((l, i) => {
    baseline += i === 0 ? ASCENT * l.size : DESCENT * previous + 0.98 * l.size;
    previous = l.size;
    return { runs: l.runs, baseline };
  });
  return { lines: placed, height: baseline + DESCENT * previous };
}


export function measureEntry(doc: PDFKit.PDFDocument, f: Fonts, e: IndexedEntry): Block {
  const head = layoutHead(doc, f, e);
  const enH = doc.font(f.B).fontSize(SIZE.en).heightOfString(e.en, { width: COLUMN_W });
  const alsoH = e.en_also.length ? doc.font(f.R).fontSize(SIZE.alt).heightOfString(alsoText(e), { width: COLUMN_W - LABEL_W }) : 0;
  const avoidH = e.en_avoid.length ? doc.font(f.R).fontSize(SIZE.alt).heightOfString(avoidText(e), { width: COLUMN_W - LABEL_W }) : 0;
  const noteH = e.note ? doc.font(f.R).fontSize(SIZE.note).heightOfString(e.note, { width: COLUMN_W, lineGap: 0.6 }) : 0;
  const fixed = head.height + GAP_AFTER_HEAD + enH + (alsoH ? GAP_PART + alsoH : 0) + (avoidH ? GAP_PART + avoidH : 0);
  const height = fixed + (noteH ? GAP_PART + 1 + noteH : 0);
  const noteLine = lineHeight(doc, f.R, SIZE.note) + 0.6;
  return { head, enH, alsoH, avoidH, noteH, height, minHeight: fixed + (noteH ? GAP_PART + 1 + Math.min(noteH, 3 * noteLine) : 0) };
}

/**
 * Draws an entry at (x, y) in its column and returns the y below it. A note that runs past the
 * foot of the column continues in the next one (`next` moves there and says where).
 */
export function drawEntry(
  doc: PDFKit.PDFDocument,
  f: Fonts,
  e: IndexedEntry,
  b: Block,
  x: number,
  y: number,
  next: () => { x: number; y: number },
): number {
  for (const line of b.head.lines) {
    for (const { run, dx } of line.runs) {
      const base = y + line.baseline;
      doc.font(run.font).fontSize(run.size).fillColor(run.color);
      if (run.badge) {
        doc.roundedRect(x + dx - 2.5, base - run.size - 0.8, run.width + 5, run.size + 3.4, 1.5).lineWidth(0.5).strokeColor(run.color).stroke();
        doc.fillColor(run.color).text(run.text, x + dx, base, { baseline: 'alphabetic', lineBreak: false, characterSpacing: 0.6 });
      } else {
        doc.text(run.text, x + dx, base, { baseline: 'alphabetic', lineBreak: false });
      }
    }
  }
  y += b.head.height + GAP_AFTER_HEAD;

  // the preferred rendering
  doc.font(f.B).fontSize(SIZE.en).fillColor(INK).text(e.en, x, y, { width: COLUMN_W });
  y += b.enH;
  const labelled = (label: string, text: string, h: number, color: string, textColor: string) => {
    y += GAP_PART;
    doc.font(f.R).fontSize(SIZE.label).fillColor(color).text(label, x, y + (SIZE.alt - SIZE.label) * 0.9, { lineBreak: false, characterSpacing: 0.5 });
    doc.font(f.R).fontSize(SIZE.alt).fillColor(textColor).text(text, x + LABEL_W, y, { width: COLUMN_W - LABEL_W });
    y += h;
  };
  if (b.alsoH) labelled('ALSO', alsoText(e), b.alsoH, LIGHT, INK);
  if (b.avoidH) labelled('AVOID', avoidText(e), b.avoidH, ACCENT, GREY);

  if (e.note) {
    y += GAP_PART + 1;
    let rest = e.note;
    doc.font(f.R).fontSize(SIZE.note).fillColor(GREY);
    for (;;) {
      const room = BOTTOM - y;
      const h = doc.heightOfString(rest, { width: COLUMN_W, lineGap: 0.6 });
      if (h <= room + 0.01) {
        doc.text(rest, x, y, { width: COLUMN_W, lineGap: 0.6 });
        y += h;
        break;
      }
      const cut = fitText(doc, rest, room);
      if (cut > 0) doc.text(rest.slice(0, cut).trimEnd(), x, y, { width: COLUMN_W, lineGap: 0.6 });
      rest = rest.slice(cut).trimStart();
      ({ x, y } = next());
      doc.font(f.R).fontSize(SIZE.note).fillColor(GREY);
    }
  }
  return y;
}
