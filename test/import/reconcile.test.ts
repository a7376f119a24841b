import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/import-glossary.js';
import { emptyDraft, type DraftEntry } from '../../src/import/draft.js';
import { readDelimited } from '../../src/import/read-delimited.js';
import { reconcileEntries } from '../../src/import/reconcile.js';
import { fixture } from '../helpers.js';
import { derivations, entriesOfYaml, importText } from './helpers.js';

const draft = (line: number, fields: Partial<DraftEntry>): DraftEntry => ({ ...emptyDraft({ file: 'in.csv', line, column: 1 }), ...fields });
const conflicts = readFileSync(fixture('import', 'conflicts.csv'), 'utf8');

describe('duplicates and conflicts', () => {
  it('reports a repeated entry, a conflicting one and a zh_also clash with both rows, and keeps nothing silently', async () => {
    const { entries } = await readDelimited(conflicts, 'conflicts.csv');
    const { problems } = reconcileEntries(entries, { derive: await derivations() });
    expect(problems.map((p) => [p.severity, p.at.line, p.message])).toEqual([
      ['error', 4, '"中试平台" appears twice: same entry as at conflicts.csv:2:1'],
      // 西部科學城 is the same term in traditional characters
      ['error', 5, '"西部科学城" conflicts with the entry at conflicts.csv:3:1: en "Western Science City" vs "West China Science City"'],
      ['error', 6, '"中试基地" is already a Chinese form of "中试平台" at conflicts.csv:2:1'],
    ]);
  });

  it('fails the import as a whole, listing every problem', async () => {
    await expect(importText(conflicts, 'conflicts.csv', 'csv')).rejects.toThrow(ImportError);
    await expect(importText(conflicts, 'conflicts.csv', 'csv')).rejects.toThrow(/the input has 3 problems; nothing was written:\nconflicts\.csv:4:1: error: "中试平台" appears twice/);
  });

  it('keeps the first of each with --keep-first and warns about the others', async () => {
    const result = await importText(conflicts, 'conflicts.csv', 'csv', { keepFirst: true });
    expect(entriesOfYaml(result.yaml).map((e) => [e.zh, e.en])).toEqual([
      ['中试平台', 'pilot-scale testing platform'],
      ['西部科学城', 'Western Science City'],
    ]);
    expect(result.warnings.map((w) => w.at.line)).toEqual([4, 5, 6]);
    expect(result.warnings[1]!.message).toMatch(/; kept the first$/);
  });

  it('counts the entries already in the file written to as first', async () => {
    const { problems } = reconcileEntries([draft(2, { zh: '中试平台', en: 'pilot platform' })], { derive: await derivations(), existing: [{ zh: '中试平台', zh_also: [], at: { file: 'g.yaml', line: 7, column: 5 } }] });
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', message: '"中试平台" conflicts with g.yaml:7:5: an entry already in the output file' })]);
  });
});

describe('cleaning', () => {
  it('rejects a row whose columns are the wrong way round', async () => {
    const { problems } = reconcileEntries([draft(2, { zh: 'pilot-scale testing platform', en: '中试平台' })], { derive: await derivations() });
    expect(problems.map((p) => p.message)).toEqual(['the Chinese term "pilot-scale testing platform" has no Chinese characters', 'the English rendering "中试平台" of "pilot-scale testing platform" contains Chinese characters']);
    expect(problems[0]!.hint).toMatch(/other way round/);
  });

  it('rejects a rendering that is both to use and to avoid', async () => {
    const { problems } = reconcileEntries([draft(2, { zh: '卡脖子', en: 'chokepoint', en_avoid: ['Chokepoint'] })], { derive: await derivations() });
    expect(problems[0]!.message).toBe('"Chokepoint" of "卡脖子" is both a rendering to use and one to avoid');
  });

  it('writes simplified Chinese and leaves out what shuyu derives anyway', async () => {
    const derive = await derivations();
    const { entries } = reconcileEntries(
      [
        draft(2, { zh: '中試平臺', en: 'pilot-scale testing platform', pinyin: 'zhōng shì píng tái' }),
        draft(3, { zh: '卡脖子', en: 'chokepoint', pinyin: 'qiǎ bó zi', zh_hant: '卡脖子' }),
        draft(4, { zh: '软件', en: 'software', zh_hant: '軟體', en_also: ['Software', 'program'], status: 'approved' }),
      ],
      { derive },
    );
    expect(entries[0]).toMatchObject({ zh: '中试平台' });
    expect(entries[0]!.zh_hant).toBeUndefined(); // 中試平臺 is what OpenCC gives
    expect(entries[0]!.pinyin).toBeUndefined();
    expect(entries[1]!.zh_hant).toBeUndefined();
    expect(entries[2]).toMatchObject({ zh_hant: '軟體', en_also: ['program'] });
    expect(entries[2]!.status).toBeUndefined();
    if (derive.pinyin('卡脖子') !== 'qiǎ bó zi') expect(entries[1]!.pinyin).toBe('qiǎ bó zi');
  });
});
