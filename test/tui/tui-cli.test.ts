// `shuyu tui` and `shuyu` alone outside a terminal, and the promise that other commands never
// load Ink or React (DESIGN §5: start-up time).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, run, tempDir, VALID_GLOSSARY } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'shuyu.js');
const TRACE = fixture('tui', 'trace-imports.mjs');

/** Runs node with the import tracer; returns the exit status and the URLs of the modules loaded. */
function traced(args: string[], cache = tempDir('shuyu-cache-')): { status: number | null; stderr: string; modules: string[] } {
  const file = join(tempDir('shuyu-trace-'), 'modules.txt');
  const r = spawnSync(process.execPath, ['--import', TRACE, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '',
    env: { ...process.env, SHUYU_TRACE_IMPORTS: file, SHUYU_CACHE_DIR: cache },
  });
  let modules: string[] = [];
  try {
    modules = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    // nothing loaded through the hooks
  }
  return { status: r.status, stderr: r.stderr, modules };
}

const uiPackages = (modules: string[]) => modules.filter((u) => /\/node_modules\/(ink|react|react-reconciler|yoga-layout)\//.test(u));

describe('shuyu tui outside a terminal', () => {
  it('says it needs a terminal, points to lookup, and exits 2', async () => {
    const r = await run(['tui', '--no-builtin', '--glossary', VALID_GLOSSARY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('needs a terminal');
    expect(r.stderr).toContain('shuyu lookup QUERY');
    expect(r.stdout).toBe('');
  });

  it('prints the help for shuyu alone, and lists the tui command', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: shuyu');
    expect(r.stdout).toMatch(/tui \[query\.\.\.\]\s+the terminal UI/);
  });

  it('exits 2 with the message and no stack trace from the real binary when piped', () => {
    const r = spawnSync(process.execPath, [BIN, 'tui', '--no-builtin', '--glossary', VALID_GLOSSARY], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('shuyu lookup QUERY');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('loading Ink and React', () => {
  it('is seen by the tracer when a program imports ink (the check below can fail)', () => {
    const r = traced(['--input-type=module', '-e', "await import('ink')"]);
    expect(r.status).toBe(0);
    expect(uiPackages(r.modules).some((u) => u.includes('/node_modules/ink/'))).toBe(true);
  });

  it('does not happen for shuyu lookup', () => {
    const r = traced([BIN, 'lookup', '揭榜挂帅', '--no-builtin', '--glossary', VALID_GLOSSARY]);
    expect(r.status).toBe(0);
    expect(r.modules.some((u) => u.endsWith('/dist/shuyu.js'))).toBe(true);
    expect(uiPackages(r.modules)).toEqual([]);
  });

  it('does not happen for shuyu tui when it is not on a terminal', () => {
    const r = traced([BIN, 'tui', '--no-builtin', '--glossary', VALID_GLOSSARY]);
    expect(r.status).toBe(2);
    expect(uiPackages(r.modules)).toEqual([]);
  });
});

describe('a lookup on a warm cache', () => {
  // the YAML parser is bundled into a chunk of dist/; the others stay packages
  const heavy = (modules: string[]) =>
    modules.filter((u) => /\/node_modules\/(opencc-js|pinyin-pro|yaml)\//.test(u) || (u.includes('/dist/') && readFileSync(new URL(u), 'utf8').includes('YAMLParseError')));
  const lookup = (query: string, cache: string) => traced([BIN, 'lookup', query, '--no-builtin', '--glossary', VALID_GLOSSARY], cache);

  it('loads neither the YAML parser, OpenCC nor pinyin-pro, which the cold one needs (so the check can fail)', () => {
    const cache = tempDir('shuyu-cache-');
    const cold = lookup('揭榜挂帅', cache);
    expect(cold.status).toBe(0);
    expect(heavy(cold.modules).length).toBeGreaterThan(0);
    const warm = lookup('揭榜挂帅', cache);
    expect(warm.status).toBe(0);
    expect(heavy(warm.modules)).toEqual([]);
  });
});
