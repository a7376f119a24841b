// The detail pane's content for one entry, as lines of styled segments wrapped to a width:
// every field of the entry, with renderings to avoid marked by a ✗ as well as by colour
// (so they stay marked with NO_COLOR).
import type { IndexedEntry } from '../index/term-index.js';
import { seg, type Line, type Tone } from './segments.js';
import { widthOf, wrapText } from './text-width.js';

const LABEL_WIDTH = 12;

/**
 * Lines describing `entry`, at most `width` columns each. Without `heading` the term and its
 * pinyin are left out (the list line above already shows them).
 */
export function detailLines(entry: IndexedEntry, width: number, { heading: withHeading = true }: { heading?: boolean } = {}): Line[] {
  const w = Math.max(20, width);
  const lines: Line[] = [];
  const valueWidth = w - LABEL_WIDTH;
  const field = (label: string, values: readonly string[], tone: Tone, labelTone: Tone = 'label') => {
    values.forEach((value, i) => {
      wrapText(value, valueWidth).forEach((text, j) => {
        const head = i === 0 && j === 0 ? label : '';
        lines.push([seg(head.padEnd(LABEL_WIDTH), labelTone), seg(text, tone)]);
      });
    });
  };

  // heading: simplified, traditional, pinyin
  const heading: Line = [seg(entry.zh, 'zh')];
  if (entry.zh_hant !== entry.zh) heading.push(seg('  '), seg(entry.zh_hant, 'zh'));
  heading.push(seg('  '), seg(entry.pinyin, 'pinyin'));
  const meta = [entry.pos, entry.domain, entry.status !== 'approved' ? entry.status : undefined, entry.case_sensitive ? 'case-sensitive' : undefined, lintLabel(entry.lint)].filter((x): x is string => Boolean(x));
  if (withHeading) {
    if (widthOf(heading.map((s) => s.text).join('')) <= w) lines.push(heading);
    else lines.push([seg(entry.zh, 'zh')], [seg(entry.pinyin, 'pinyin')]);
    if (meta.length > 0) lines.push([seg(meta.join(' · '), entry.status === 'approved' ? 'dim' : 'warn')]);
    lines.push([]);
  }

  field('English', [entry.en], 'en');
  if (entry.en_also.length > 0) field('also', entry.en_also, 'plain');
  if (entry.en_avoid.length > 0) field('avoid', entry.en_avoid.map((v) => `✗ ${v}`), 'avoid', 'avoid');
  field('traditional', [entry.zh_hant === entry.zh ? `${entry.zh_hant} (same as simplified)` : entry.zh_hant], 'plain');
  field('pinyin', [entry.pinyin_from_file ? entry.pinyin : `${entry.pinyin} (generated)`], 'pinyin');
  if (entry.zh_also.length > 0) field('zh also', [entry.zh_also.join('、')], 'plain');
  if (entry.zh_avoid.length > 0) field('zh avoid', entry.zh_avoid.map((v) => `✗ ${v}`), 'avoid', 'avoid');
  if (entry.note) field('note', [entry.note], 'plain');
  if (entry.definition) field('definition', [entry.definition], 'plain');
  if (entry.tags.length > 0) field('tags', [entry.tags.join(', ')], 'plain');
  if (entry.sources.length > 0) field('sources', entry.sources.map((s) => (s.url ? `${s.title} — ${s.url}` : s.title)), 'plain');
  if (entry.examples.length > 0) {
    entry.examples.forEach((ex, i) => {
      field(i === 0 ? 'examples' : '', [ex.zh], 'zh');
      field('', [ex.en], ex.expect ? 'avoid' : 'plain');
      if (ex.expect) field('', [`✗ a deliberate mistake: lint reports ${ex.expect}`], 'avoid');
    });
  }
  field('file', [`${entry.at.file}:${entry.at.line}`], 'dim');
  return lines;
}

/** How strictly lint checks the entry, where it is not the default. */
function lintLabel(level: string | undefined): string | undefined {
  return level === 'relaxed' ? 'lint: relaxed' : level === 'off' ? 'lint: off' : undefined;
}
