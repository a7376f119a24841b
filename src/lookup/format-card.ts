// The human form of a lookup result: a compact card per entry.
import type { Style } from '../style.js';
import { visible, visibleLine } from '../text/terminal.js';
import type { LookupHit } from './lookup.js';

export interface CardOptions {
  style: Style;
  /** Width to wrap notes at. */
  width: number;
}

/** One card: terms and pinyin, preferred rendering, alternatives, renderings to avoid, note. */
export function formatCard(hit: LookupHit, { style, width }: CardOptions): string {
  const e = visibleEntry(hit.entry);
  const lines: string[] = [];
  const head = [style.bold(e.zh)];
  if (e.zh_hant !== e.zh) head.push(style.dim(`(${e.zh_hant})`));
  head.push(style.cyan(e.pinyin));
  if (e.status !== 'approved') head.push(style.yellow(`[${e.status}]`));
  lines.push(head.join('  '));
  if (hit.kind === 'en_avoid') {
    lines.push(`  ${style.red(`"${visibleLine(hit.matched)}" is a rendering to avoid:`)} use ${style.bold(`"${e.en}"`)}`);
  }
  lines.push(`  ${style.green(style.bold(e.en))}`);
  if (e.en_also.length > 0) lines.push(`  ${style.dim('also:')}  ${e.en_also.join('; ')}`);
  if (e.en_avoid.length > 0) lines.push(`  ${style.dim('avoid:')} ${style.red(e.en_avoid.join('; '))}`);
  if (e.zh_also.length > 0) lines.push(`  ${style.dim('zh also:')} ${e.zh_also.join('、')}`);
  if (e.note) for (const l of wrap(e.note, Math.max(40, width - 4))) lines.push(`  ${l}`);
  const meta = [e.domain, e.pos, e.lint !== 'strict' ? `lint: ${e.lint}` : undefined, e.sources.length > 0 ? `${e.sources.length} source${e.sources.length > 1 ? 's' : ''}` : undefined].filter(Boolean);
  if (meta.length > 0) lines.push(`  ${style.dim(meta.join(' · '))}`);
  return lines.join('\n');
}

/**
 * The entry's text fields with control characters shown as escapes: a glossary pulled from
 * someone else's repository must not write to the terminal (issue 18).
 */
function visibleEntry(e: LookupHit['entry']): LookupHit['entry'] {
  const list = (xs: string[]) => xs.map(visibleLine);
  return {
    ...e,
    zh: visibleLine(e.zh),
    zh_hant: visibleLine(e.zh_hant),
    pinyin: visibleLine(e.pinyin),
    en: visibleLine(e.en),
    en_also: list(e.en_also),
    en_avoid: list(e.en_avoid),
    zh_also: list(e.zh_also),
    ...(e.note !== undefined ? { note: visible(e.note) } : {}),
    ...(e.domain !== undefined ? { domain: visibleLine(e.domain) } : {}),
  };
}

/** Wraps prose at spaces, or anywhere in runs of CJK, to lines of at most `width` columns. */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split(/\n+/)) {
    let line = '';
    let cols = 0;
    for (const token of para.split(/(?<=\s)|(?=[\u3000-\u9fff\uff00-\uffef])|(?<=[\u3000-\u9fff\uff00-\uffef])/u)) {
      const w = columns(token);
      if (cols + w > width && line.trim() !== '') {
        out.push(line.trimEnd());
        line = token.trimStart();
        cols = columns(line);
      } else {
        line += token;
        cols += w;
      }
    }
    if (line.trim() !== '') out.push(line.trimEnd());
  }
  return out;
}

/** Terminal columns of a string: CJK and full-width forms take two. */
export function columns(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || cp >= 0x20000 ? 2 : 1;
  }
  return n;
}
