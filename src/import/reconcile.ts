// Draft entries → entries that `shuyu check` accepts: cleaned, converted to simplified where
// a term base gave traditional, and checked against each other. Duplicates and conflicts are
// reported with the places of both rows, never merged silently (issue 6); `keepFirst` keeps
// the first of each and reports the others as warnings.
import type { Diagnostic, Place } from '../errors.js';
import { formatPlace } from '../errors.js';
import { englishKey } from '../text/english.js';
import { hasHan } from '../text/han.js';
import { nfkcSameLength, normalizeChinese } from '../text/script.js';
import type { DraftEntry } from './draft.js';

export interface Derivations {
  /** The traditional form the index would derive (OpenCC, Taiwan characters). */
  traditional(simplified: string): string;
  /** The pinyin the index would derive. */
  pinyin(simplified: string): string;
}

export interface ReconcileOptions {
  derive: Derivations;
  /** Entries already in the file written to: they come first. */
  existing?: { zh: string; zh_also: string[]; at: Place }[];
  /** Keep the first of duplicate or conflicting entries instead of failing. */
  keepFirst?: boolean;
}

export interface ReconcileResult {
  entries: DraftEntry[];
  problems: Diagnostic[];
}

const FIELDS = ['en', 'en_also', 'en_avoid', 'zh_also', 'zh_avoid', 'zh_hant', 'pinyin', 'pos', 'domain', 'tags', 'status', 'case_sensitive', 'note', 'definition'] as const;

/** Whether a term is a formula such as 1+3+N, which glossaries keep without Han characters. */
function isFormula(s: string): boolean {
  return /^[0-9A-Za-z+×x\-/·. ]+$/.test(s) && /[0-9]/.test(s) && /[+×\-/·]/.test(s);
}

function uniqueBy(xs: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// The pinyin a file gives is kept unless it is exactly what shuyu derives: its word grouping
// (shuāngchéng jīngjìquān, not shuāng chéng jīng jì quān) is how lookups and the PDF show it.
const compact = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');

export function reconcileEntries(drafts: readonly DraftEntry[], options: ReconcileOptions): ReconcileResult {
  const problems: Diagnostic[] = [];
  const error = (at: Place, message: string, hint?: string) => problems.push({ severity: 'error', message, at, ...(hint ? { hint } : {}) });
  const clash = (at: Place, message: string, hint: string) =>
    problems.push({ severity: options.keepFirst ? 'warning' : 'error', message: options.keepFirst ? `${message}; kept the first` : message, at, hint: options.keepFirst ? 'left out of the output' : hint });

  const byId = new Map<string, { entry?: DraftEntry; at: Place }>();
  const forms = new Map<string, { zh: string; at: Place }>();
  for (const e of options.existing ?? []) {
    const id = normalizeChinese(e.zh);
    byId.set(id, { at: e.at });
    forms.set(id, { zh: e.zh, at: e.at });
    for (const f of e.zh_also) forms.set(normalizeChinese(f), { zh: e.zh, at: e.at });
  }

  const out: DraftEntry[] = [];
  for (const draft of drafts) {
    const e = clean(draft);
    const id = normalizeChinese(e.zh);
    if (id !== nfkcSameLength(e.zh)) {
      // traditional in, simplified out: the file keeps simplified, the traditional is derived
      if (!e.zh_hant) e.zh_hant = e.zh;
      e.zh = id;
    }
    let bad = false;
    if (!hasHan(e.zh) && !isFormula(e.zh)) (bad = true), error(e.at, `the Chinese term "${e.zh}" has no Chinese characters`, 'are the Chinese and English columns the other way round?');
    for (const [key, values] of [['en', [e.en]], ['en_also', e.en_also], ['en_avoid', e.en_avoid]] as const) {
      for (const v of values) if (hasHan(v)) (bad = true), error(e.at, `the English ${key === 'en' ? 'rendering' : `\`${key}\``} "${v}" of "${e.zh}" contains Chinese characters`, 'put Chinese forms in zh or zh_also');
    }
    for (const v of e.zh_also) if (!hasHan(v)) (bad = true), error(e.at, `\`zh_also\` "${v}" of "${e.zh}" has no Chinese characters`);
    const cs = e.case_sensitive ?? false;
    const admitted = new Set([e.en, ...e.en_also].map((v) => englishKey(v, cs)));
    for (const v of e.en_avoid) if (admitted.has(englishKey(v, cs))) (bad = true), error(e.at, `"${v}" of "${e.zh}" is both a rendering to use and one to avoid`, 'a rendering cannot be both admitted and avoided; fix the input');
    const zhForms = new Set([id, ...e.zh_also.map(normalizeChinese)]);
    for (const v of e.zh_avoid) if (zhForms.has(normalizeChinese(v))) (bad = true), error(e.at, `"${v}" of "${e.zh}" is both a Chinese form to use and one to avoid`);
    if (bad) continue;

    // derived values are written only where they differ from what shuyu derives
    if (e.zh_hant !== undefined && (e.zh_hant === e.zh || e.zh_hant === options.derive.traditional(id))) delete e.zh_hant;
    if (e.pinyin !== undefined && !e.pinyinOverride && compact(e.pinyin) === compact(options.derive.pinyin(id))) delete e.pinyin;
    if (e.status === 'approved') delete e.status;
    if (e.case_sensitive === false) delete e.case_sensitive;

    const first = byId.get(id);
    if (first) {
      const where = formatPlace(first.at);
      if (first.entry && sameEntry(first.entry, e)) clash(e.at, `"${e.zh}" appears twice: same entry as at ${where}`, 'remove one of the two rows, or pass --keep-first');
      else {
        const diff = first.entry ? differences(first.entry, e) : 'an entry already in the output file';
        clash(e.at, `"${e.zh}" conflicts with ${first.entry ? `the entry at ${where}` : `${where}`}: ${diff}`, 'merge the two into one entry (alternatives go in en_also), or pass --keep-first');
      }
      continue;
    }
    const other = forms.get(id);
    if (other) {
      clash(e.at, `"${e.zh}" is already a Chinese form of "${other.zh}" at ${formatPlace(other.at)}`, 'a Chinese form belongs to one entry: merge the two');
      continue;
    }
    const keptAlso: string[] = [];
    for (const f of e.zh_also) {
      const owner = forms.get(normalizeChinese(f));
      if (owner) clash(e.at, `\`zh_also\` "${f}" of "${e.zh}" is already a form of "${owner.zh}" at ${formatPlace(owner.at)}`, 'a Chinese form belongs to one entry');
      else keptAlso.push(f);
    }
    if (keptAlso.length !== e.zh_also.length && !options.keepFirst) continue;
    e.zh_also = keptAlso;

    byId.set(id, { entry: e, at: e.at });
    forms.set(id, { zh: e.zh, at: e.at });
    for (const f of e.zh_also) forms.set(normalizeChinese(f), { zh: e.zh, at: e.at });
    out.push(e);
  }
  return { entries: out, problems };
}

/** Trims, drops empty and repeated values, and drops alternatives equal to the main term. */
function clean(d: DraftEntry): DraftEntry {
  const e: DraftEntry = { ...d, zh: d.zh.trim(), en: d.en.trim() };
  const cs = d.case_sensitive ?? false;
  const enKey = (s: string) => englishKey(s, cs) || s;
  const list = (xs: string[]) => xs.map((s) => s.trim()).filter(Boolean);
  e.en_also = uniqueBy(list(d.en_also), enKey).filter((v) => enKey(v) !== enKey(e.en));
  e.en_avoid = uniqueBy(list(d.en_avoid), enKey);
  const id = normalizeChinese(e.zh);
  e.zh_also = uniqueBy(list(d.zh_also), normalizeChinese).filter((v) => normalizeChinese(v) !== id);
  e.zh_avoid = uniqueBy(list(d.zh_avoid), normalizeChinese);
  e.tags = uniqueBy(list(d.tags), (s) => s);
  e.sources = d.sources.filter((s, i) => d.sources.findIndex((t) => t.title === s.title && t.url === s.url) === i);
  for (const k of ['zh_hant', 'pinyin', 'note', 'definition', 'domain'] as const) {
    const v = d[k]?.trim();
    if (v) e[k] = v;
    else delete e[k];
  }
  return e;
}

function sameEntry(a: DraftEntry, b: DraftEntry): boolean {
  return differences(a, b) === '';
}

/** What two entries for one term disagree on: `en "a" vs "b"; note differs`. */
function differences(a: DraftEntry, b: DraftEntry): string {
  const out: string[] = [];
  for (const k of FIELDS) {
    const x = a[k];
    const y = b[k];
    const same = Array.isArray(x) && Array.isArray(y) ? x.join('\u0000') === y.join('\u0000') : x === y;
    if (same) continue;
    if (k === 'note' || k === 'definition' || Array.isArray(x) || Array.isArray(y)) out.push(`${k} differs`);
    else out.push(`${k} "${x ?? ''}" vs "${y ?? ''}"`);
  }
  return out.join('; ');
}
