import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/errors.js';
import { langFromPath, readPoBatches } from '../../../src/lint/formats/po.js';
import type { SkipReason, Unit } from '../../../src/lint/segment.js';
import { placeOf } from '../../../src/read/position.js';
import { collect, fixture } from '../../helpers.js';
import { misplaced, physical, textAt } from './map-check.js';

const PO = fixture('lint', 'po', 'zh_CN.po');
const DJANGO = fixture('lint', 'po', 'zh_Hant', 'LC_MESSAGES', 'django.po');


describe('gettext PO (msgctxt, plural, fuzzy, obsolete, escapes)', async () => {
  const skipped: [SkipReason, Place][] = [];
  const units = await collect(readPoBatches(PO, { onSkip: (reason, at) => skipped.push([reason, at]) }));
  const byId = (id: string) => units.find((u) => u.id === id)!;

  it('yields every entry but the header and the obsolete ones (msgfmt: 6 translated, 1 fuzzy, 1 untranslated)', () => {
    expect(units).toHaveLength(8);
  });

  it('reports the header and obsolete #~ entries as read but not units', () => {
    expect(skipped.map(([r, at]) => [r, at.line])).toEqual([
      ['header', 4],
      ['obsolete', 59],
      ['obsolete', 64],
    ]);
  });

  it('reads msgid as the source and msgstr as the target in the header’s Language', () => {
    const u = byId('Innovation is the primary driving force of development.');
    expect(u.segments[0]!.variants.map((v) => [v.role, v.lang, v.text])).toEqual([
      ['source', undefined, 'Innovation is the primary driving force of development.'],
      ['target', 'zh_CN', '创新是引领发展的第一动力。'],
    ]);
    expect(u.at).toEqual({ file: PO, line: 17, column: 1 });
  });

  it('keeps same-msgid entries apart by msgctxt in the id', () => {
    expect(units.filter((u) => u.segments[0]!.variants[0]!.text === 'Science City').map((u) => [u.id, u.segments[0]!.variants[1]!.text])).toEqual([
      ['menu|Science City', '科学城'],
      ['page title|Science City', '西部科学城'],
      ['Science City', '科学城'],
    ]);
  });

  it('makes a segment of each plural form, with msgid_plural as the source of forms after the first', async () => {
    const u = byId('%d high-tech zone');
    expect(u.segments.map((s) => [s.id, s.variants.map((v) => v.text)])).toEqual([['%d high-tech zone', ['%d high-tech zone', '%d 个高新区']]]);
    const [hant] = (await collect(readPoBatches(DJANGO))).filter((x) => x.id === 'one zone');
    expect(hant!.segments.map((s) => [s.id, s.variants.map((v) => v.text)])).toEqual([
      ['0', ['one zone', '%(count)s 個高新區']],
      ['1', ['%(count)s zones', '%(count)s 個高新區(複數)']],
    ]);
  });

  it('skips fuzzy entries unless asked to check them, and marks their target state', async () => {
    const id = 'Speed up building a science and technology innovation center';
    expect(byId(id).skip).toBe('fuzzy');
    expect(byId(id).segments[0]!.variants[1]!.state).toBe('fuzzy');
    const all = await collect(readPoBatches(PO, { includeFuzzy: true }));
    expect(all.find((u) => u.id === id)!.skip).toBeUndefined();
    expect(all.filter((u) => u.skip)).toHaveLength(0);
  });

  it('joins multi-line strings and decodes \\n, \\" and \\t', () => {
    const u = units[6]!;
    expect(u.id).toBe('Jointly building the "Western Science City"\nis one of the core tenets.\tSee below.');
    expect(u.segments[0]!.variants[1]!.text).toBe('合作共建"西部科学城",\n是成渝地区双城经济圈建设的核心要义之一。\t见下文。');
  });

  it('places a term after escapes and on a continuation line at its line and column', () => {
    const zh = units[6]!.segments[0]!.variants[1]!;
    const file = physical(PO);
    const city = placeOf(zh, zh.text.indexOf('西部科学城'), PO);
    expect(city).toEqual({ file: PO, line: 52, column: 8 });
    expect(textAt(file, city.line, city.column, 5)).toBe('西部科学城');
    const circle = placeOf(zh, zh.text.indexOf('双城经济圈'), PO);
    expect(circle).toEqual({ file: PO, line: 53, column: 7 });
    const after = placeOf(zh, zh.text.indexOf('见下文'), PO);
    expect(textAt(file, after.line, after.column, 3)).toBe('见下文');
  });

  it('keeps an untranslated entry with an empty target for the linter to judge', () => {
    expect(byId('High-level innovation platforms').segments[0]!.variants[1]!.text).toBe('');
  });

  it('maps every character back into the file', () => {
    expect(misplaced(units, PO)).toEqual([]);
  });

  it('yields the same units whatever the read chunk size', async () => {
    for (const chunkSize of [1, 7]) expect(await collect(readPoBatches(PO, { chunkSize }))).toEqual(units);
  });
});

describe('the target language of a PO file without a Language header', () => {
  it('comes from the locale folder (zh_Hant/LC_MESSAGES/django.po)', async () => {
    const [u] = await collect(readPoBatches(DJANGO));
    expect(u!.segments[0]!.variants[1]!.lang).toBe('zh_Hant');
  });

  it('comes from the file name (zh_CN.po, zh-TW.po) and is unknown for messages.po', () => {
    expect(langFromPath('/x/po/zh_CN.po')).toBe('zh_CN');
    expect(langFromPath('zh-TW.po')).toBe('zh-TW');
    expect(langFromPath('/x/messages.po')).toBeUndefined();
  });
});
