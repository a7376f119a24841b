// Text from strangers' files never reaches the terminal as a command (issue 18): a PO file
// whose msgctxt carries OSC 52 (clipboard), CSI 2J (clear screen) and OSC 0 (window title),
// and a glossary entry carrying the same, through every text output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detailLines } from '../../src/tui/detail-lines.js';
import { fixtureIndex, run, tempDir, VALID_GLOSSARY } from '../helpers.js';

const ESCAPES = '\u001b]52;c;cm0gLXJmIH4K\u0007\u001b[2J\u001b]0;owned\u0007\u009b2J\u202e';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

function hostilePo(): string {
  const dir = tempDir();
  const file = join(dir, 'zh_CN.po');
  writeFileSync(
    file,
    [
      'msgid ""',
      'msgstr ""',
      '"Language: zh_CN\\n"',
      '"Content-Type: text/plain; charset=UTF-8\\n"',
      '',
      `msgctxt "menu${ESCAPES}"`,
      'msgid "Build a pilot-scale testing platform"',
      'msgstr "建设一个测试基地"',
      '',
    ].join('\n'),
  );
  return file;
}

const G = ['--no-builtin', '--glossary', VALID_GLOSSARY];

describe('a hostile PO file', () => {
  it.each(['stylish', 'csv', 'github'])('shows its control characters as escapes in %s output', async (format) => {
    const r = await run(['lint', hostilePo(), ...G, '--format', format, '--direction', 'en-zh']);
    expect(r.code).toBe(1);
    // the segment id is in stylish and csv; github annotations carry the place and message only
    if (format !== 'github') expect(r.stdout).toContain('menu\\x1b]52;c;');
    expect(r.stdout.replace(/\r\n/g, '\n')).not.toMatch(RAW); // csv rows end in CRLF
    expect(r.stderr).not.toMatch(RAW);
  });

  it.each(['json', 'sarif'])('escapes them in %s, which still parses back to the id', async (format) => {
    const r = await run(['lint', hostilePo(), ...G, '--format', format, '--direction', 'en-zh']);
    expect(r.stdout).not.toMatch(RAW);
    const parsed = JSON.parse(r.stdout);
    const ids = format === 'json' ? parsed.problems.map((p: { segment: string }) => p.segment) : parsed.runs[0].results.map((x: { properties: { segment: string } }) => x.properties.segment);
    expect(ids).toContain(`menu${ESCAPES}|Build a pilot-scale testing platform`);
  });
});

describe('a hostile glossary', () => {
  const glossary = () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'terms.yaml'),
      ['entries:', '  - zh: 中试平台', `    en: "pilot platform${ESCAPES.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\u009b/g, '\\x9b').replace(/\u202e/g, '\\u202e')}"`, '    note: "a note"', ''].join('\n'),
    );
    return dir;
  };

  it('is refused by check, with the place and the character shown as an escape', async () => {
    const r = await run(['check', '--no-builtin', glossary()]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/terms\.yaml:3:9: error: `en` holds a control character \(\\x1b\) at character 15/);
    expect(r.stdout).not.toMatch(RAW);
  });

  it('stops lookup with exit 2 and prints nothing raw', async () => {
    const r = await run(['lookup', '中试平台', '--no-builtin', '--glossary', glossary()]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('draws nothing raw in the TUI details, even for an entry built around the checker', async () => {
    const index = await fixtureIndex();
    const entry = { ...index.entry(0), en: `pilot${ESCAPES}`, note: `note${ESCAPES}`, sources: [{ title: `t${ESCAPES}`, url: `https://example.org/${ESCAPES}` }] };
    const text = detailLines(entry, 80).flatMap((line) => line.map((s) => s.text)).join('\n');
    expect(text).toContain('pilot\\x1b]52');
    expect(text).not.toMatch(RAW);
  });
});

describe('a PO parse error on a hostile line', () => {
  it('quotes a short excerpt with its controls shown, not 5 MB of escapes', async () => {
    const dir = tempDir();
    const file = join(dir, 'bad.po');
    writeFileSync(file, `msgid "x"\nmsgstr "y"\n\n${ESCAPES}${'\u001b[2J'.repeat(1_000_000)}\n`);
    const r = await run(['lint', file, ...G]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.po:4:1: unexpected "\\x1b\]52;c;/);
    expect(r.stderr.length).toBeLessThan(600);
    expect(r.stderr).not.toMatch(RAW);
  });
});
