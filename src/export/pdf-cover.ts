// The cover of the printed glossary: title, count, date, the glossaries drawn from, and how
// to read an entry.
import type { PdfOptions } from './pdf.js';
import { ACCENT, GREY, INK, LIGHT, PAGE_H, PAGE_W, RULE, type Fonts } from './pdf-style.js';

export function drawCover(doc: PDFKit.PDFDocument, f: Fonts, count: number, options: PdfOptions): void {
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
