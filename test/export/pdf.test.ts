// The printed glossary, checked the way a reader's tools see it: pdftotext for the text,
// pdffonts for the fonts (poppler-utils; .ci/run installs it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromLayers } from '../../src/index/open-index.js';
import { renderPdf, type PdfOptions } from '../../src/export/pdf.js';
import { readLayers } from '../../src/glossary/files.js';
import { TermIndex, type IndexedEntry } from '../../src/index/term-index.js';
import { fixture, fixtureIndex, ROOT, tempDir } from '../helpers.js';

const dir = tempDir('shuyu-pdf-');
const OPTIONS: PdfOptions = { title: 'Western Science City', date: new Date('2026-03-01T00:00:00Z'), sources: [{ label: 'Western Science City (rich.yaml)', count: 6 }], generator: 'shuyu test' };

async function writePdf(entries: IndexedEntry[], name: string, options: Partial<PdfOptions> = {}): Promise<{ file: string; pages: number }> {
  const { stream, pages } = renderPdf(entries, { ...OPTIONS, ...options });
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat(chunks));
  return { file, pages };
}

try {
  execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
} catch {
  throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils; the README lists what npm test needs)');
}
const text = (file: string, args: string[] = []) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
/** Whitespace-free, so that words wrapped across lines still match. */
const squash = (s: string) => s.replace(/\s+/g, '');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

/** `n` entries with unique terms made of the built-in glossary's characters and words (as bench/generate.js). */
function generateGlossary(n: number): string {
  const text = readdirSync(join(ROOT, 'glossary')).map((f) => readFileSync(join(ROOT, 'glossary', f), 'utf8')).join('\n');
  const chars = [...new Set([...text.matchAll(/^\s*-?\s*zh:\s*(.+)$/gm)].flatMap((m) => [...m[1]!].filter((c) => /\p{Script=Han}/u.test(c))))];
  const words = [...new Set([...text.matchAll(/^\s*en:\s*(.+)$/gm)].flatMap((m) => m[1]!.toLowerCase().match(/[a-z]{3,}/g) ?? []))];
  let seed = 42;
  const r = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % k);
  const seen = new Set<string>();
  const lines = ['title: Generated', 'entries:'];
  while (seen.size < n) {
    const zh = Array.from({ length: 2 + r(5) }, () => chars[r(chars.length)]).join('');
    if (seen.has(zh)) continue;
    seen.add(zh);
    const en = Array.from({ length: 1 + r(4) }, () => words[r(words.length)]).join(' ');
    lines.push(`  - zh: ${zh}`, `    en: ${en} ${seen.size}`, `    note: generated entry ${seen.size}`);
  }
  return `${lines.join('\n')}\n`;
}

async function generated(n: number): Promise<IndexedEntry[]> {
  const folder = join(dir, `g${n}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'generated.yaml'), generateGlossary(n));
  return new TermIndex(await buildFromLayers(readLayers({ paths: [folder], builtin: false }))).entries();
}

describe('PDF export', () => {
  let rich: IndexedEntry[];
  let richPdf: { file: string; pages: number };
  beforeAll(async () => {
    rich = (await fixtureIndex(fixture('export', 'rich.yaml'))).entries();
    richPdf = await writePdf(rich, 'rich.pdf');
  });

  it('gives back every entry through pdftotext: Chinese in both scripts, tone-marked pinyin, English, notes', () => {
    const all = squash(text(richPdf.file));
    for (const e of rich) {
      expect(all).toContain(squash(e.zh));
      if (e.zh_hant !== e.zh) expect(all).toContain(squash(e.zh_hant));
      expect(all).toContain(squash(e.pinyin));
      expect(all).toContain(squash(e.en));
      for (const r of [...e.en_also, ...e.en_avoid]) expect(all).toContain(squash(r));
      if (e.note) expect(all).toContain(squash(e.note));
    }
    expect(all).toContain('shuāngchéngjīngjìquān'); // the file's pinyin, not the generated one
  });

  it('embeds subset fonts with Unicode maps and no base-14 font', () => {
    const fonts = execFileSync('pdffonts', [richPdf.file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const line of fonts) {
      expect(line).toMatch(/NotoSansHans/);
      expect(line).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/); // emb sub uni
    }
  });

  it('has a cover, the entries and the English index for a handful of entries', () => {
    expect(richPdf.pages).toBe(3);
    expect(pageCount(richPdf.file)).toBe(3);
    const cover = text(richPdf.file, ['-f', '1', '-l', '1']);
    expect(cover).toContain('Western Science City');
    expect(cover).toContain('6 entries');
    expect(cover).toContain('1 March 2026');
    expect(cover).toContain('Western Science City (rich.yaml)');
    const index = text(richPdf.file, ['-f', '3', '-l', '3']);
    expect(index).toContain('English index');
    expect(squash(index)).toContain(squash('West Science Town (avoid)'));
  });

  it('sorts entries by pinyin under letter headings, with guide words and page N of M', () => {
    // -raw: in the order the page was set, column by column, running head and foot last
    // (poppler's default reading order interleaves the blocks of two columns)
    const page = text(richPdf.file, ['-raw', '-f', '2', '-l', '2']);
    const body = page.slice(0, page.indexOf('动能转换 – 中试平台'));
    const order = ['动能转换', '软件', '双城经济圈', '西部科学城', '一城多园', '中试平台'].map((zh) => body.indexOf(zh));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const letter of ['D', 'R', 'S', 'X', 'Y', 'Z']) expect(page).toMatch(new RegExp(`^${letter}$`, 'm'));
    expect(page).toContain('动能转换 – 中试平台');
    expect(page).toContain('page 2 of 3');
  });

  it('marks the status of draft and deprecated entries', () => {
    const page = text(richPdf.file, ['-f', '2', '-l', '2']);
    expect(page).toContain('DRAFT');
    expect(page).toContain('DEPRECATED');
  });

  it('lays out 200 entries on a sensible number of pages, each on its page in the index', async () => {
    const entries = await generated(200);
    const { file, pages } = await writePdf(entries, 'g200.pdf');
    // about 20 entries a page in two columns, plus the cover and the index
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(20);
    const all = squash(text(file));
    for (const e of entries) {
      expect(all).toContain(squash(e.zh));
      expect(all).toContain(squash(e.en));
    }
    // the index gives the page the entry is on
    const first = entries.find((e) => e.en.split(' ').length >= 2)!;
    const indexText = text(file, ['-f', String(pages - 2), '-l', String(pages)]);
    const m = new RegExp(`${first.zh}\\s+(\\d+)`).exec(indexText.replace(/\n/g, ' '));
    expect(m).not.toBeNull();
    expect(squash(text(file, ['-f', m![1]!, '-l', m![1]!]))).toContain(squash(first.zh));
  });

  it('runs a note longer than a column on into the next one, keeping all its text', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Sentence ${i + 1} of a very long usage note that keeps going.`).join(' ');
    const e = { ...rich[0]!, note: long };
    const { file, pages } = await writePdf([e, ...rich.slice(1)], 'long.pdf');
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(squash(text(file, ['-raw']))).toContain(squash(long));
  });

  it('reports progress while laying out, ending with all done', async () => {
    const calls: [number, number][] = [];
    await writePdf(rich, 'progress.pdf', { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([6, 6]);
  });

  it('names characters the font cannot draw', () => {
    const e = { ...rich[0]!, zh: '西部𠀀科学城', note: 'plain' };
    expect(renderPdf([e], OPTIONS).missingGlyphs).toEqual(['𠀀']);
    expect(renderPdf(rich, OPTIONS).missingGlyphs).toEqual([]);
  });

  it('breaks a headword wider than the column over lines', async () => {
    const slogan = { ...rich[0]!, zh: '科技是第一生产力人才是第一资源创新是第一动力科技是第一生产力', zh_hant: '科技是第一生產力人才是第一資源創新是第一動力科技是第一生產力' };
    const { file } = await writePdf([slogan], 'slogan.pdf');
    expect(squash(text(file))).toContain(squash(slogan.zh));
  });
});
