// The pages of the printed glossary as they are filled: two columns a page, the guide words
// of each entry page, and at the end the running heads and "page N of M" feet.
import { BOTTOM, COLUMN_W, FOOT_Y, GREY, GUTTER, HEAD_Y, INK, MARGIN_X, PAGE_W, RULE, TOP, type Fonts } from './pdf-style.js';

export type PageKind = 'cover' | 'entries' | 'index';

/** Where the next block goes: the current page, its column (0 or 1) and the top of the free space. */
export class PdfPages {
  col = 0;
  y = TOP;
  /** The current page, 0-based (-1 before the first). */
  page = -1;
  private readonly kinds: PageKind[] = [];
  /** Guide words of each entry page (0-based page index → first and last headword). */
  private readonly guides = new Map<number, { first: string; last: string }>();

  constructor(private readonly doc: PDFKit.PDFDocument) {}

  newPage(kind: PageKind): void {
    this.doc.addPage();
    this.page++;
    this.kinds.push(kind);
  }

  /** The left edge of the current column. */
  get x(): number {
    return MARGIN_X + this.col * (COLUMN_W + GUTTER);
  }

  /** Moves to the top of the next column, on a new page after the second. */
  nextColumn(kind: 'entries' | 'index'): void {
    if (this.col === 0) this.col = 1;
    else {
      this.newPage(kind);
      this.col = 0;
    }
    this.y = TOP;
  }

  /** Records a headword on the current page, for its guide words. */
  noteGuide(headword: string): void {
    const g = this.guides.get(this.page);
    if (g) g.last = headword;
    else this.guides.set(this.page, { first: headword, last: headword });
  }

  /** Draws the running head and foot of every page but the cover; returns the number of pages. */
  drawHeadsAndFeet(f: Fonts, title: string): number {
    const { doc } = this;
    const { R, B } = f;
    const range = doc.bufferedPageRange();
    const total = range.count;
    for (let p = 0; p < total; p++) {
      doc.switchToPage(range.start + p);
      const kind = this.kinds[p];
      if (kind === 'cover') continue;
      doc.font(R).fontSize(7.5).fillColor(GREY).text(title, MARGIN_X, HEAD_Y, { lineBreak: false, width: PAGE_W / 2 - MARGIN_X, ellipsis: true, height: 12 });
      if (kind === 'entries') {
        const g = this.guides.get(p);
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
    return total;
  }
}
