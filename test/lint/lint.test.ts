import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { Linter, type LintResult } from '../../src/lint/lint.js';
import { defaultRuleSettings, parseRuleSettings } from '../../src/lint/rules.js';
import type { Unit } from '../../src/lint/segment.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAlignedBatches, readAlignedChunks } from '../../src/lint/formats/aligned.js';
import { fixture, fixtureIndex, tempDir } from '../helpers.js';
import { unit } from './units.js';

async function lint(units: Unit[], rules = defaultRuleSettings(), direction?: 'zh-en' | 'en-zh'): Promise<LintResult> {
  const linter = new Linter(await fixtureIndex(), { rules, ...(direction ? { direction } : {}) });
  const f = linter.file('test.xlf');
  for (const u of units) f.unit(u);
  f.finish();
  return linter.result();
}

describe('zh→en', () => {
  it('reports column 13 for 中試平臺 in a traditional source', async () => {
    const r = await lint([unit('7', '成都高新區認定首批21家中試平臺', 'Chengdu accredited 21 pilot bases.')]);
    expect(r.problems).toHaveLength(1);
    // the source text starts at column 9 of line 1: 中 is its 13th character
    expect(r.problems[0]).toMatchObject({ rule: 'missing-term', severity: 'error', term: '中试平台', segment: '7', line: 1, column: 9 + 12, found: null });
    expect(r.problems[0]!.expected).toEqual(['pilot-scale testing platform', 'pilot testing platform', 'pilot platform']);
    expect(r.problems[0]!.message).toBe('"中試平臺" (中试平台) should be rendered "pilot-scale testing platform", "pilot testing platform" or "pilot platform"');
  });

  it('accepts the preferred rendering, an admitted one, and inflected forms', async () => {
    const r = await lint([
      unit('1', '成都高新区认定首批21家中试平台', 'Chengdu Hi-tech Zone accredited its first 21 pilot-scale testing platforms.'),
      unit('2', '建设中试平台', "the pilot platform's equipment"),
    ]);
    expect(r.problems.filter((p) => p.rule !== 'inconsistent-term')).toEqual([]);
  });

  it('reports a rendering to avoid once, naming the preferred one, instead of missing-term', async () => {
    const r = await lint([unit('3', '破解“卡脖子”难题', 'solve the stuck neck problems')]);
    expect(r.problems).toEqual([
      expect.objectContaining({ rule: 'avoid-term', term: '卡脖子', found: 'stuck neck', line: 2, column: 9 + 'solve the '.length, message: '"stuck neck" is a rendering to avoid for "卡脖子": use "chokepoint"' }),
    ]);
  });

  it('checks only the longest term: 成渝地区双城经济圈, not 双城经济圈 inside it', async () => {
    const r = await lint([unit('4', '推动成渝地区双城经济圈建设', 'promote the Chengdu-Chongqing Economic Circle')]);
    expect(r.problems).toEqual([]);
  });

  it('requires the capitals of a case-sensitive name', async () => {
    const r = await lint([unit('5', '推动成渝地区双城经济圈建设', 'promote the chengdu-chongqing economic circle')]);
    expect(r.problems.map((p) => p.rule)).toEqual(['missing-term']);
  });

  it('matches whole words: "managerial" is not "manager"', async () => {
    const r = await lint([unit('6', '项目经理', 'managerial staff')]);
    expect(r.problems.map((p) => [p.rule, p.term])).toEqual([['missing-term', '经理']]);
  });

  it('gives a draft entry a warning, not an error', async () => {
    const r = await lint([unit('8', '建设科创走廊', 'build a corridor')]);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'missing-term', severity: 'warning', term: '科创走廊' })]);
  });

  it('warns when one file renders a term two ways', async () => {
    const r = await lint([
      unit('1', '卡脖子技术', 'chokepoint technologies', undefined, 1),
      unit('2', '卡脖子问题', 'chokepoint problems', undefined, 3),
      unit('3', '卡脖子难题', 'bottleneck problems', undefined, 5),
    ]);
    expect(r.problems).toEqual([
      expect.objectContaining({ rule: 'inconsistent-term', severity: 'warning', segment: '3', line: 6, term: '卡脖子', expected: ['chokepoint'], found: 'bottleneck' }),
    ]);
  });

  it('warns when Chinese is left in the English target', async () => {
    const r = await lint([unit('9', '重庆', 'Chongqing 两江新区')]);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'untranslated', severity: 'warning', column: 9 + 'Chongqing '.length })]);
  });

  it('finds a character outside the basic plane left in the English target too', async () => {
    // 𠀋 (U+2000B, extension B): the place was searched for in the basic plane only, so no warning came
    const r = await lint([unit('9', '重庆', 'Chongqing 𠀋')]);
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'untranslated', column: 9 + 'Chongqing '.length })]);
  });

  it('turns a rule off or up with --rule', async () => {
    const units = [unit('9', '重庆', 'Chongqing 两江新区')];
    expect((await lint(units, parseRuleSettings(['untranslated=off']))).problems).toEqual([]);
    expect((await lint(units, parseRuleSettings(['untranslated=error']))).summary.errors).toBe(1);
    expect(() => parseRuleSettings(['untranslated=loud'])).toThrow(UserError);
    expect(() => parseRuleSettings(['missing=off'])).toThrow('unknown rule "missing"');
  });

  it('skips empty targets and counts them', async () => {
    const r = await lint([unit('1', '中试平台', ''), unit('2', '中试平台', 'pilot platform')]);
    expect(r.summary).toMatchObject({ units: 2, segments: 1, skipped: { 'empty-target': 1 }, direction: 'zh-en' });
  });
});

describe('en→zh', () => {
  const en = (id: string, source: string, target: string, lang = 'zh-CN') => unit(id, source, target, ['en-US', lang]);

  it('reports an English term whose Chinese term is missing from the target', async () => {
    const r = await lint([en('1', 'Chengdu accredited 21 pilot-scale testing platforms.', '成都认定了21个试验基地。')]);
    expect(r.summary.direction).toBe('en-zh');
    expect(r.problems).toEqual([
      expect.objectContaining({ rule: 'missing-term', term: '中试平台', expected: ['中试平台', '中试基地'], line: 1, column: 9 + 'Chengdu accredited 21 '.length }),
    ]);
  });

  it('accepts the term in either script, and Taiwan vocabulary in a zh-TW target', async () => {
    const r = await lint([
      en('1', 'Chengdu accredited 21 pilot-scale testing platforms.', '成都認定了21家中試平臺。', 'zh-TW'),
      en('2', 'Apply over the internet.', '透過網際網路申請。', 'zh-TW'),
    ]);
    expect(r.problems).toEqual([]);
  });

  it('reports a Chinese rendering to avoid, naming the preferred term', async () => {
    const r = await lint([en('1', 'There are 120 new high-tech enterprises.', '新增高科技企业120家。')]);
    expect(r.problems).toEqual([
      expect.objectContaining({ rule: 'avoid-term', term: '高新技术企业', found: '高科技企业', line: 2, column: 9 + 2, message: '"高科技企业" is a rendering to avoid for "high-tech enterprises": use "高新技术企业"' }),
    ]);
  });

  it('reports a target copied from the source as untranslated', async () => {
    const r = await lint([en('1', 'Chongqing is growing fast.', 'Chongqing is growing fast.')]);
    expect(r.problems.map((p) => [p.rule, p.message])).toEqual([
      ['missing-term', '"Chongqing" should be rendered "重庆"'],
      ['untranslated', 'the target is a copy of the source'],
    ]);
  });

  it('leaves names, codes and templates copied unchanged alone', async () => {
    const r = await lint([en('1', 'Firefox', 'Firefox'), en('2', '{{ author }}', '{{ author }}'), en('3', 'thank.you.omegat@gmail.com', 'thank.you.omegat@gmail.com'), en('4', '%d MB', '%d MB')]);
    expect(r.problems).toEqual([]);
  });
});

describe('direction', () => {
  it('follows the script where the declaration contradicts it, and says so once', async () => {
    const units = [unit('1', '卡脖子技术', 'chokepoint technologies', ['en-US', 'zh-CN']), unit('2', '重庆', 'Chongqing', ['en-US', 'zh-CN'])];
    const r = await lint(units);
    expect(r.summary.direction).toBe('zh-en');
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain('declares en-US (source), zh-CN (target), but the source text is Chinese; checking zh-en');
    expect(r.problems).toEqual([]);
  });

  it('refuses a file with no Chinese–English pair, naming its languages', async () => {
    await expect(lint([unit('1', 'Hello', 'Bonjour', ['en-US', 'fr-FR'])])).rejects.toThrow('test.xlf is not a Chinese–English file: it declares en-US (source), fr-FR (target)');
  });

  it('lets --direction force the pairing', async () => {
    const r = await lint([unit('1', 'the chokepoint', '卡脖子', ['zh-CN', 'en-US'])], defaultRuleSettings(), 'en-zh');
    expect(r.summary.direction).toBe('en-zh');
    expect(r.problems).toEqual([]);
  });
});

describe('monolingual English', () => {
  it('finds renderings to avoid in running text', async () => {
    const linter = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f = linter.englishFile('report.md');
    f.unit({ id: '3', at: { file: 'report.md', line: 3, column: 1 }, segments: [{ id: '3', variants: [{ role: 'target', text: 'We must overcome the stuck-neck technologies.', map: [{ offset: 0, line: 3, column: 1 }] }] }] });
    f.finish();
    const r = linter.result();
    expect(r.problems).toEqual([expect.objectContaining({ rule: 'avoid-term', line: 3, column: 22, found: 'stuck-neck', term: '卡脖子' })]);
  });
});

describe('en→zh source keys', () => {
  it('does not take everyday English for a term: one-word renderings and verbs', async () => {
    const { isSourceKey } = await import('../../src/lint/english-source.js');
    const e = await fixtureIndex();
    const base = e.entry(0);
    expect(isSourceKey({ ...base, en: 'source', pos: 'noun' }, 'source')).toBe(false);
    expect(isSourceKey({ ...base, en: 'makerspace', pos: 'noun' }, 'makerspace')).toBe(true);
    expect(isSourceKey({ ...base, en: 'makerspace', pos: 'noun' }, 'hub')).toBe(false);
    expect(isSourceKey({ ...base, en: 'Chongqing', pos: 'name' }, 'Chongqing')).toBe(true);
    expect(isSourceKey({ ...base, en: 'set up', pos: 'verb' }, 'set up')).toBe(false);
    expect(isSourceKey({ ...base, en: 'pilot-scale testing platform', pos: 'noun' }, 'pilot platform')).toBe(true);
  });
});

describe('entries that share a rendering', () => {
  it('accepts either Chinese term for "Chongqing" and reports the full form when both are missing', async () => {
    const linter = new Linter(await fixtureIndex(fixture('glossary', 'shared-rendering')), { rules: defaultRuleSettings() });
    const f = linter.file('app.xliff');
    f.unit(unit('1', 'Welcome to Chongqing.', '欢迎来到重庆。', ['en', 'zh-CN']));
    f.unit(unit('2', 'Chongqing and Chengdu', '渝蓉两地', ['en', 'zh-CN']));
    f.unit(unit('3', 'Chongqing news', '本地新闻', ['en', 'zh-CN']));
    f.finish();
    const r = linter.result();
    expect(r.problems.filter((p) => p.rule === 'missing-term')).toEqual([expect.objectContaining({ segment: '3', term: '重庆', expected: ['重庆', '渝'] })]);
  });
});

describe('batches', () => {
  it('finds the same problems, at the same places, whether units come one by one or in a batch', async () => {
    const units = () => [
      unit('1', '成都高新區認定首批21家中試平臺', 'Chengdu accredited 21 pilot bases.', undefined, 1),
      unit('2', '破解“卡脖子”难题', 'solve the stuck neck problems', undefined, 3),
      unit('3', '推动成渝地区双城经济圈建设', 'promote the Chengdu-Chongqing Economic Circle', undefined, 5),
      unit('4', '卡脖子技术和中试平台', 'chokepoint technologies', undefined, 7),
    ];
    const one = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f1 = one.file('a.xlf');
    for (const u of units()) f1.unit(u);
    f1.finish();
    const batch = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f2 = batch.file('a.xlf');
    f2.units(units());
    f2.finish();
    expect(batch.result().problems).toEqual(one.result().problems);
    expect(batch.result().problems.map((p) => [p.segment, p.rule, p.line, p.column])).toEqual([
      ['1', 'missing-term', 1, 21],
      ['2', 'avoid-term', 4, 19],
      ['4', 'missing-term', 7, 15],
    ]);
  });
});

describe('aligned text in chunks', () => {
  it('finds what the unit path finds: traditional lines, a length-changing conversion, empty and undecided lines', async () => {
    const dir = tempDir();
    const zh = [
      'Chapter 1', // both sides Latin: the direction is not known yet
      '成都高新區認定首批21家中試平臺', // traditional, converted in place
      '破解“卡脖子”难题',
      '中试平台㗲', // 㗲 becomes two units: checked on its own, with its map
      '推动成渝地区双城经济圈建设',
      '卡脖子技术和中试平台',
      '重庆',
      '卡脖子问题',
      '卡脖子难题',
    ];
    const en = ['Chapter 1', 'Chengdu accredited 21 pilot bases.', 'solve the stuck neck problems', 'a pilot base', 'promote the Chengdu-Chongqing Economic Circle', 'chokepoint technologies and pilot platforms', '', 'chokepoint problems', 'a bottleneck'];
    writeFileSync(join(dir, 'zh.txt'), `${zh.join('\n')}\n`);
    writeFileSync(join(dir, 'en.txt'), `${en.join('\r\n')}\r\n`);
    const [zhPath, enPath] = [join(dir, 'zh.txt'), join(dir, 'en.txt')];
    const byUnits = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f1 = byUnits.file(zhPath);
    for await (const batch of readAlignedBatches(zhPath, enPath)) f1.units(batch);
    f1.finish();
    const byChunks = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f2 = byChunks.file(zhPath);
    for await (const chunk of readAlignedChunks(zhPath, enPath, { chunkSize: 40 })) f2.aligned(chunk, zhPath, enPath);
    f2.finish();
    expect(byChunks.result()).toEqual(byUnits.result());
    expect(byChunks.result().problems.map((p) => [p.segment, p.rule, p.file === enPath ? 'en' : 'zh', p.line, p.column])).toEqual([
      ['2', 'missing-term', 'zh', 2, 13],
      ['3', 'avoid-term', 'en', 3, 11],
      ['4', 'missing-term', 'zh', 4, 1],
      ['9', 'inconsistent-term', 'en', 9, 3],
    ]);
    expect(byChunks.result().summary).toMatchObject({ units: 9, segments: 7, skipped: { undecided: 1, 'empty-target': 1 } });
  });
});

describe('a zh_hant override', () => {
  it('is a key of its entry in both directions, as regional vocabulary is', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tempDir } = await import('../helpers.js');
    const dir = join(tempDir(), 'g');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'g.yaml'),
      'entries:\n  - zh: 中试平台\n    en: pilot-scale testing platform\n    zh_hant: 先導試驗平臺\n    note: A made-up Taiwan form, to test the override.\n',
    );
    const index = await fixtureIndex(dir);
    const linter = new Linter(index, { rules: defaultRuleSettings() });
    const f = linter.file('tw.tmx');
    f.unit(unit('1', 'The pilot-scale testing platform opened.', '先導試驗平臺開放了。', ['en-US', 'zh-TW']));
    f.finish();
    expect(linter.result().problems).toEqual([]);
    const back = new Linter(index, { rules: defaultRuleSettings() });
    const g = back.file('tw.xlf');
    g.unit(unit('1', '先導試驗平臺開放了', 'The platform opened.', ['zh-TW', 'en-US']));
    g.finish();
    expect(back.result().problems).toEqual([expect.objectContaining({ rule: 'missing-term', term: '中试平台', column: 9 })]);
  });
});

describe('inconsistent-term in a file of several documents', () => {
  const xliff = (files: string[][]) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n${files
      .map(
        (units, f) =>
          `  <file original="chapter${f + 1}.docx" source-language="zh-CN" target-language="en-US" datatype="plaintext"><body>\n${units.map((u, k) => `    <trans-unit id="${f + 1}.${k + 1}">${u}</trans-unit>`).join('\n')}\n  </body></file>`,
      )
      .join('\n')}\n</xliff>\n`;
  const chokepoint = '<source>破解卡脖子难题</source><target>resolve chokepoint problems</target>';
  const bottleneck = '<source>卡脖子技术</source><target>bottleneck technologies</target>';

  async function lintXliff(text: string) {
    const { readXliffBatches } = await import('../../src/lint/formats/xliff.js');
    const dir = tempDir();
    writeFileSync(join(dir, 'book.xlf'), text);
    const linter = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
    const f = linter.file(join(dir, 'book.xlf'));
    for await (const batch of readXliffBatches(join(dir, 'book.xlf'))) f.units(batch);
    f.finish();
    return linter.result().problems.filter((p) => p.rule === 'inconsistent-term').map((p) => p.segment);
  }

  it('counts consistency per <file>: two chapters may render a term two ways', async () => {
    expect(await lintXliff(xliff([[chokepoint, chokepoint], [bottleneck]]))).toEqual([]);
  });

  it('still warns within one <file>', async () => {
    expect(await lintXliff(xliff([[chokepoint, chokepoint, bottleneck]]))).toEqual(['1.3']);
  });
});
