// The printable glossary (DESIGN §4, issue 6): A4, a cover, the entries by pinyin under letter
// headings in two columns, guide words in the running head, "page N of M" at the foot, and an
// English→Chinese index with page numbers at the back.
//
// All text is set in Noto Sans Hans from @embedpdf/fonts-sc (DESIGN §8): it covers simplified
// and traditional characters and tone-marked pinyin, and pdfkit embeds a subset of it, so the
// PDF looks the same everywhere and `pdftotext` gives the text back. The built-in Helvetica
// would garble both the Chinese and the tone marks.
//
// Layout is done here rather than by pdfkit's flowing text: each entry is measured first and
// placed whole in a column, so no entry splits across columns except a note longer than a
// column, and a letter heading always has its first entry under it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { IndexedEntry } from '../index/term-index.js';
import { letterOf, sortByPinyin } from './select.js';

export interface PdfSource {
  /** What the reader should see: a file's title or path. */
  label: string;
  count: number;
}

export interface PdfOptions {
  title: string;
  /** The date printed on the cover (and recorded as the PDF's creation date). */
  date: Date;
  /** The glossaries the entries came from, for the cover. */
  sources: PdfSource[];
  /** The filters in force, in words (`tag finance`), for the cover. */
  filter?: string;
  /** `shuyu 0.1.0`, for the cover and the PDF's Creator. */
  generator: string;
  /** Called now and then while entries are laid out (done of total). */
  onProgress?: (done: number, total: number) => void;
}

export interface PdfResult {
  /** The PDF bytes, as a stream (already complete: pdfkit holds the pages until the end). */
  stream: Readable;
  pages: number;
  /** Characters of the entries the font has no glyph for (they print as empty boxes). */
  missingGlyphs: string[];
}

// ---- page geometry (points; A4 is 595.28 × 841.89) ----
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN_X = 56;
const TOP = 74;
const BOTTOM = PAGE_H - 60;
const GUTTER = 22;
const COLUMN_W = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2;
const HEAD_Y = 38;
const FOOT_Y = PAGE_H - 40;

// ---- type ----
const INK = '#1b1b1b';
const GREY = '#5b5b5b';
const LIGHT = '#8a8a8a';
const RULE = '#c8c8c8';
const ACCENT = '#8c1d18'; // a dark red, for letters and "avoid"
const PINYIN = '#2f4f6f';
const DRAFT = '#a35200';

const SIZE = { head: 12.5, hant: 11, pinyin: 9, tag: 6.8, en: 9.6, alt: 8.8, label: 6.6, note: 8.1, letter: 17, index: 8, indexLetter: 10 };
const LABEL_W = 29; // the hanging column for "also" and "avoid"
const ENTRY_GAP = 8.5;

/** Paths of the fonts in @embedpdf/fonts-sc (its exports name only the JS entry, so go via it). */
export function fontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts');
  return { regular: join(dir, 'NotoSansHans-Regular.otf'), bold: join(dir, 'NotoSansHans-Bold.otf') };
}

const POS_LABEL: Record<string, string> = { noun: 'n.', verb: 'v.', adjective: 'adj.', phrase: 'phr.', slogan: 'slogan', name: 'name' };

/** Where the next block goes: page, column (0 or 1) and the top of the free space. */
interface Cursor {
  col: number;
  y: number;
}

/** One line of an index: an English rendering and the entry it leads to. */
interface IndexLine {
  en: string;
  zh: string;
  page: number;
  kind: 'preferred' | 'also' | 'avoid';
}

export function renderPdf(entries: readonly IndexedEntry[], options: PdfOptions): PdfResult {
  const fonts = fontPaths();
  // Fonts are selected by path, never by a registerFont name: pdfkit re-opens (and re-parses
  // all 8 MB of) a registered font each time a new page restores it, which made 5,000 entries
  // take 100 s instead of 3 s (pdfkit 0.20 caches by the name it was first opened with).
  const R = fonts.regular;
  const B = fonts.bold;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 }, // we place everything ourselves; no automatic page breaks
    bufferPages: true,
    autoFirstPage: false,
    font: R,
    info: { Title: options.title, Creator: options.generator, CreationDate: options.date, ModDate: options.date, Subject: 'Chinese–English glossary' },
    lang: 'en',
    displayTitle: true,
  });

  const sorted = sortByPinyin(entries);
  const entryPage = new Map<IndexedEntry, number>();
  /** Guide words of each entry page (0-based page index → first and last headword). */
  const guides = new Map<number, { first: string; last: string }>();
  const pageKinds: ('cover' | 'entries' | 'index')[] = [];
  let page = -1;

  const newPage = (kind: 'cover' | 'entries' | 'index') => {
    doc.addPage();
    page++;
    pageKinds.push(kind);
  };
  const colX = (col: number) => MARGIN_X + col * (COLUMN_W + GUTTER);

  // ---------------- cover ----------------
  newPage('cover');
  drawCover(doc, { R, B }, sorted.length, options);

  // ---------------- entries ----------------
  newPage('entries');
  const cur: Cursor = { col: 0, y: TOP };
  const nextColumn = (kind: 'entries' | 'index') => {
    if (cur.col === 0) cur.col = 1;
    else {
      newPage(kind);
      cur.col = 0;
    }
    cur.y = TOP;
  };
  const noteGuide = (headword: string) => {
    const g = guides.get(page);
    if (g) g.last = headword;
    else guides.set(page, { first: headword, last: headword });
  };

  let letter = '';
  sorted.forEach((e, i) => {
    const block = measureEntry(doc, { R, B }, e);
    const l = letterOf(e.pinyin);
    // a letter heading below an entry gets more air above it than one at the top of a column
    const headingH = l !== letter ? LETTER_H + (cur.y > TOP ? LETTER_SPACE : 0) : 0;
    const room = BOTTOM - cur.y;
    if (headingH + block.height > room && cur.y > TOP) {
      // It does not fit here whole: start it in the next column. An entry taller than a whole
      // column starts here if its head and the first lines of its note fit, and runs on.
      const tall = headingH + block.height > BOTTOM - TOP;
      if (!tall || headingH + block.minHeight > room) nextColumn('entries');
    }
    if (l !== letter) {
      letter = l;
      if (cur.y > TOP) cur.y += LETTER_SPACE;
      drawLetter(doc, B, l, colX(cur.col), cur.y);
      cur.y += LETTER_H;
    }
    entryPage.set(e, page + 1);
    noteGuide(e.zh);
    cur.y = drawEntry(doc, { R, B }, e, block, colX(cur.col), cur.y, () => {
      nextColumn('entries');
      noteGuide(e.zh);
      return { x: colX(cur.col), y: cur.y };
    });
    cur.y += ENTRY_GAP;
    if (options.onProgress && (i + 1) % 250 === 0) options.onProgress(i + 1, sorted.length);
  });
  options.onProgress?.(sorted.length, sorted.length);

  // ---------------- English index ----------------
  newPage('index');
  doc.font(B).fontSize(16).fillColor(INK).text('English index', MARGIN_X, TOP - 6, { lineBreak: false });
  doc.font(R).fontSize(8).fillColor(GREY).text('English renderings with the Chinese term and the page of its entry. Renderings to avoid are marked.', MARGIN_X, TOP + 18, { width: PAGE_W - 2 * MARGIN_X });
  doc.moveTo(MARGIN_X, TOP + 34).lineTo(PAGE_W - MARGIN_X, TOP + 34).lineWidth(0.5).strokeColor(RULE).stroke();
  cur.col = 0;
  const indexTop = TOP + 44;
  cur.y = indexTop;
  const lines = indexLines(sorted, entryPage);
  let indexLetter = '';
  for (const line of lines) {
    const l = indexLetterOf(line.en);
    const m = measureIndexLine(doc, R, line);
    const headingH = l !== indexLetter ? INDEX_LETTER_H : 0;
    if (cur.y + headingH + m.height > BOTTOM) {
      nextColumn('index');
    }
    if (l !== indexLetter) {
      indexLetter = l;
      doc.font(B).fontSize(SIZE.indexLetter).fillColor(ACCENT).text(l, colX(cur.col), cur.y + 2, { lineBreak: false });
      cur.y += INDEX_LETTER_H;
    }
    drawIndexLine(doc, R, line, m, colX(cur.col), cur.y);
    cur.y += m.height + 0.8;
  }

  // ---------------- running heads and feet ----------------
  const range = doc.bufferedPageRange();
  const total = range.count;
  for (let p = 0; p < total; p++) {
    doc.switchToPage(range.start + p);
    const kind = pageKinds[p];
    if (kind === 'cover') continue;
    doc.font(R).fontSize(7.5).fillColor(GREY).text(options.title, MARGIN_X, HEAD_Y, { lineBreak: false, width: PAGE_W / 2 - MARGIN_X, ellipsis: true, height: 12 });
    if (kind === 'entries') {
      const g = guides.get(p);
      if (g) {
        const guide = g.first === g.last ? g.first : `${g.first} – ${g.last}`;
        doc.font(B).fontSize(8.5).fillColor(INK);
        const w = doc.widthOfString(guide);
        doc.text(guide, PAGE_W - MARGIN_X - w, HEAD_Y - 1, { lineBreak: false });
      }
    } else {
      doc.font(R).fontSize(7.5).fillColor(GREY);
      const w = doc.widthOfString('English index');
      doc.text('English index', PAGE_W - MARGIN_X - w, HEAD_Y, { lineBreak: false });
    }
    doc.moveTo(MARGIN_X, HEAD_Y + 16).lineTo(PAGE_W - MARGIN_X, HEAD_Y + 16).lineWidth(0.5).strokeColor(RULE).stroke();
    if (kind === 'entries') {
      // the rule between the columns
      doc.moveTo(PAGE_W / 2, TOP).lineTo(PAGE_W / 2, BOTTOM).lineWidth(0.3).strokeColor(RULE).stroke();
    }
    const foot = `page ${p + 1} of ${total}`;
    doc.font(R).fontSize(7.5).fillColor(GREY);
    const fw = doc.widthOfString(foot);
    doc.text(foot, (PAGE_W - fw) / 2, FOOT_Y, { lineBreak: false });
  }
  doc.flushPages();
  const missingGlyphs = uncovered(doc, R, sorted);
  doc.end();
  return { stream: doc, pages: total, missingGlyphs };
}

/** Characters of the entries that the regular font cannot draw (a rare CJK extension character, say). */
function uncovered(doc: PDFKit.PDFDocument, R: string, entries: readonly IndexedEntry[]): string[] {
  const font = (doc.font(R) as unknown as { _font: { font?: { hasGlyphForCodePoint(cp: number): boolean } } })._font.font;
  if (!font) return [];
  const seen = new Set<string>();
  const missing: string[] = [];
  for (const e of entries) {
    for (const text of [e.zh, e.zh_hant, e.pinyin, e.en, ...e.en_also, ...e.en_avoid, e.note ?? '']) {
      for (const ch of text) {
        if (seen.has(ch)) continue;
        seen.add(ch);
        if (!/\s/.test(ch) && !font.hasGlyphForCodePoint(ch.codePointAt(0)!)) missing.push(ch);
      }
    }
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// Cover

function drawCover(doc: PDFKit.PDFDocument, f: { R: string; B: string }, count: number, options: PdfOptions): void {
  const x = 72;
  const width = PAGE_W - 2 * x;
  doc.rect(0, 0, PAGE_W, 10).fill(ACCENT);
  let y = 190;
  doc.font(f.R).fontSize(10).fillColor(ACCENT).text('CHINESE–ENGLISH GLOSSARY   汉英术语表', x, y, { characterSpacing: 1.2, lineBreak: false });
  y += 30;
  doc.font(f.B).fontSize(30).fillColor(INK);
  doc.text(options.title, x, y, { width, lineGap: 2 });
  y = doc.y + 16;
  doc.moveTo(x, y).lineTo(x + 90, y).lineWidth(2).strokeColor(ACCENT).stroke();
  y += 24;
  const date = options.date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  doc.font(f.R).fontSize(12).fillColor(INK).text(`${count.toLocaleString('en-US')} ${count === 1 ? 'entry' : 'entries'}`, x, y, { width });
  y = doc.y + 2;
  doc.font(f.R).fontSize(10.5).fillColor(GREY).text(`Exported ${date}`, x, y, { width });
  y = doc.y;
  if (options.filter) {
    doc.text(`Selected: ${options.filter}`, x, y, { width });
    y = doc.y;
  }
  if (options.sources.length > 0) {
    y += 26;
    doc.font(f.B).fontSize(8).fillColor(LIGHT).text('FROM', x, y, { characterSpacing: 1, lineBreak: false });
    y += 15;
    for (const s of options.sources) {
      doc.font(f.R).fontSize(10).fillColor(INK).text(s.label, x, y, { width: width - 80, continued: false });
      const after = doc.y;
      doc.font(f.R).fontSize(9).fillColor(GREY);
      const c = `${s.count.toLocaleString('en-US')}`;
      doc.text(c, x + width - doc.widthOfString(c), y + 1, { lineBreak: false });
      y = after + 3;
    }
  }
  // how to read an entry, at the foot of the cover
  const keyY = PAGE_H - 220;
  doc.moveTo(x, keyY).lineTo(x + width, keyY).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.font(f.B).fontSize(8).fillColor(LIGHT).text('HOW TO READ AN ENTRY', x, keyY + 14, { characterSpacing: 1, lineBreak: false });
  doc
    .font(f.R)
    .fontSize(9)
    .fillColor(GREY)
    .text(
      'Entries are ordered by pinyin, syllable by syllable, under letter headings. Each gives the Chinese term in simplified characters (and the traditional form where it differs), its pinyin, the preferred English rendering in bold, other accepted renderings (also), renderings to avoid (avoid), and a note for translators. The English index at the back leads from an English rendering to its Chinese term and page.',
      x,
      keyY + 30,
      { width, lineGap: 2 },
    );
  doc.font(f.R).fontSize(8).fillColor(LIGHT).text(`Made with ${options.generator}`, x, PAGE_H - 70, { lineBreak: false });
}

// ---------------------------------------------------------------------------------------------
// Entries

const LETTER_H = 30;
const LETTER_SPACE = 6;

function drawLetter(doc: PDFKit.PDFDocument, B: string, letter: string, x: number, y: number): void {
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
interface Block {
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

/** How far pdfkit advances a line of this font and size (with the font's line gap). */
function lineHeight(doc: PDFKit.PDFDocument, font: string, size: number): number {
  return doc.font(font).fontSize(size).currentLineHeight(true);
}

/**
 * The headword, then the traditional form, the pinyin, the part of speech and a status badge,
 * on as few lines as the column allows; a run that does not fit starts a new line (the pinyin
 * and what follows it move together).
 */
function layoutHead(doc: PDFKit.PDFDocument, f: { R: string; B: string }, e: IndexedEntry): Head {
  const run = (text: string, font: string, size: number, color: string, gap: number, badge = false): Run => {
    doc.font(font).fontSize(size);
    const width = doc.widthOfString(text) + (badge ? text.length * 0.6 : 0);
    return { text, font, size, color, gap, width, ...(badge ? { badge } : {}) };
  };
  // a headword wider than the column (a long slogan) breaks, preferably after 、，or a space
  const pieces = (text: string, font: string, size: number): string[] => {
    doc.font(font).fontSize(size);
    const out: string[] = [];
    let rest = text;
    while (doc.widthOfString(rest) > COLUMN_W) {
      const chars = Array.from(rest);
      let n = 1;
      while (n < chars.length && doc.widthOfString(chars.slice(0, n + 1).join('')) <= COLUMN_W) n++;
      const soft = chars.slice(0, n).findLastIndex((c, i) => i > n / 2 && /[、，,;；\s]/.test(c));
      const cut = soft > 0 ? soft + 1 : n;
      out.push(chars.slice(0, cut).join('').trimEnd());
      rest = chars.slice(cut).join('').trimStart();
    }
    out.push(rest);
    return out;
  };
  const groups: Run[][] = [];
  const breakBefore = new Set<Run[]>();
  pieces(e.zh, f.B, SIZE.head).forEach((p, i) => {
    const g = [run(p, f.B, SIZE.head, INK, 0)];
    if (i > 0) breakBefore.add(g);
    groups.push(g);
  });
  if (e.zh_hant && e.zh_hant !== e.zh) {
    pieces(e.zh_hant, f.R, SIZE.hant).forEach((p, i) => {
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

function measureEntry(doc: PDFKit.PDFDocument, f: { R: string; B: string }, e: IndexedEntry): Block {
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
function drawEntry(
  doc: PDFKit.PDFDocument,
  f: { R: string; B: string },
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

/** The longest prefix of `text` (cut at a space or between Han characters) that fits in `height`. */
function fitText(doc: PDFKit.PDFDocument, text: string, height: number): number {
  const breaks: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (text[i - 1] === ' ' || /[\u3000-\u9fff\uff00-\uffef]/.test(text[i]!)) breaks.push(i);
  }
  let lo = 0;
  let hi = breaks.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = breaks[mid]!;
    if (doc.heightOfString(text.slice(0, cut).trimEnd(), { width: COLUMN_W, lineGap: 0.6 }) <= height) {
      best = cut;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// English index

const INDEX_LETTER_H = 17;
const INDEX_RIGHT_GAP = 8;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function indexKey(en: string): string {
  return en.replace(/^[^\p{L}\p{N}]+/u, '');
}

function indexLetterOf(en: string): string {
  const c = indexKey(en).charAt(0).toUpperCase();
  return /^[A-Z]$/.test(c) ? c : '0–9';
}

function indexLines(entries: readonly IndexedEntry[], pages: Map<IndexedEntry, number>): IndexLine[] {
  const lines: IndexLine[] = [];
  for (const e of entries) {
    const page = pages.get(e)!;
    // one line per rendering and term: "New Chongqing" and "new Chongqing" are one line
    const seen = new Set<string>();
    const add = (en: string, kind: IndexLine['kind']) => {
      const key = en.toLowerCase();
      if (!seen.has(key)) seen.add(key), lines.push({ en, zh: e.zh, page, kind });
    };
    add(e.en, 'preferred');
    for (const a of e.en_also) add(a, 'also');
    for (const a of e.en_avoid) add(a, 'avoid');
  }
  return lines.sort((a, b) => {
    const la = indexLetterOf(a.en);
    const lb = indexLetterOf(b.en);
    if (la !== lb) return la === '0–9' ? -1 : lb === '0–9' ? 1 : la < lb ? -1 : 1;
    return collator.compare(indexKey(a.en), indexKey(b.en)) || collator.compare(a.en, b.en) || (a.zh < b.zh ? -1 : a.zh > b.zh ? 1 : 0);
  });
}

interface IndexMeasure {
  height: number;
  text: string;
  /** Width the English wraps in. */
  textW: number;
  /** Width of the English's last line, for the dot leader (0 when it wraps). */
  lastW: number;
  right: string;
  rightW: number;
  /** The Chinese and page go on a line of their own, when they would leave the English too little room. */
  below: boolean;
  lineH: number;
}

function measureIndexLine(doc: PDFKit.PDFDocument, R: string, line: IndexLine): IndexMeasure {
  doc.font(R).fontSize(SIZE.index);
  const right = `${line.zh}  ${line.page}`;
  const rightW = doc.widthOfString(right);
  const text = line.kind === 'avoid' ? `${line.en} (avoid)` : line.en;
  const below = rightW > COLUMN_W * 0.45;
  const textW = below ? COLUMN_W : COLUMN_W - rightW - INDEX_RIGHT_GAP;
  // pdfkit advances a line by the font's full height with its line gap (1.5 em for Noto Sans CJK)
  const lineH = doc.currentLineHeight(true) - 1.5;
  const textH = doc.heightOfString(text, { width: textW, lineGap: -1.5 });
  const fullW = doc.widthOfString(text);
  const lastW = fullW <= textW ? fullW : 0;
  return { height: textH + (below ? lineH : 0), text, textW, lastW, right, rightW, below, lineH };
}

function drawIndexLine(doc: PDFKit.PDFDocument, R: string, line: IndexLine, m: IndexMeasure, x: number, y: number): void {
  const color = line.kind === 'avoid' ? LIGHT : INK;
  doc.font(R).fontSize(SIZE.index).fillColor(color);
  doc.text(m.text, x, y, { width: m.textW, lineGap: -1.5 });
  const ry = m.below ? y + m.height - m.lineH : y;
  doc.fillColor(color).text(m.right, x + COLUMN_W - m.rightW, ry, { lineBreak: false });
  // a dot leader between a one-line rendering and its Chinese
  const from = m.below ? x + 14 : x + m.lastW + 4;
  const to = x + COLUMN_W - m.rightW - 4;
  if ((m.lastW > 0 || m.below) && to - from > 6) {
    const base = ry + ((doc as unknown as { _font: { ascender: number } })._font.ascender / 1000) * SIZE.index;
    doc.save().moveTo(from, base).lineTo(to, base).lineWidth(0.6).lineCap('round').dash(0.01, { space: 2.6 }).strokeColor(RULE).stroke().restore();
  }
}
