// Lint throughput (DESIGN §6): the corpus repeated to about 20 MB of aligned text, linted with
// glossaries of 1,000 and 100,000 entries, against GNU grep finding the same keys; doubling
// the corpus; and the English side against grep and textlint + textlint-rule-prh holding the
// same 1,000 renderings as rules.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGlossary, rng, vocabulary } from './generate.js';

const TARGET_MB = 20;

export async function run({ ROOT, OUT, BIN, env, race, fmt }) {
  const dir = join(OUT, 'lint');
  mkdirSync(dir, { recursive: true });
  const { parse } = await import('yaml');
  const { Converter } = await import('opencc-js');
  const toSimplified = Converter({ from: 'tw', to: 'cn' });

  // The built-in glossary's keys and renderings.
  const builtin = readdirSync(join(ROOT, 'glossary'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(ROOT, 'glossary', f), 'utf8')).entries);

  // Aligned text: corpus lines (two articles are traditional), each with an English line
  // carrying the renderings of the built-in terms it contains, as a finished translation would.
  const corpusDir = join(ROOT, '..', 'shared', 'corpus');
  const lines = readdirSync(corpusDir)
    .flatMap((f) => readFileSync(join(corpusDir, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => /\p{Script=Han}/u.test(l));
  const english = lines.map((l) => {
    const s = toSimplified(l);
    const found = builtin.filter((e) => [e.zh, ...(e.zh_also ?? [])].some((z) => s.includes(z)));
    return `The text discusses ${found.map((e) => e.en).join(', ') || 'regional development'} in some detail.`;
  });
  const zhFile = (mb) => join(dir, `zh-${mb}mb.txt`);
  const enFile = (mb) => join(dir, `en-${mb}mb.txt`);
  for (const mb of [TARGET_MB, 2 * TARGET_MB]) {
    if (existsSync(zhFile(mb)) && statSync(zhFile(mb)).size >= mb * 1e6) continue;
    const zh = [];
    const en = [];
    let size = 0;
    for (let i = 0; size < mb * 1e6; i = (i + 1) % lines.length) {
      zh.push(lines[i]);
      en.push(english[i]);
      size += Buffer.byteLength(lines[i]) + 1;
    }
    writeFileSync(zhFile(mb), `${zh.join('\n')}\n`);
    writeFileSync(enFile(mb), `${en.join('\n')}\n`);
  }

  // Glossaries: the built-in one plus generated entries, to 1,000 and 100,000; grep gets the same
  // keys. Once the built-in glossary passed 1,000 entries (the national vocabulary, 1,613), the
  // small glossary is the built-in one alone, and the tables say how many entries it has.
  const vocab = vocabulary(join(ROOT, 'glossary'));
  const builtinKeys = builtin.flatMap((e) => [e.zh, ...(e.zh_also ?? [])]);
  const glossaries = {};
  const SMALL = Math.max(1000, builtin.length);
  for (const total of [SMALL, 100_000]) {
    const g = join(dir, `g${total}`);
    const yaml = join(g, 'generated.yaml');
    if (!existsSync(yaml)) {
      mkdirSync(g, { recursive: true });
      writeFileSync(yaml, total > builtin.length ? generateGlossary(total - builtin.length, vocab, 7) : 'entries: []\n');
    }
    const keys = join(dir, `keys-${total}.txt`);
    const generated = (parse(readFileSync(yaml, 'utf8')).entries ?? []).map((e) => e.zh);
    writeFileSync(keys, `${[...builtinKeys, ...generated].join('\n')}\n`);
    glossaries[total] = { g, keys };
  }

  // GNU grep stops at the first match when its output is /dev/null, so it writes to a file.
  const grep = (keys, file, ...flags) => ['sh', ['-c', `LC_ALL=C grep -F -o ${flags.join(' ')} -f '${keys}' '${file}' > '${join(dir, 'grep.out')}'; true`]];
  const lint = (total, mb) => [process.execPath, [BIN, 'lint', '--source', zhFile(mb), '--target', enFile(mb), '--glossary', glossaries[total].g, '--format', 'json', '-q', '-o', join(dir, 'out.json')]];
  // warm the index caches (the first run builds and caches each index)
  for (const total of [SMALL, 100_000]) spawnSync(...lint(total, TARGET_MB), { env, stdio: 'ignore' });
  const runs = 7;
  // The floor of any Node program doing this: start, read both files, decode them (as shuyu does).
  const readOnly = [process.execPath, ['-e', `const fs = require('fs'); require('buffer').transcode(fs.readFileSync(${JSON.stringify(zhFile(TARGET_MB))}), 'utf8', 'utf16le').toString('utf16le'); new TextDecoder().decode(fs.readFileSync(${JSON.stringify(enFile(TARGET_MB))}))`]];
  const [grep1k, lint1k, grep100k, lint100k, lint1k2x, floor] = race(
    [grep(glossaries[SMALL].keys, zhFile(TARGET_MB)), lint(SMALL, TARGET_MB), grep(glossaries[100_000].keys, zhFile(TARGET_MB)), lint(100_000, TARGET_MB), lint(SMALL, 2 * TARGET_MB), readOnly],
    runs,
  );
  const segments = readFileSync(zhFile(TARGET_MB), 'utf8').split('\n').length - 1;

  // English side: renderings to avoid in an English file (2 MB), with the same 1,000 renderings
  // as shuyu's en_avoid, as grep's fixed strings and as prh rules.
  const enDir = join(dir, 'english');
  mkdirSync(enDir, { recursive: true });
  const gAvoid = join(enDir, 'g');
  mkdirSync(gAvoid, { recursive: true });
  const avoidYaml = generateGlossary(1000, vocab, 11, { avoid: true });
  writeFileSync(join(gAvoid, 'avoid.yaml'), avoidYaml);
  const avoidEntries = parse(avoidYaml).entries;
  const renderings = avoidEntries.map((e) => e.en_avoid[0]);
  writeFileSync(join(enDir, 'avoid.txt'), `${renderings.join('\n')}\n`);
  writeFileSync(
    join(enDir, 'prh.yml'),
    `version: 1\nrules:\n${avoidEntries.map((e) => `  - expected: ${e.en}\n    pattern: ${e.en_avoid[0]}\n`).join('')}`,
  );
  const r = rng(5);
  const enLines = readFileSync(enFile(TARGET_MB), 'utf8').split('\n');
  const sample = [];
  let size = 0;
  for (let i = 0; size < 2e6; i++) {
    const line = i % 50 === 0 ? `${enLines[i]} It mentions ${renderings[r(renderings.length)]} too.` : enLines[i];
    sample.push(line);
    size += line.length + 1;
  }
  const enSample = join(enDir, 'english.txt');
  writeFileSync(enSample, `${sample.join('\n')}\n`);
  const textlintDir = join(OUT, 'textlint');
  if (!existsSync(join(textlintDir, 'node_modules', '.bin', 'textlint'))) {
    mkdirSync(textlintDir, { recursive: true });
    execFileSync('npm', ['install', '--prefix', textlintDir, '--no-audit', '--no-fund', 'textlint@15', 'textlint-rule-prh@6'], { stdio: 'ignore' });
  }
  writeFileSync(join(enDir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(enDir, 'prh.yml')] } } }));
  const textlint = [join(textlintDir, 'node_modules', '.bin', 'textlint'), ['--config', join(enDir, '.textlintrc.json'), '--rules-base-directory', join(textlintDir, 'node_modules'), '--format', 'json', enSample]];
  const shuyuEn = [process.execPath, [BIN, 'lint', enSample, '--no-builtin', '--glossary', gAvoid, '--format', 'json', '-q', '-o', join(enDir, 'out.json')]];
  spawnSync(...shuyuEn, { env, stdio: 'ignore' });
  const tl = spawnSync(...textlint, { env, encoding: 'utf8', maxBuffer: 1 << 30 });
  const textlintWorks = tl.status === 0 || tl.status === 1;
  const [node0, grepEn, shuyuEnT, textlintT] = race([[process.execPath, ['-e', '0']], grep(join(enDir, 'avoid.txt'), enSample, '-i'), shuyuEn, ...(textlintWorks ? [textlint] : [])], runs);
  const enProblems = JSON.parse(readFileSync(join(enDir, 'out.json'), 'utf8')).summary.errors;

  const mb = (f) => (statSync(f).size / 1e6).toFixed(1);
  const row = (name, ms, base, target) => `| ${name} | ${fmt(ms)} | ${base ? `${(ms / base).toFixed(2)}×` : ''} | ${target ?? ''} |`;
  const ok = (v, limit) => `≤ ${limit}× ${v <= limit ? '✓' : '✗'}`;
  return [
    '## lint throughput',
    '',
    `Aligned text: the corpus lines repeated to ${mb(zhFile(TARGET_MB))} MB of Chinese (${segments.toLocaleString('en')} lines) with English lines carrying the renderings of the terms they contain. Glossaries: the built-in one (${SMALL.toLocaleString('en')} entries) and the built-in one plus generated entries, 100,000 in all. grep is \`LC_ALL=C grep -F -o -f KEYS\` over the Chinese side with the same keys. Median of ${runs} interleaved runs each, warm index cache. \`shuyu lint --source zh --target en --format json -q -o FILE\`.`,
    '',
    '| command | median | ratio | target |',
    '| --- | --- | --- | --- |',
    row(`grep, the keys of ${SMALL.toLocaleString('en')} entries`, grep1k),
    row(`shuyu lint, ${SMALL.toLocaleString('en')} entries`, lint1k, grep1k, ok(lint1k / grep1k, 3) + ' of grep'),
    row('grep, 100,000 keys', grep100k),
    row('shuyu lint, 100,000 entries', lint100k, grep100k, ok(lint100k / grep100k, 1.5) + ' of grep'),
    row(`shuyu lint, 100,000 vs ${SMALL.toLocaleString('en')} entries`, lint100k, lint1k, ok(lint100k / lint1k, 1.5)),
    row(`shuyu lint, ${SMALL.toLocaleString('en')} entries, corpus doubled (${mb(zhFile(2 * TARGET_MB))} MB)`, lint1k2x, lint1k, ok(lint1k2x / lint1k, 2)),
    row('`node -e` reading and decoding the two files, nothing more (for scale)', floor, grep1k),
    '',
    `English side: ${mb(enSample)} MB of English with 1,000 renderings to avoid (${enProblems} found by shuyu).`,
    '',
    '| command | median | shuyu is | target |',
    '| --- | --- | --- | --- |',
    `| \`LC_ALL=C grep -F -i -o -f\` | ${fmt(grepEn)} | ${(shuyuEnT / grepEn).toFixed(2)}× its time | ${ok(shuyuEnT / grepEn, 2)} |`,
    `| \`node -e 0\` (for scale: Node's own start) | ${fmt(node0)} | ${(shuyuEnT / node0).toFixed(2)}× its time | |`,
    `| shuyu lint english.txt | ${fmt(shuyuEnT)} | | |`,
    textlintWorks
      ? `| textlint + textlint-rule-prh | ${fmt(textlintT)} | ${(textlintT / shuyuEnT).toFixed(1)}× faster | ≥ 20× ${textlintT / shuyuEnT >= 20 ? '✓' : '✗'} |`
      : `| textlint + textlint-rule-prh | failed (exit ${tl.status}: ${(tl.stderr || '').split('\n')[0]}) | | |`,
  ].join('\n');
}

