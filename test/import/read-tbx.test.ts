import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { decodeInput } from '../../src/import/import-glossary.js';
import { readTbx } from '../../src/import/read-tbx.js';
import { parseSource, standingOf } from '../../src/import/read-tbx-concept.js';
import { fixture } from '../helpers.js';

const read = (name: string) => readTbx(decodeInput(readFileSync(fixture('import', name)), name), name);
const failure = async (name: string): Promise<UserError> => {
  try {
    await read(name);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error(`${name} was read without an error`);
};

describe('TBX v3', () => {
  it('reads a DCA concept: preferred, admitted and deprecated terms, definition, subject field, note, source', async () => {
    const { entries, title } = await read('tbx3-dca.tbx');
    expect(title).toBe('Chengdu innovation terms');
    expect(entries[0]).toMatchObject({
      zh: '中试平台',
      zh_also: ['中试基地'],
      en: 'pilot-scale testing platform',
      en_also: ['pilot testing platform'],
      en_avoid: ['intermediate test platform'],
      pos: 'noun',
      domain: 'innovation policy',
      definition: 'A facility that scales a laboratory result up to small-batch production.',
      note: 'Chengdu uses the term for accredited facilities.',
      sources: [{ title: 'MOST glossary 2023' }],
      at: { file: 'tbx3-dca.tbx', line: 14, column: 4 },
    });
  });

  it('matches language tags loosely and skips a concept without Chinese, saying where', async () => {
    const { entries, skipped } = await read('tbx3-dca.tbx');
    expect(entries.map((e) => [e.zh, e.en])).toEqual([
      ['中试平台', 'pilot-scale testing platform'],
      ['揭榜挂帅', 'open competition mechanism'],
    ]);
    expect(skipped).toEqual([{ reason: 'no Chinese term', at: { file: 'tbx3-dca.tbx', line: 63, column: 4 } }]);
  });

  it('reads the DCT style, where data categories are namespaced elements', async () => {
    const { entries } = await read('tbx3-dct.tbx');
    expect(entries).toEqual([
      expect.objectContaining({ zh: '科技金融', en: 'technology finance', en_avoid: ['fintech'], pos: 'noun', domain: 'finance', definition: 'Financial services for scientific and technological innovation.' }),
    ]);
  });

  it('reads TBX-Min usageStatus', async () => {
    expect((await read('tbx-min-usage.tbx')).entries[0]).toMatchObject({ zh: '卡脖子', en: 'chokepoint', en_also: ['bottleneck'], en_avoid: ['stuck neck'] });
  });
});

describe('TBX v2 (martif)', () => {
  it('reads Weblate’s tig entries and reports the concepts with an empty Chinese term', async () => {
    const { entries, skipped } = await read('tbx2-weblate.tbx');
    expect(entries.map((e) => [e.zh, e.en])).toEqual([
      ['可见/隐藏', 'Toggle visibility'],
      ['添加数据（或者场景）', 'Add Data (or Scene)'],
      ['冠状图', 'Coronal'],
    ]);
    expect(skipped.map((s) => [s.reason, s.at.line])).toEqual([
      ['empty Chinese term', 13],
      ['empty Chinese term', 29],
    ]);
  });

  it('reads ntig/termGrp with normativeAuthorization, and converts a traditional-only term base to simplified', async () => {
    const { entries, title } = await read('tbx2-ntig-traditional.tbx');
    expect(title).toBe('Taiwan IT terms');
    expect(entries[0]).toMatchObject({ zh: '软体', zh_hant: '軟體', zh_avoid: ['軟件'], en: 'software', pos: 'noun', domain: 'Software' });
  });
});

describe('encodings', () => {
  it('reads UTF-16 term bases with and without a byte-order mark', async () => {
    const xml = readFileSync(fixture('import', 'tbx2-weblate.tbx'), 'utf8').replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(/\n/g, '\r\n');
    const le = Buffer.from(xml, 'utf16le');
    for (const bytes of [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), le]) {
      const { entries } = await readTbx(decodeInput(bytes, 'u16.tbx'), 'u16.tbx');
      expect(entries.map((e) => e.zh)).toEqual(['可见/隐藏', '添加数据（或者场景）', '冠状图']);
    }
  });
});

describe('bad TBX', () => {
  it('never expands entities: a DOCTYPE declaring an external entity or an entity bomb is refused with its place, as lint refuses it', async () => {
    const e = await failure('hostile-entities.tbx');
    expect(e.message).toMatch(/^the DOCTYPE declares entities/);
    expect(e.place?.file).toBe('hostile-entities.tbx');
    expect(e.place?.line).toBeGreaterThan(1);
  });

  it('names the languages found when there is no Chinese', async () => {
    const e = await failure('en-fr.tbx');
    expect(e.message).toBe('no Chinese terms in this TBX v2 (martif) file (1 concept); languages found: en, fr');
  });

  it('refuses another XML format and a truncated file', async () => {
    expect((await failure('not-tbx.xml')).message).toBe('not a TBX file: the root element is <xliff>');
    expect((await failure('truncated.tbx')).message).toMatch(/^not well-formed XML/);
  });
});

describe('helpers', () => {
  it('reads statuses from TBX-Basic, TBX-Min and v2 values', () => {
    expect(standingOf('preferredTerm-admn-sts')).toBe('preferred');
    expect(standingOf('standardizedTerm-admn-sts')).toBe('preferred');
    expect(standingOf('supersededTerm-admn-sts')).toBe('deprecated');
    expect(standingOf('deprecated')).toBe('deprecated');
    expect(standingOf('admitted')).toBe('admitted');
  });

  it('splits a source written by export into its title and address', () => {
    expect(parseSource('Xinhua (2023) https://example.org/a?b=1')).toEqual({ title: 'Xinhua (2023)', url: 'https://example.org/a?b=1' });
    expect(parseSource('MOST glossary')).toEqual({ title: 'MOST glossary' });
    // shuyu's own form, title [year] url, gives the year back
    expect(parseSource('Report on the Work of the Government [2025] https://english.www.gov.cn/x')).toEqual({ title: 'Report on the Work of the Government', year: 2025, url: 'https://english.www.gov.cn/x' });
    expect(parseSource('Qiushi [2024]')).toEqual({ title: 'Qiushi', year: 2024 });
    expect(parseSource('[2024]')).toEqual({ title: '[2024]' });
    // read from the end, in linear time, whatever a hostile title holds
    expect(parseSource(`${'x'.repeat(1_000_000)} https://a.example`)).toMatchObject({ url: 'https://a.example' });
  });
});

describe('hostile TBX', () => {
  const concept = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n<conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>中试平台</term></termSec></langSec><langSec xml:lang="en"><termSec><term>pilot platform</term>${body}</termSec></langSec></conceptEntry>\n</body></text></tbx>\n`;

  it('refuses nesting 6,000 deep inside a concept with its place, instead of overflowing the stack', async () => {
    const text = concept(`<note>${'<hi>'.repeat(6000)}x${'</hi>'.repeat(6000)}</note>`);
    const error = await readTbx(text, 'deep.tbx').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/nested more than 64 elements deep/);
    expect((error as UserError).place).toMatchObject({ file: 'deep.tbx', line: 3 });
  });

  it('reads a concept with 100,000 notes without running out of call arguments', async () => {
    const { entries } = await readTbx(concept('<note>n</note>'.repeat(100_000)), 'many.tbx');
    expect(entries[0]).toMatchObject({ zh: '中试平台', en: 'pilot platform' });
  });
});
