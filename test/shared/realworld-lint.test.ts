// Issue 8: every XLIFF, TMX and PO file in ../shared/realworld goes through `shuyu lint` as a
// user would run it. Chinese–English files: every unit is read (units = MANIFEST's count) and
// checked in the direction they declare. The others: a clear exit-2 message naming their
// languages, never a stack trace.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isChineseLang, isEnglishLang } from '../../src/text/languages.js';
import { run } from '../helpers.js';

const DIR = fileURLToPath(new URL('../../../shared/realworld/', import.meta.url));
const manifest = readFileSync(`${DIR}MANIFEST.tsv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, format, , , , , units, source, target] = line.split('\t');
    return { file: file!, format: format!, units: Number(units!.split('/')[0]), source: source!.split(' ')[0]!, target: target!.split(',')[0]! };
  })
  .filter((m) => /^(xliff|tmx|po)/.test(m.format));

describe('shuyu lint on real CAT-tool files', () => {
  it('knows every bilingual file of the folder', () => {
    const files = readdirSync(DIR).filter((f) => /\.(xlf|xliff|sdlxliff|tmx|po)$/.test(f));
    expect(files.sort()).toEqual(manifest.map((m) => m.file).sort());
  });

  for (const m of manifest) {
    const pair = (isChineseLang(m.source) && isEnglishLang(m.target)) || (isEnglishLang(m.source) && isChineseLang(m.target));
    if (pair) {
      it(`${m.file}: reads all ${m.units} units and checks them ${isChineseLang(m.source) ? 'zh→en' : 'en→zh'}`, async () => {
        const r = await run(['lint', `${DIR}${m.file}`, '--format', 'json', '--quiet']);
        expect([0, 1]).toContain(r.code);
        const { summary, problems } = JSON.parse(r.stdout);
        expect(summary.units).toBe(m.units);
        expect(summary.direction ?? 'en-zh').toBe(isChineseLang(m.source) ? 'zh-en' : 'en-zh');
        for (const p of problems) {
          expect(p.line).toBeGreaterThan(0);
          expect(p.column).toBeGreaterThan(0);
        }
      });
    } else {
      it(`${m.file}: refuses ${m.source}→${m.target} with exit 2 naming the languages`, async () => {
        const r = await run(['lint', `${DIR}${m.file}`, '--quiet']);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/is not a Chinese–English file: it declares/);
        expect(r.stderr.toLowerCase()).toContain(m.target.toLowerCase().replace('_', '-').split('-')[0]);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      });
    }
  }

  it('lints the Angular file en→zh with the built-in glossary and finds its terms', async () => {
    const r = await run(['lint', `${DIR}angular-xliff12-zhcn-interpolation.xlf`, '--format', 'json', '--quiet']);
    const { summary } = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ direction: 'en-zh', units: 201, segments: 201 });
  });

  it('skips fuzzy and obsolete PO entries and says so in the summary', async () => {
    const r = await run(['lint', `${DIR}xz-zh_CN-fuzzy-obsolete-plural.po`, '--format', 'json', '--quiet']);
    const { summary } = JSON.parse(r.stdout);
    expect(summary.skipped.fuzzy).toBeGreaterThan(0);
    const all = await run(['lint', `${DIR}xz-zh_CN-fuzzy-obsolete-plural.po`, '--format', 'json', '--quiet', '--include-fuzzy']);
    expect(JSON.parse(all.stdout).summary.skipped.fuzzy).toBeUndefined();
  });
});
