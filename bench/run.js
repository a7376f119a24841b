// npm run bench: the performance targets of DESIGN §6, measured as ratios taken in one run
// (these machines are noisy, so each ratio compares runs interleaved in the same minutes).
// Writes bench/RESULTS.md. Usage: node bench/run.js [name...]  (default: all benchmarks)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateGlossary, vocabulary } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out');
const BIN = join(ROOT, 'bin', 'shuyu.js');
mkdirSync(OUT, { recursive: true });

// NODE_EXTRA_CA_CERTS adds ~65 ms to every node start on these machines (DESIGN §8): unset for both sides.
const env = { ...process.env, SHUYU_CACHE_DIR: join(OUT, 'cache') };
delete env.NODE_EXTRA_CA_CERTS;

function timeOnce(cmd, args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs the commands interleaved, `runs` times each, and returns their medians in ms. */
function race(commands, runs) {
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) commands.forEach(([cmd, args], k) => times[k].push(timeOnce(cmd, args)));
  return times.map(median);
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const sections = [];

const benchmarks = {
  lookup() {
    const vocab = vocabulary(join(ROOT, 'glossary'));
    const big = join(OUT, 'g100k');
    rmSync(big, { recursive: true, force: true });
    mkdirSync(big, { recursive: true });
    writeFileSync(join(big, 'generated.yaml'), generateGlossary(100_000, vocab));
    const builtin = ['lookup', '揭榜挂帅'];
    const large = ['lookup', '揭榜挂帅', '--glossary', big];
    // warm the cache for both glossaries
    timeOnce(process.execPath, [BIN, ...builtin]);
    timeOnce(process.execPath, [BIN, ...large]);
    const runs = 40;
    const [node0, small, hundredK] = race(
      [
        [process.execPath, ['-e', '0']],
        [process.execPath, [BIN, ...builtin]],
        [process.execPath, [BIN, ...large]],
      ],
      runs,
    );
    sections.push(
      [
        '## lookup start-up (warm cache)',
        '',
        `Median of ${runs} interleaved runs each, NODE_EXTRA_CA_CERTS unset for all.`,
        '',
        '| command | median | ratio to `node -e 0` | target |',
        '| --- | --- | --- | --- |',
        `| \`node -e 0\` | ${fmt(node0)} | 1.00× | |`,
        `| \`shuyu lookup 揭榜挂帅\` (built-in glossary) | ${fmt(small)} | ${(small / node0).toFixed(2)}× | ≤ 2.5× ${small / node0 <= 2.5 ? '✓' : '✗'} |`,
        `| \`shuyu lookup 揭榜挂帅 --glossary g100k\` (100,000 more entries) | ${fmt(hundredK)} | ${(hundredK / node0).toFixed(2)}× | ≤ 4× ${hundredK / node0 <= 4 ? '✓' : '✗'} |`,
      ].join('\n'),
    );
  },
};

// Each bench/bench-NAME.js exports `run(tools)` returning its Markdown section (async allowed).
for (const file of readdirSync(join(ROOT, 'bench')).filter((f) => /^bench-.+\.js$/.test(f)).sort()) {
  const name = file.slice('bench-'.length, -'.js'.length);
  const mod = await import(join(ROOT, 'bench', file));
  benchmarks[name] = async () => sections.push(await mod.run({ ROOT, OUT, BIN, env, timeOnce, race, median, fmt }));
}

// Sections of benchmarks not run this time are kept from the previous RESULTS.md.
const results = new Map();
const resultsFile = join(ROOT, 'bench', 'RESULTS.md');
if (existsSync(resultsFile)) {
  for (const block of readFileSync(resultsFile, 'utf8').split(/(?=<!-- bench:)/).slice(1)) {
    const name = /^<!-- bench:(\S+)/.exec(block)?.[1];
    if (name) results.set(name, block.trim());
  }
}
const wanted = process.argv.slice(2);
for (const [name, fn] of Object.entries(benchmarks)) {
  if (wanted.length && !wanted.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  const before = sections.length;
  await fn();
  results.set(name, `<!-- bench:${name} (${new Date().toISOString().slice(0, 10)}) -->\n${sections.slice(before).join('\n\n')}`);
}

const cpu = spawnSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).stdout.trim();
const report = [
  '# Benchmark results',
  '',
  `Made by \`npm run bench\` (or \`node bench/run.js NAME\` for one benchmark; each section says when it last ran), Node ${process.version}, ${cpu || 'unknown CPU'}, ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores.`,
  'Each ratio is taken within one run, its two sides interleaved; absolute times vary between machines and minutes.',
  '',
  ...[...results.values()].flatMap((s) => [s, '']),
].join('\n');
writeFileSync(resultsFile, report);
process.stdout.write(report);
