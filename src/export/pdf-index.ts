// The English index at the back of the printed glossary: every rendering, A to Z under letter
// headings, with its Chinese term and the page of its entry; renderings to avoid are marked.
import type { IndexedEntry } from '../index/term-index.js';
import type { PdfPages } from './pdf-pages.js';
import { ACCENT, BOTTOM, COLUMN_W, GREY, INK, LIGHT, MARGIN_X, PAGE_W, RULE, SIZE, TOP, type Fonts } from './pdf-style.js';

/** One line of an index: an English rendering and the entry it leads to. */
interface IndexLine {
  en: string;
  zh: string;
  page: number;
  kind: 'preferred' | 'also' | 'avoid';
}

/** Draws the index on new pages, from the page each entry was placed on. */
export function drawIndex(doc: PDFKit.PDFDocument, f: Fonts, pages: PdfPages, entries: readonly IndexedEntry[], entryPage: Map<IndexedEntry, number>): void {
  const { R, B } = f;
  pages.newPage('index');
  doc.font(B).fontSize(16).fillColor(INK).text('English index', MARGIN_X, TOP - 6, { lineBreak: false });
  doc.font(R).fontSize(8).fillColor(GREY).text('English renderings with the Chinese term and the page of its entry. Renderings to avoid are marked.', MARGIN_X, TOP + 18, { width: PAGE_W - 2 * MARGIN_X });
  doc.moveTo(MARGIN_X, TOP + 34).lineTo(PAGE_W - MARGIN_X, TOP + 34).lineWidth(0.5).strokeColor(RULE).stroke();
  pages.col = 0;
  const indexTop = TOP + 44;
  pages.y = indexTop;
  const lines = indexLines(entries, entryPage);
  let indexLetter = '';
  for (const line of lines) {
    const l = indexLetterOf(line.en);
    const m = measureIndexLine(doc, R, line);
    const headingH = l !== indexLetter ? INDEX_LETTER_H : 0;
    if (pages.y + headingH + m.height > BOTTOM) {
      pages.nextColumn('index');
    }
    if (l !== indexLetter) {
      indexLetter = l;
      doc.font(B).fontSize(SIZE.indexLetter).fillColor(ACCENT).text(l, pages.x, pages.y + 2, { lineBreak: false });
      pages.y += INDEX_LETTER_H;
    }
    drawIndexLine(doc, R, line, m, pages.x, pages.y);
    pages.y += m.height + 0.8;
  }
}

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
