// Checks across the fields of one entry, once each has been read: keys on one line, Chinese
// where Chinese belongs, and no rendering or term both admitted and avoided.
import type { Node } from 'yaml';
import { englishKey } from '../text/english.js';
import { hasHan } from '../text/han.js';
import { nfkcSameLength, normalizeChinese } from '../text/script.js';
import type { Entry } from './model.js';
import type { NodeReader } from './node-reader.js';
import { checkEnglish, checkOneLine } from './check-string.js';

/** The fields these checks look at. */
export type CheckedFields = Pick<Entry, 'zh' | 'en' | 'en_also' | 'en_avoid' | 'zh_also' | 'zh_avoid' | 'case_sensitive'> & Partial<Pick<Entry, 'zh_hant' | 'domain'>>;

/** Checks an entry whose id (its `zh`, normalized) is `id`; `nodes` are its values by key. */
export function checkEntry(r: NodeReader, entry: CheckedFields, nodes: Map<string, Node | null>, id: string): void {
  checkOneLine(r, nodes.get('zh'), 'zh', [entry.zh]);
  checkOneLine(r, nodes.get('zh_also'), 'zh_also', entry.zh_also);
  checkOneLine(r, nodes.get('zh_avoid'), 'zh_avoid', entry.zh_avoid);
  checkOneLine(r, nodes.get('zh_hant'), 'zh_hant', [entry.zh_hant]);
  checkOneLine(r, nodes.get('domain'), 'domain', [entry.domain]);
  // A formula such as 1+3+N is a term too; anything else without Han is a slip.
  if (!hasHan(entry.zh) && !isFormula(entry.zh)) r.problem(nodes.get('zh'), `\`zh\` has no Chinese characters: "${entry.zh}"`, 'put the Chinese term in `zh` and the English in `en`');
  for (const v of entry.zh_also) if (!hasHan(v)) r.problem(nodes.get('zh_also'), `\`zh_also\` has no Chinese characters: "${v}"`);
  if (id !== nfkcSameLength(entry.zh)) {
    r.problem(nodes.get('zh'), `\`zh\` should be simplified: "${entry.zh}"`, `write \`zh: ${id}\`; traditional forms are derived`, 'warning');
  }
  checkEnglish(r, nodes.get('en') ?? null, 'en', entry.en);
  for (const v of entry.en_also) checkEnglish(r, nodes.get('en_also') ?? null, 'en_also', v);
  for (const v of entry.en_avoid) checkEnglish(r, nodes.get('en_avoid') ?? null, 'en_avoid', v);

  const cs = entry.case_sensitive;
  const admitted = new Map([[englishKey(entry.en, cs), 'en'], ...entry.en_also.map((v) => [englishKey(v, cs), 'en_also'] as [string, string])]);
  for (const v of entry.en_avoid) {
    const clash = admitted.get(englishKey(v, cs));
    if (clash) r.problem(nodes.get('en_avoid'), `\`en_avoid\` "${v}" is also the entry's \`${clash}\``, 'a rendering cannot be both admitted and avoided; remove one');
  }
  const zhForms = new Set([id, ...entry.zh_also.map(normalizeChinese)]);
  for (const v of entry.zh_avoid) {
    if (zhForms.has(normalizeChinese(v))) r.problem(nodes.get('zh_avoid'), `\`zh_avoid\` "${v}" is also the entry's \`zh\` or \`zh_also\``, 'remove one of them');
  }
  if (entry.zh_also.some((v) => normalizeChinese(v) === id)) {
    r.problem(nodes.get('zh_also'), `\`zh_also\` repeats the entry's own \`zh\` "${entry.zh}"`, 'traditional forms are derived; list only other terms');
  }
}

/** Numeric slogans written without Han characters: 1+3+N, 4+6. */
function isFormula(s: string): boolean {
  return /^[0-9A-Za-z+×x\-/·. ]+$/.test(s) && /[0-9]/.test(s) && /[+×\-/·]/.test(s);
}
