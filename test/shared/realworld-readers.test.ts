// The readers on the translation files CAT tools really write (../shared/realworld, issue 8):
// every XLIFF, TMX and PO file is read without a stack trace, yields the units MANIFEST.tsv
// counts, and maps every character back to its place. Files in other language pairs are read
// here too; refusing them is the lint command's job. The files are never copied into the repo.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readUnitBatches } from '../../src/lint/formats/detect.js';
import type { SkipReason, Unit } from '../../src/lint/segment.js';
import { misplaced } from '../lint/formats/map-check.js';

const DIR = fileURLToPath(new URL('../../../shared/realworld/', import.meta.url));

interface Row {
  file: string;
  format: string;
  units: number;
  /** XLIFF 2: MANIFEST counts "units/segments". */
  segments?: number;
}

const manifest: Row[] = readFileSync(DIR + 'MANIFEST.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const cells = line.split('\t');
    const [units, segments] = cells[6]!.split('/');
    return { file: cells[0]!, format: cells[1]!, units: Number(units), ...(segments ? { segments: Number(segments) } : {}) };
  });

const readable = manifest.filter((r) => /^(xliff|tmx|po)/.test(r.format));

interface Read {
  units: Unit[];
  skipped: Partial<Record<SkipReason, number>>;
  notUnits: Partial<Record<SkipReason, number>>;
}

const cache = new Map<string, Promise<Read>>();
function read(file: string): Promise<Read> {
  let p = cache.get(file);
  if (!p) {
    p = (async () => {
      const units: Unit[] = [];
      const skipped: Read['skipped'] = {};
      const notUnits: Read['notUnits'] = {};
      for await (const batch of readUnitBatches(DIR + file, { onSkip: (r) => (notUnits[r] = (notUnits[r] ?? 0) + 1) })) {
        for (const u of batch) {
          units.push(u);
          if (u.skip) skipped[u.skip] = (skipped[u.skip] ?? 0) + 1;
        }
      }
      return { units, skipped, notUnits };
    })();
    cache.set(file, p);
  }
  return p;
}

const text = (u: Unit, role: 'source' | 'target', segment = 0) => u.segments[segment]!.variants.find((v) => v.role === role)?.text;

describe('every XLIFF, TMX and PO file of ../shared/realworld', () => {
  it('has the files MANIFEST.tsv lists', () => {
    expect(readable.length).toBeGreaterThanOrEqual(19);
  });

  for (const row of readable) {
    describe(row.file, () => {
      it(`yields the ${row.units} units MANIFEST counts`, async () => {
        const { units } = await read(row.file);
        expect(units.length).toBe(row.units);
        if (row.segments !== undefined) expect(units.flatMap((u) => u.segments.filter((s) => !s.skip)).length).toBe(row.segments);
      });

      it('gives every unit an id, a place and a source', async () => {
        for (const u of (await read(row.file)).units) {
          expect(u.id).not.toBe('');
          expect(u.at.line).toBeGreaterThan(0);
          for (const s of u.segments) expect(s.variants.filter((v) => v.role === 'source')).toHaveLength(1);
        }
      });

      it('maps every character back to the same character in the file', async () => {
        expect(misplaced((await read(row.file)).units, DIR + row.file)).toEqual([]);
      });
    });
  }
});

describe('the traps MANIFEST.tsv names', () => {
  it('memoQ: paired codes dropped, the mq:commitinfos in a redeclared default namespace not read', async () => {
    const [u] = (await read('memoq-xliff12-zhcn-tags.xlf')).units;
    expect(text(u!, 'target')).toBe('《贸易法委员会年鉴》，第二十七卷：');
    expect(text(u!, 'source')).toContain('UNCITRAL Yearbook, vol. XXVII:');
    expect(u!.segments[0]!.variants.map((v) => v.lang)).toEqual(['en-us', 'zh-cn']);
  });

  it('MadCap Lingo: no namespace, 11 seg mrks in 7 units, 1 translate="no"', async () => {
    const { units, skipped } = await read('madcap-lingo-xliff12-zhcn-nonamespace.xlf');
    expect(units.flatMap((u) => u.segments)).toHaveLength(11);
    expect(skipped).toEqual({ 'translate-no': 1 });
  });

  it('Trados SDLXLIFF: 75 of 116 units translate="no", segments inside nested <g>', async () => {
    const { units, skipped } = await read('trados-studio-sdlxliff12-eses-groups.sdlxliff');
    expect(skipped).toEqual({ 'translate-no': 75 });
    expect(units.filter((u) => !u.skip && u.segments.some((s) => s.variants.some((v) => v.role === 'target' && v.text.trim() === ''))).length).toBeGreaterThan(0);
  });

  it('Okapi: 28 seg mrks in 21 units over 6 <file>s, targets paired by mid', async () => {
    const { units } = await read('okapi-xliff12-segsource-mrk.xlf');
    const segments = units.flatMap((u) => u.segments);
    expect(segments).toHaveLength(28);
    // the targets are untranslated copies, so a right pairing gives equal texts
    expect(segments.every((s) => s.variants[0]!.text === s.variants[1]!.text)).toBe(true);
  });

  it('24|xliff: the segment mrk inside two nested <g>', async () => {
    const [u] = (await read('24xliff-xliff12-bx-ex-mrk-inside-g.xlf')).units;
    expect(u!.segments.map((s) => s.variants.map((v) => [v.lang, v.text]))).toEqual([
      [
        ['de', 'Wie schützt man sich gegen Erdbeben?'],
        ['it', 'Wie schützt man sich gegen Erdbeben?'],
      ],
    ]);
  });

  it('Angular: INTERPOLATION <x/> codes are not text', async () => {
    const { units } = await read('angular-xliff12-zhcn-interpolation.xlf');
    expect(units.every((u) => u.segments.every((s) => s.variants.every((v) => !v.text.includes('<x'))))).toBe(true);
    expect(units[0]!.segments[0]!.variants.map((v) => v.lang)).toEqual(['en-US', 'zh-CN']);
  });

  it('XLIFF 2 everything-core: the file is translate="no" but its units say yes; one ignorable', async () => {
    const { units, skipped } = await read('oasis-xliff20-everything-core.xlf');
    expect(skipped).toEqual({});
    const tu1 = units.find((u) => u.id === 'tu1')!;
    expect(tu1.segments.map((s) => [s.id, s.skip ?? null, text(tu1, 'target', tu1.segments.indexOf(s)) ?? null])).toEqual([
      ['1', null, 'Exemple de segment.'],
      ['ignorable-1', 'ignorable', null],
      ['2', null, 'Contenu du segment.'],
    ]);
  });

  it('XLIFF 2 multi-file: the unit in the translate="no" file is skipped', async () => {
    expect((await read('okapi-xliff20-multifile-groups-ignorable.xlf')).skipped).toEqual({ 'translate-no': 1 });
  });

  it('XLIFF 2 source-only CMS export: no target variants, zh-Hans declared on the file', async () => {
    const { units } = await read('okapi-xliff20-zhhans-cms-notes.xlf');
    expect(units.every((u) => u.segments.every((s) => s.variants.length === 1))).toBe(true);
  });

  it('Alchemy Catalyst TMX in UTF-16: en-US is the source, zh-CN the target', async () => {
    const { units } = await read('alchemy-catalyst-tmx14-enus-zhcn-utf16.tmx');
    expect(units[0]!.id).toBe('1');
    expect(units[0]!.segments[0]!.variants.map((v) => [v.role, v.lang])).toEqual([
      ['source', 'en-US'],
      ['target', 'zh-CN'],
    ]);
  });

  it('Trados TMX: double-escaped &amp;lt; stays the literal text "&lt;"', async () => {
    const { units } = await read('trados-tw-tmx14-utf16-crlf.tmx');
    expect(text(units[0]!, 'source')).toBe('start &lt; of &lt; body text');
  });

  it('LISA TMX: a target tuv before the srclang tuv, xml:lang in any case', async () => {
    const { units } = await read('lisa-compkit-tmx14-inline-utf16.tmx');
    for (const u of units) expect(u.segments[0]!.variants.filter((v) => v.role === 'source').map((v) => v.lang!.toLowerCase())).toEqual(['en-us']);
  });

  it('OmegaT TMX 1.1: languages in lang=, zh-CN to ja-JP', async () => {
    const [u] = (await read('omegat-projectsave-tmx11-zhcn-ja.tmx')).units;
    expect(u!.segments[0]!.variants.map((v) => [v.role, v.lang])).toEqual([
      ['source', 'zh-CN'],
      ['target', 'ja-JP'],
    ]);
  });

  it('xz PO: 49 fuzzy units skipped, 23 obsolete entries and the header not units', async () => {
    const { skipped, notUnits, units } = await read('xz-zh_CN-fuzzy-obsolete-plural.po');
    expect(skipped).toEqual({ fuzzy: 49 });
    expect(notUnits).toEqual({ header: 1, obsolete: 23 });
    expect(units.filter((u) => u.segments.some((s) => s.variants.find((v) => v.role === 'target')?.text === '')).length).toBe(59);
    expect(units[0]!.segments[0]!.variants[1]!.lang).toBe('zh_CN');
  });

  it('django-allauth PO: msgctxt keeps "Login" and "field label|Login" apart; Language zh_Hant', async () => {
    const { units, notUnits } = await read('allauth-zh_Hant-msgctxt-plural.po');
    const ids = units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('field label|Login');
    expect(ids).toContain('Login');
    expect(notUnits).toEqual({ header: 1, obsolete: 43 });
    expect(units[0]!.segments[0]!.variants[1]!.lang).toBe('zh_Hant');
  });
});
