// Fonts and text measurement for the PDF: where the fonts are, how tall a line is, and where
// text that is too wide or too tall for a column is cut.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { COLUMN_W } from './pdf-style.js';

/** Paths of the fonts in @embedpdf/fonts-sc (its exports name only the JS entry, so go via it). */
export function fontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(dirname(require.resolve('@embedpdf/fonts-sc'))), 'fonts');
  return { regular: join(dir, 'NotoSansHans-Regular.otf'), bold: join(dir, 'NotoSansHans-Bold.otf') };
}

/** How far pdfkit advances a line of this font and size (with the font's line gap). */
export function lineHeight(doc: PDFKit.PDFDocument, font: string, size: number): number {
  return doc.font(font).fontSize(size).currentLineHeight(true);
}

/** `text` cut into pieces no wider than a column, preferably after 、，or a space (a long slogan). */
export function splitToWidth(doc: PDFKit.PDFDocument, text: string, font: string, size: number): string[] {
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
}

/** The longest prefix of `text` (cut at a space or between Han characters) that fits in `height`. */
export function fitText(doc: PDFKit.PDFDocument, text: string, height: number): number {
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
