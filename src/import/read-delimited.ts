// CSV and TSV glossaries from spreadsheets and CAT tools → draft entries. The header row is
// recognised by its column names (English names, language codes such as zh-CN and en-US,
// `Term [en]`, language names as memoQ writes them) or found missing; without one, the columns
// are told apart by their script. A cell may hold several renderings separated by `;` or `|`.
import { restoreCell } from '../text/csv.js';
import type { Diagnostic, Place } from '../errors.js';
import { UserError } from '../errors.js';
import { isListKey, LINT_LEVELS, PARTS_OF_SPEECH, STATUSES, type LintLevel, type PartOfSpeech, type Status } from '../glossary/model.js';
import { readRows, sniffDelimiter, type Delimiter } from '../read/delimited-rows.js';
import { hasHan } from '../text/han.js';
import { emptyDraft, type DraftEntry, type ReadResult, type Skipped } from './draft.js';
import { languageOfName } from '../text/languages.js';

/** One record of the file: its cells and where each starts. */
interface Row {
  cells: string[];
  /** 1-based line and column of each cell's first character. */
  places: Place[];
  /** The row's first line (a quoted cell may span lines). */
  line: number;
}

type Field = 'zh' | 'en' | 'zh_hant' | 'pinyin' | 'en_also' | 'en_avoid' | 'zh_also' | 'zh_avoid' | 'note' | 'definition' | 'tags' | 'status' | 'lint' | 'domain' | 'pos' | 'case_sensitive';
/** A column whose language is told by its content: `source`, `target`, `term`. */
type Role = Field | 'text';

const NAMES: Record<string, Role> = {
  zh: 'zh', chinese: 'zh', simplified: 'zh', simplified_chinese: 'zh', chinese_simplified: 'zh', hanzi: 'zh', 中文: 'zh', 简体: 'zh', 术语: 'zh',
  en: 'en', english: 'en', 英文: 'en', 英语: 'en', translation: 'en', rendering: 'en', preferred: 'en',
  zh_hant: 'zh_hant', traditional: 'zh_hant', traditional_chinese: 'zh_hant', chinese_traditional: 'zh_hant', 繁体: 'zh_hant', 繁體: 'zh_hant',
  pinyin: 'pinyin', 拼音: 'pinyin',
  en_also: 'en_also', also: 'en_also', admitted: 'en_also', alternatives: 'en_also', synonyms: 'en_also', variants: 'en_also',
  en_avoid: 'en_avoid', avoid: 'en_avoid', deprecated: 'en_avoid', forbidden: 'en_avoid', do_not_use: 'en_avoid',
  zh_also: 'zh_also', zh_avoid: 'zh_avoid',
  note: 'note', notes: 'note', comment: 'note', comments: 'note', remark: 'note', remarks: 'note', usage: 'note', usage_note: 'note', 备注: 'note', 说明: 'note',
  definition: 'definition', def: 'definition', 定义: 'definition',
  tags: 'tags', tag: 'tags', labels: 'tags',
  status: 'status',
  lint: 'lint',
  domain: 'domain', subject: 'domain', subject_field: 'domain', field: 'domain', category: 'domain', 领域: 'domain',
  pos: 'pos', part_of_speech: 'pos', 词性: 'pos',
  case_sensitive: 'case_sensitive',
  source: 'text', target: 'text', term: 'text', source_term: 'text', target_term: 'text',
};

/** What a header cell names, or undefined when it names nothing shuyu knows. */
export function columnRole(name: string): Role | undefined {
  const key = name.trim().toLowerCase().replace(/[\s\-]+/g, '_');
  if (NAMES[key]) return NAMES[key];
  // `Definition [en]`, `Note (zh-CN)`: the field before the language, when it is one
  const base = /^(.*?)\s*[[(][^\])]*[\])]\s*$/.exec(name.trim())?.[1]?.toLowerCase().replace(/[\s\-]+/g, '_');
  const baseRole = base ? NAMES[base] : undefined;
  if (baseRole && baseRole !== 'text' && baseRole !== 'zh' && baseRole !== 'en') return baseRole;
  const lang = languageOfName(name);
  // memoQ writes definitions of a language as `English_Def` / `English definition`
  if (lang !== 'other' && /(?:_|\s)def(?:inition)?$/i.test(name.trim())) return 'definition';
  if (lang === 'zh-hans') return 'zh';
  if (lang === 'zh-hant') return 'zh_hant';
  if (lang === 'en') return 'en';
  return undefined;
}

// Several renderings in one cell: `;`, the full-width `；`, or `|` (export writes ` | `).
const LIST_SPLIT = /\s*[;；|]\s*/;

function splitList(cell: string): string[] {
  return cell.split(LIST_SPLIT).map((s) => s.trim()).filter(Boolean);
}


const POS_ALIASES: Record<string, PartOfSpeech> = { n: 'noun', 'n.': 'noun', v: 'verb', 'v.': 'verb', adj: 'adjective', 'adj.': 'adjective' };

export interface DelimitedOptions {
  /** The separator; by default a tab for `.tsv`/`.tab` files and sniffed for others. */
  separator?: Delimiter;
}

/**
 * Reads a spreadsheet glossary (its text, already decoded) as spreadsheets read it: text after
 * a closing quote is part of the cell, and a row of one empty cell, quoted or not, is blank.
 * Throws a UserError only for text that cannot be split into rows.
 */
export async function readDelimited(text: string, file: string, options: DelimitedOptions = {}): Promise<ReadResult> {
  const body = text.replace(/^\uFEFF/, '');
  const separator = options.separator ?? (/\.(tsv|tab)$/i.test(file) ? '\t' : sniffDelimiter(body));
  const rows: Row[] = [];
  for await (const batch of readRows([body], file, { delimiter: separator, spreadsheet: true })) {
    for (const { cells, line } of batch) {
      if (cells.length === 1 && cells[0]!.value.text === '') continue;
      rows.push({ cells: cells.map((c) => c.value.text), places: cells.map((c) => ({ file, ...c.value.start })), line });
    }
  }
  const problems: Diagnostic[] = [];
  const skipped: Skipped[] = [];
  if (rows.length === 0) throw new UserError('the file has no rows', { file, line: 1, column: 1 }, 'a glossary spreadsheet has a zh and an en column');

  const first = rows[0]!;
  let roles: (Role | undefined)[] = first.cells.map(columnRole);
  let header: Row | undefined;
  const namedRoles = roles.filter((r) => r !== undefined).length;
  if (namedRoles > 0) {
    header = first;
    for (let c = 0; c < roles.length; c++) {
      if (roles[c] === undefined && first.cells[c]!.trim() !== '') {
        problems.push({ severity: 'warning', message: `column "${first.cells[c]}" is not a glossary field; left out`, at: first.places[c]!, hint: 'name it zh, en, en_also, en_avoid, note, tags, status, lint, pinyin, domain or definition' });
      }
    }
  } else {
    // No known names: the first row is a header of unknown names if it has no Han while a
    // column below it is Chinese, else it is data. Either way the content tells the columns.
    const hanColumn = (c: number, from: number) => {
      const values = rows.slice(from).map((r) => r.cells[c] ?? '').filter((v) => v.trim() !== '');
      return values.length > 0 && values.filter(hasHan).length * 2 > values.length;
    };
    const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0); // no spread: a million rows are no call's arguments
    const looksLikeHeader = rows.length > 1 && !first.cells.some(hasHan) && Array.from({ length: width }, (_, c) => hanColumn(c, 1)).some(Boolean);
    if (looksLikeHeader) header = first;
    roles = Array.from({ length: width }, () => 'text' as Role);
  }

  const data = header ? rows.slice(1) : rows;
  const width = roles.length;
  resolveTextColumns(roles, data);
  if (!roles.includes('zh') || !roles.includes('en')) {
    const names = header ? header.cells.map((c) => `"${c}"`).join(', ') : `${width} unnamed column${width === 1 ? '' : 's'}`;
    throw new UserError(
      `cannot tell the Chinese and the English column apart (${names})`,
      { file, line: 1, column: 1 },
      'give the file a header row such as zh,en (or zh-CN,en-US), or put the Chinese in one column and the English in another',
    );
  }
  if (!header) {
    roles.forEach((r, c) => {
      if (r === undefined) problems.push({ severity: 'warning', message: `column ${c + 1} left out: without a header row only one Chinese and one English column are read`, at: { file, line: 1, column: 1 }, hint: 'add a header row naming the columns' });
    });
  }

  const entries: DraftEntry[] = [];
  for (const row of data) {
    const extra = row.cells.slice(width).some((c) => c.trim() !== '');
    if (row.cells.length < width || extra) {
      problems.push({
        severity: 'error',
        message: `row has ${row.cells.length} cells where the ${header ? 'header has' : 'first row has'} ${width}`,
        at: (extra ? row.places[width] : row.places[row.cells.length - 1]) ?? { file, line: row.line, column: 1 },
        hint: separator === '\t' ? 'check for a missing or extra tab' : `check for a missing separator, or a "${separator}" in an unquoted cell`,
      });
      continue;
    }
    if (row.cells.every((c) => c.trim() === '')) continue;
    const draft = emptyDraft({ file, line: row.line, column: 1 });
    for (let c = 0; c < width; c++) {
      const role = roles[c];
      const cell = restoreCell(row.cells[c]!).trim();
      if (!role || role === 'text' || cell === '') continue;
      const at = row.places[c]!;
      applyCell(draft, role, cell, at, problems);
    }
    if (!draft.zh) skipped.push({ reason: 'no Chinese term', at: draft.at });
    else if (!draft.en) skipped.push({ reason: `no English rendering for "${draft.zh}"`, at: draft.at });
    else entries.push(draft);
  }
  return { entries, problems, skipped };
}

/**
 * Columns named by content only (`source`, `target`, unnamed): the first mostly-Han one is
 * zh and the first other one en, unless a named column already is; the rest are left out.
 */
function resolveTextColumns(roles: (Role | undefined)[], data: Row[]): void {
  const isHanColumn = (c: number) => {
    const values = data.map((r) => r.cells[c] ?? '').filter((v) => v.trim() !== '');
    return values.length > 0 && values.filter(hasHan).length * 2 > values.length;
  };
  let hasZh = roles.includes('zh');
  let hasEn = roles.includes('en');
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== 'text') continue;
    if (isHanColumn(c)) roles[c] = hasZh ? undefined : ((hasZh = true), 'zh');
    else roles[c] = hasEn ? undefined : ((hasEn = true), 'en');
  }
}

function applyCell(draft: DraftEntry, role: Field, cell: string, at: Place, problems: Diagnostic[]): void {
  if (isListKey(role)) {
    for (const v of splitList(cell)) draft[role].push(v); // a cell may list 200,000 renderings
    return;
  }
  switch (role) {
    case 'zh':
    case 'en': {
      const [head, ...rest] = splitList(cell);
      const also = role === 'zh' ? draft.zh_also : draft.en_also;
      if (!draft[role]) draft[role] = head ?? '';
      else if (head) also.push(head);
      for (const v of rest) also.push(v);
      break;
    }
    case 'zh_hant':
    case 'pinyin':
    case 'domain':
      draft[role] = cell;
      break;
    case 'note':
    case 'definition':
      draft[role] = draft[role] ? `${draft[role]} ${cell}` : cell;
      break;
    case 'status': {
      const v = cell.toLowerCase();
      if ((STATUSES as readonly string[]).includes(v)) draft.status = v as Status;
      else problems.push({ severity: 'error', message: `unknown status "${cell}"`, at, hint: `status is one of ${STATUSES.join(', ')}` });
      break;
    }
    case 'lint': {
      const v = cell.toLowerCase();
      if ((LINT_LEVELS as readonly string[]).includes(v)) draft.lint = v as LintLevel;
      else problems.push({ severity: 'error', message: `unknown lint level "${cell}"`, at, hint: `lint is one of ${LINT_LEVELS.join(', ')}` });
      break;
    }
    case 'pos': {
      const v = cell.toLowerCase();
      const pos = (PARTS_OF_SPEECH as readonly string[]).includes(v) ? (v as PartOfSpeech) : POS_ALIASES[v];
      if (pos) draft.pos = pos;
      else problems.push({ severity: 'error', message: `unknown part of speech "${cell}"`, at, hint: `pos is one of ${PARTS_OF_SPEECH.join(', ')}` });
      break;
    }
    case 'case_sensitive': {
      const v = cell.toLowerCase();
      if (['true', 'yes', '1', 'y'].includes(v)) draft.case_sensitive = true;
      else if (['false', 'no', '0', 'n'].includes(v)) draft.case_sensitive = false;
      else problems.push({ severity: 'error', message: `case_sensitive must be true or false; got "${cell}"`, at });
      break;
    }
  }
}
