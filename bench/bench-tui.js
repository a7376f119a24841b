// TUI keystrokes (DESIGN §6): every key typed into the search line runs one search over the
// index; with 100,000 entries it must fit in a frame (16 ms). Times the call the TUI makes per
// keystroke, searchGlossary() (parseQuerySync + lookup(), or the lint matcher for a pasted
// sentence), on the index `shuyu tui` opens from a warm cache, typing each query one key at a
// time; and the whole keystroke-to-frame (React + Ink layout) with ink-testing-library.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateGlossary, vocabulary } from './generate.js';

const ENTRIES = 100_000;
const ROUNDS = 25;
const FRAME_MS = 16;

/** Bundles the TUI's search code for Node (the sources are TypeScript) into a package-shaped folder. */
async function bundle(ROOT, dir) {
  const { build } = await import('esbuild');
  // src/paths.ts finds package.json and glossary/ one folder up from the bundle, as from dist/
  mkdirSync(join(dir, 'dist'), { recursive: true });
  copyFileSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
  if (!existsSync(join(dir, 'glossary'))) symlinkSync(join(ROOT, 'glossary'), join(dir, 'glossary'));
  const entry = join(dir, 'entry.ts');
  const src = (p) => JSON.stringify(join(ROOT, 'src', p));
  writeFileSync(
    entry,
    [
      `export { openIndex } from ${src('index/open-index.ts')};`,
      `export { searchGlossary, listDomains } from ${src('tui/search.ts')};`,
      `export { lookup, parseQuerySync } from ${src('lookup/lookup.ts')};`,
      `export { App } from ${src('tui/app.tsx')};`,
    ].join('\n'),
  );
  const outfile = join(dir, 'dist', 'bench-tui.js');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    external: ['opencc-js', 'opencc-js/*', 'pinyin-pro', 'ink', 'react', 'react/*', 'pdfkit', 'ink-testing-library', 'commander', 'yaml'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Every prefix of `text`, as typed one key (one character) at a time. */
const keystrokes = (text) => Array.from({ length: [...text].length }, (_, i) => [...text].slice(0, i + 1).join(''));

export async function run({ ROOT, OUT, median, fmt }) {
  const dir = join(OUT, 'tui');
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const m = await bundle(ROOT, dir);

  const big = join(dir, 'g100k');
  mkdirSync(big, { recursive: true });
  const yaml = join(big, 'generated.yaml');
  if (!existsSync(yaml)) writeFileSync(yaml, generateGlossary(ENTRIES, vocabulary(join(ROOT, 'glossary'))));
  const options = { paths: [big], builtin: true, cwd: ROOT, cacheDir: join(dir, 'cache') };
  await m.openIndex(options); // builds and caches
  const index = await m.openIndex(options); // as `shuyu tui --glossary g100k` opens it, cache warm

  // A generated term typed character by character, as an IME commits it.
  const generated = index.entry(index.size - 4321).zh;
  const corpus = join(ROOT, '..', 'shared', 'corpus');
  const sentence = existsSync(corpus)
    ? readdirSync(corpus)
        .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split(/(?<=。)/))
        .find((s) => s.includes('揭榜挂帅'))
        .trim()
    : '四是聚焦产业发展、城市治理技术需求,制定“揭榜挂帅”实施方案,以场景应用为牵引,构建研发机构、科技企业、行业部门协同联动的攻关机制。';
  const sequences = [
    ['pinyin initials `jbgs`', keystrokes('jbgs')],
    ['pinyin `jiebangguashuai`', keystrokes('jiebangguashuai')],
    ['English `pilot platform`', keystrokes('pilot platform')],
    [`Chinese \`${generated}\` (a generated term)`, keystrokes(generated)],
    ['Chinese `揭榜挂帅`', keystrokes('揭榜挂帅')],
    ['backspaces from `open competition`', keystrokes('open competition').reverse()],
  ];

  // The first sentence pasted builds the Chinese matcher once; time it apart.
  let t = performance.now();
  const firstPaste = m.searchGlossary(index, sentence);
  const firstPasteMs = performance.now() - t;
  if (firstPaste.mode !== 'sentence') throw new Error('bench-tui: the sentence did not turn on sentence mode');
  sequences.push([`pasting a corpus sentence (${[...sentence].length} characters, after the first)`, [sentence]]);

  const rows = [];
  const all = [];
  const perQuery = new Map();
  for (const [what, keys] of sequences) {
    const times = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of keys) {
        t = performance.now();
        const r = m.searchGlossary(index, q);
        const ms = performance.now() - t;
        times.push(ms);
        if (!perQuery.has(q)) perQuery.set(q, { ms: [], hits: r.rows.length });
        perQuery.get(q).ms.push(ms);
        if (round === 0 && q === keys[keys.length - 1] && r.rows.length === 0 && !what.startsWith('backspaces')) throw new Error(`bench-tui: no hits for ${q}`);
      }
    }
    all.push(...times);
    rows.push([what, keys.length, median(times), percentile(times, 95), Math.max(...times)]);
  }
  const slowest = [...perQuery]
    .map(([q, { ms, hits }]) => ({ q, ms: median(ms), hits }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 6);

  // Keystroke to frame: the App in ink-testing-library (100 columns, Ink in debug mode, so every
  // frame is written at once). The key's own frame comes first; the results follow the search.
  process.env.NODE_ENV ??= 'production'; // as `shuyu tui` sets it before loading React
  const { render } = await import('ink-testing-library');
  const { createElement } = await import('react');
  const app = render(createElement(m.App, { index, copy: () => {} }));
  await new Promise((r) => setTimeout(r, 50));
  const settled = () => !/ …$/.test(app.frames[app.frames.length - 1].split('\n')[0]);
  const echo = [];
  const results = [];
  for (let round = 0; round < 10; round++) {
    for (const key of ['j', 'b', 'g', 's', '\x7f', '\x7f', '\x7f', '\x7f', '揭', '榜', '\x15']) {
      const before = app.frames.length;
      t = performance.now();
      app.stdin.write(key);
      while (app.frames.length === before) await new Promise((r) => setImmediate(r));
      echo.push(performance.now() - t);
      while (!settled()) await new Promise((r) => setImmediate(r));
      results.push(performance.now() - t);
    }
  }
  app.unmount();

  const mark = (ms) => (ms < FRAME_MS ? '✓' : '✗');
  const p95 = percentile(all, 95);
  return [
    '## TUI keystroke search (100,000 entries)',
    '',
    `\`node bench/run.js tui\`: searchGlossary() (parseQuerySync + lookup(), as the TUI runs per keystroke) over the built-in glossary plus ${ENTRIES.toLocaleString('en-US')} generated entries (${index.size.toLocaleString('en-US')} in all), opened from a warm cache; each query typed one key at a time, ${ROUNDS} rounds.`,
    '',
    '| typing | keys | median | p95 | max | p95 < 16 ms |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(([what, n, med, p, max]) => `| ${what} | ${n} | ${fmt(med)} | ${fmt(p)} | ${fmt(max)} | ${mark(p)} |`),
    `| **all keystrokes** | ${all.length / ROUNDS} | ${fmt(median(all))} | ${fmt(p95)} | ${fmt(Math.max(...all))} | ${mark(p95)} |`,
    '',
    `First sentence pasted (builds the Chinese matcher once per session): ${fmt(firstPasteMs)}.`,
    `Slowest keystrokes (median): ${slowest.map(({ q, ms, hits }) => `\`${q}\` ${fmt(ms)} (${hits.toLocaleString('en-US')} hits)`).join(', ')}.`,
    '',
    `Keystroke to frame in the App (ink-testing-library, 100 columns; typing jbgs, four backspaces, 揭榜, Ctrl-U, 10 rounds): the key itself is drawn after median ${fmt(median(echo))} (p95 ${fmt(percentile(echo, 95))}); the results, which follow the search, after median ${fmt(median(results))} (p95 ${fmt(percentile(results, 95))}).`,
  ].join('\n');
}
