// One line of the result list: Chinese, pinyin and preferred rendering in aligned columns, with
// the part the query matched highlighted and how it matched (an alternative, a rendering to
// avoid) said in words.
import type { IndexedEntry } from '../index/term-index.js';
import { mergeRanges, pinyinRanges, substringRanges, wordRanges } from './highlight.js';
import type { ResultRow, SearchResult } from './search.js';
import { fitLine, seg, withRanges, type Line } from './segments.js';
import { widthOf } from './text-width.js';

/** Column widths of the list (the marker and the gaps between columns come on top). */
export interface RowWidths {
  zh: number;
  /** 0 when the list is too narrow for a pinyin column. */
  pinyin: number;
  en: number;
}

const MARKER = 2;
const GAP = 2;

/**
 * The Chinese column's text: the term, and the form that matched when it is another one. In
 * sentence mode the form as written in the text comes first (成都高新区 → 成都高新技术产业开发区,
 * 中試平臺 → 中试平台), since that is what the translator is looking at.
 */
function zhText(entry: IndexedEntry, row: ResultRow, result: SearchResult): string {
  if (row.term !== undefined && result.text) {
    const span = result.text.terms[row.term]?.spans[0];
    const found = span ? result.text.source.slice(span.start, span.end) : entry.zh;
    return found === entry.zh ? entry.zh : `${found} → ${entry.zh}`;
  }
  const other = row.hit?.kind === 'zh_also' ? row.hit.matched : undefined;
  return other && other !== entry.id && other !== entry.zh ? `${entry.zh} (${other})` : entry.zh;
}

/** Widths for a list `width` columns wide, sized to the rows on screen. */
export function rowWidths(rows: { entry: IndexedEntry; row: ResultRow }[], result: SearchResult, width: number): RowWidths {
  const room = width - MARKER;
  const zhMax = Math.max(4, ...rows.map(({ entry, row }) => widthOf(zhText(entry, row, result)) + countWidth(row, result)));
  const pyMax = Math.max(4, ...rows.map(({ entry }) => widthOf(entry.pinyin)));
  const zh = Math.min(zhMax, Math.floor(room * 0.28));
  if (room < 56) return { zh, pinyin: 0, en: Math.max(0, room - zh - GAP) };
  // the English is what a translator came for: it gets the most room
  const pinyin = Math.min(pyMax, Math.floor(room * 0.24));
  return { zh, pinyin, en: Math.max(0, room - zh - pinyin - 2 * GAP) };
}

function countWidth(row: ResultRow, result: SearchResult): number {
  const n = row.term !== undefined ? (result.text?.terms[row.term]?.spans.length ?? 1) : 1;
  return n > 1 ? widthOf(` ×${n}`) : 0;
}

/** The list line for one row; `selected` adds the marker. */
export function formatRow(entry: IndexedEntry, row: ResultRow, result: SearchResult, widths: RowWidths, selected: boolean): Line {
  const { query } = result;
  const hit = row.hit;
  const line: Line = [seg(selected ? '▸ ' : '  ', selected ? 'bold' : 'plain')];

  // Chinese
  const zh = zhText(entry, row, result);
  const zhRanges = query?.zh ? substringRanges(zh, query.zh) : [];
  const zhCell: Line = withRanges(zh, mergeRanges(zhRanges), 'zh', 'match');
  const count = row.term !== undefined ? (result.text?.terms[row.term]?.spans.length ?? 1) : 1;
  if (count > 1) zhCell.push(seg(` ×${count}`, 'dim'));
  line.push(...fitLine(zhCell, widths.zh), seg(' '.repeat(GAP)));

  // pinyin
  if (widths.pinyin > 0) {
    const typed = hit && (hit.kind === 'pinyin' || hit.kind === 'initials') && query?.pinyin ? pinyinRanges(entry.pinyin, query.pinyin) : [];
    line.push(...fitLine(withRanges(entry.pinyin, typed, 'pinyin', 'match'), widths.pinyin), seg(' '.repeat(GAP)));
  }

  // English: the preferred rendering, then the form that matched when it is another one
  const words = query?.enWords ?? [];
  const en: Line = entry.status !== 'approved' ? [seg(`[${entry.status}] `, 'warn')] : [];
  en.push(...withRanges(entry.en, hit?.kind === 'en' ? wordRanges(entry.en, words) : [], 'en', 'match'));
  if (hit?.kind === 'en_also') en.push(seg('  also ', 'dim'), ...withRanges(hit.matched, wordRanges(hit.matched, words), 'plain', 'match'));
  if (hit?.kind === 'en_avoid') en.push(seg('  ✗ avoid ', 'avoid'), ...withRanges(hit.matched, wordRanges(hit.matched, words), 'avoid', 'match'));
  if (hit?.kind === 'typo' && hit.matched !== entry.en) en.push(seg(`  ≈ ${hit.matched}`, 'dim'));
  line.push(...fitLine(en, widths.en, false));
  return line;
}
