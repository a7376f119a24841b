// Markdown for documentation sites: a table per domain, entries by pinyin within each.
import type { IndexedEntry } from '../index/term-index.js';
import { sortByPinyin } from './select.js';

export interface MarkdownOptions {
  title: string;
  /** Say so under the title, e.g. `Filtered: tag finance.` */
  subtitle?: string;
}

/** Escapes text for a table cell: pipes, backslashes, HTML and line breaks. */
export function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\r\n|[\r\n]+/g, '<br>')
    .replace(/([*_`[\]])/g, '\\$1')
    .trim();
}

/** `innovation-policy` → `Innovation policy`. */
export function domainTitle(domain: string | undefined): string {
  if (!domain) return 'Other terms';
  const words = domain.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatMarkdown(entries: readonly IndexedEntry[], options: MarkdownOptions): string {
  const byDomain = new Map<string, IndexedEntry[]>();
  for (const e of entries) {
    const key = e.domain ?? '';
    let list = byDomain.get(key);
    if (!list) byDomain.set(key, (list = []));
    list.push(e);
  }
  // domains alphabetically, entries without one last
  const domains = [...byDomain.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  const out: string[] = [`# ${escapeCell(options.title)}`, ''];
  if (options.subtitle) out.push(escapeCell(options.subtitle), '');
  for (const domain of domains) {
    const list = sortByPinyin(byDomain.get(domain)!);
    out.push(`## ${escapeCell(domainTitle(domain))}`, '');
    out.push('| Chinese | Traditional | Pinyin | English | Also | Avoid | Note |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of list) {
      const status = e.status === 'approved' ? '' : ` (${e.status})`;
      const cells = [
        e.zh + status,
        e.zh_hant === e.zh ? '' : e.zh_hant,
        e.pinyin,
        e.en,
        e.en_also.join('; '),
        e.en_avoid.join('; '),
        e.note ?? '',
      ].map(escapeCell);
      cells[3] = cells[3] ? `**${cells[3]}**` : '';
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
