// The worst inputs issue 18 found, as fixed cases through the CLI, beside the fuzz suite
// (fuzz.test.ts): each must end in its exit code without a stack trace.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir, VALID_GLOSSARY } from '../helpers.js';

const STACK = /\n\s+at /;

/**
 * The worst inputs issue 18 found, as fixed cases through the CLI. Two more are tested where
 * they belong and not repeated here: the 6,000-letter lookup query (test/cli/lookup-cli.test.ts,
 * "refuses a 6,000-letter query…") and the PO msgctxt carrying ESC ]52 … BEL ESC[2J
 * (test/cli/hostile-output.test.ts, "a hostile PO file"). The readers' own tests cover the
 * CSV cell and the TBX nesting below the CLI (test/import/read-delimited.test.ts,
 * test/import/read-tbx.test.ts), and isProse the data: URI (test/lint/precision.test.ts).
 */
describe('the worst inputs of issue 18, as fixed cases', () => {
  const write = (name: string, text: string) => {
    const file = join(tempDir('shuyu-fuzz-'), name);
    writeFileSync(file, text);
    return file;
  };

  it('lints a 290 KB XLIFF whose unit is one base64 data: URI, with exit 0 and no stack trace', async () => {
    const uri = 'data:image/png;base64,' + 'iVBORw0KGgoAAAANSUhEUgAA'.repeat(6000);
    const file = write(
      'datauri.xlf',
      `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="zh-CN" target-language="en" datatype="plaintext" original="a"><body>\n<trans-unit id="1"><source>${uri}</source><target>${uri}</target></trans-unit>\n</body></file></xliff>\n`,
    );
    const r = await run(['lint', file, '--no-builtin', '--glossary', VALID_GLOSSARY, '-q', '-f', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).problems).toEqual([]);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('checks and looks up a glossary whose zh is 国家创新体系 followed by 50,000 letters, with exit 0', async () => {
    const file = write('long.yaml', `entries:\n  - zh: 国家创新体系${'a'.repeat(50_000)}\n    en: national innovation system\n`);
    const check = await run(['check', '--no-builtin', file]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('1 entries');
    const lookup = await run(['lookup', '国家创新体系', '--no-builtin', '--glossary', file, '--json']);
    expect(lookup.code).toBe(0);
    expect(JSON.parse(lookup.stdout)[0].en).toBe('national innovation system');
    expect(check.stderr + lookup.stderr).not.toMatch(STACK);
  }, 60_000);

  it('imports a CSV cell of 200,000 ;-separated renderings into a file, with exit 0', async () => {
    const renderings = Array.from({ length: 200_000 }, (_, i) => `pilot platform ${i}`).join(';');
    const file = write('wide.csv', `zh,en,en_also\n中试平台,pilot-scale testing platform,"${renderings}"\n`);
    const out = join(tempDir('shuyu-fuzz-'), 'wide.yaml');
    const r = await run(['import', file, '-o', out, '-q']);
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).not.toMatch(STACK);
  }, 60_000);

  it('refuses a TBX with 6,000 nested <hi> in a <term> with exit 2 and its place, and writes nothing', async () => {
    const file = write(
      'deep.tbx',
      `<?xml version="1.0" encoding="UTF-8"?>\n<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n<conceptEntry id="c1"><langSec xml:lang="zh"><termSec><term>中试平台</term></termSec></langSec><langSec xml:lang="en"><termSec><term>${'<hi>'.repeat(6000)}pilot platform${'</hi>'.repeat(6000)}</term></termSec></langSec></conceptEntry>\n</body></text></tbx>\n`,
    );
    const out = join(tempDir('shuyu-fuzz-'), 'deep.yaml');
    const r = await run(['import', file, '-o', out, '-q']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shuyu: \S*deep\.tbx:3:\d+: <hi> is nested more than 64 elements deep inside a concept\n/);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  });
});
