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
import type { Readable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { IndexedEntry } from '../index/term-index.js';
import { drawCover } from './pdf-cover.js';
import { drawEntry, drawLetter, LETTER_H, LETTER_SPACE, measureEntry } from './pdf-entry.js';
import { drawIndex } from './pdf-index.js';
import { PdfPages } from './pdf-pages.js';
import { BOTTOM, ENTRY_GAP, TOP } from './pdf-style.js';
import { fontPaths } from './pdf-text.js';
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

  const f = { R, B };
  const sorted = sortByPinyin(entries);
  const entryPage = new Map<IndexedEntry, number>();
  const pages = new PdfPages(doc);

  pages.newPage('cover');
  drawCover(doc, f, sorted.length, options);

  pages.newPage('entries');
  let letter = '';
  sorted.forEach((e, i) => {
    const block = measureEntry(doc, f, e);
    const l = letterOf(e.pinyin);
    // a letter heading below an entry gets more air above it than one at the top of a column
    const headingH = l !== letter ? LETTER_H + (pages.y > TOP ? LETTER_SPACE : 0) : 0;
    const room = BOTTOM - pages.y;
    if (headingH + block.height > room && pages.y > TOP) {
      // It does not fit here whole: start it in the next column. An entry taller than a whole
      // column starts here if its head and the first lines of its note fit, and runs on.
      const tall = headingH + block.height > BOTTOM - TOP;
      if (!tall || headingH + block.minHeight > room) pages.nextColumn('entries');
    }
    if (l !== letter) {
      letter = l;
      if (pages.y > TOP) pages.y += LETTER_SPACE;
      drawLetter(doc, B, l, pages.x, pages.y);
      pages.y += LETTER_H;
    }
    entryPage.set(e, pages.page + 1);
    pages.noteGuide(e.zh);
    pages.y = drawEntry(doc, f, e, block, pages.x, pages.y, () => {
      pages.nextColumn('entries');
      pages.noteGuide(e.zh);
      return { x: pages.x, y: pages.y };
    });
    pages.y += ENTRY_GAP;
    if (options.onProgress && (i + 1) % 250 === 0) options.onProgress(i + 1, sorted.length);
  });
  options.onProgress?.(sorted.length, sorted.length);

  drawIndex(doc, f, pages, sorted, entryPage);

  const total = pages.drawHeadsAndFeet(f, options.title);
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
