// The look of the printed glossary: A4 page geometry, colours and type sizes, shared by the
// cover, the entry pages and the index.

/** The two fonts, by path (see renderPdf on why never by a registered name). */
export interface Fonts {
  R: string;
  B: string;
}

// ---- page geometry (points; A4 is 595.28 × 841.89) ----
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN_X = 56;
export const TOP = 74;
export const BOTTOM = PAGE_H - 60;
export const GUTTER = 22;
export const COLUMN_W = (PAGE_W - 2 * MARGIN_X - GUTTER) / 2;
export const HEAD_Y = 38;
export const FOOT_Y = PAGE_H - 40;

// ---- type ----
export const INK = '#1b1b1b';
export const GREY = '#5b5b5b';
export const LIGHT = '#8a8a8a';
export const RULE = '#c8c8c8';
export const ACCENT = '#8c1d18'; // a dark red, for letters and "avoid"
export const PINYIN = '#2f4f6f';
export const DRAFT = '#a35200';

export const SIZE = { head: 12.5, hant: 11, pinyin: 9, tag: 6.8, en: 9.6, alt: 8.8, label: 6.6, note: 8.1, letter: 17, index: 8, indexLetter: 10 };
export const LABEL_W = 29; // the hanging column for "also" and "avoid"
export const ENTRY_GAP = 8.5;
