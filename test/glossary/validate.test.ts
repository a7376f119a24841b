import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/errors.js';
import { readLayers } from '../../src/glossary/files.js';
import { loadLayers } from '../../src/glossary/load.js';
import { parseGlossaryFile } from '../../src/glossary/validate.js';
import { fixture, VALID_GLOSSARY } from '../helpers.js';

function problemsOf(...parts: string[]): string[] {
  const { problems } = loadLayers(readLayers({ paths: [fixture('glossary', ...parts)], builtin: false, cwd: fixture('glossary') }));
  return problems.map(formatDiagnostic);
}

describe('a valid glossary', () => {
  it('loads every entry with its file domain and no problems', () => {
    const { glossary, problems } = loadLayers(readLayers({ paths: [VALID_GLOSSARY], builtin: false }));
    expect(problems).toEqual([]);
    expect(glossary.entries.map((e) => e.zh)).toContain('中试平台');
    const e = glossary.entries.find((x) => x.zh === '中试平台')!;
    expect(e).toMatchObject({ domain: 'innovation-policy', status: 'approved', en_also: ['pilot testing platform', 'pilot platform'], zh_also: ['中试基地'] });
    expect(e.at).toMatchObject({ line: 6, column: 5 });
    expect(e.examples[0]!.at).toMatchObject({ line: 15, column: 9 });
  });
});

describe('validation reports every problem with its place', () => {
  const p = problemsOf('invalid', 'many-problems.yaml');

  it.each([
    ['invalid/many-problems.yaml:2:1: error: unknown file key `domian` (did you mean `domain`?)'],
    ['invalid/many-problems.yaml:6:5: error: unknown entry key `en_alsp` (did you mean `en_also`?)'],
    ['invalid/many-problems.yaml:8:5: error: duplicate entry "中試平臺": same term as "中试平台" at invalid/many-problems.yaml:4:5'],
    ['invalid/many-problems.yaml:8:9: warning: `zh` should be simplified: "中試平臺"'],
    ['invalid/many-problems.yaml:11:5: error: entry has no `zh`'],
    ['invalid/many-problems.yaml:13:5: error: entry "先投后股" has no `en`'],
    ['invalid/many-problems.yaml:18:15: error: `en_avoid` "One City Multiple Parks" is also the entry\'s `en`'],
    ['invalid/many-problems.yaml:21:9: error: `en` contains Chinese characters: "open competition 机制"'],
    ['invalid/many-problems.yaml:22:14: error: `en_also` is empty'],
    ['invalid/many-problems.yaml:23:13: error: `status` must be one of approved, draft, deprecated; got "final"'],
    ['invalid/many-problems.yaml:24:21: error: `case_sensitive` must be true or false'],
    ['invalid/many-problems.yaml:25:11: warning: `tags` should be a list'],
    ['invalid/many-problems.yaml:27:5: error: `zh_also` "中试平台" of "双城经济圈" collides with "中试平台" at invalid/many-problems.yaml:4:5'],
    ['invalid/many-problems.yaml:32:9: error: `en` is empty'],
  ])('%s', (expected) => {
    expect(p.some((line) => line.startsWith(expected))).toBe(true);
  });

  it('reports them in file order, and no more than these', () => {
    expect(p).toHaveLength(14);
    const lines = p.map((l) => Number(l.split(':')[1]));
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('reports invalid YAML with line and column and a hint', () => {
    expect(problemsOf('invalid', 'bad-yaml.yaml')[0]).toBe(
      'invalid/bad-yaml.yaml:4:9: error: invalid YAML: Nested mappings are not allowed in compact mappings (a value containing ": " needs quotes)',
    );
  });

  it('refuses aliases rather than expanding them', () => {
    expect(problemsOf('invalid', 'alias.yaml')).toEqual(['invalid/alias.yaml:9:11: error: YAML alias `*t` is not allowed in a glossary (write the value out in full)']);
  });

  it('survives an alias bomb without expanding it', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    lines.push('entries:', '  - zh: 中试平台', '    en: pilot platform', `    tags: *m`);
    const { problems } = parseGlossaryFile('bomb.yaml', lines.join('\n'));
    expect(problems.some((x) => x.message.includes('unknown file key `a`'))).toBe(true);
    expect(problems.some((x) => x.message.includes('YAML alias `*m`'))).toBe(true);
  });

  it('reports an empty file and invalid UTF-8 with the byte offset', () => {
    expect(problemsOf('invalid', 'empty.yaml')).toEqual(['invalid/empty.yaml:1:1: error: the file is empty (a glossary file needs `entries:` with at least one entry)']);
    expect(problemsOf('invalid', 'latin1.yaml')[0]).toMatch(/^invalid\/latin1\.yaml:3:9: error: invalid UTF-8 at byte 32 \(0xd6\)/);
  });

  it('reads a UTF-16 file with a byte-order mark', () => {
    const text = 'entries:\n  - zh: 中试平台\n    en: pilot platform\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { glossary, problems } = loadLayers([{ root: 'x', sources: [{ path: 'utf16.yaml', bytes }] }]);
    expect(problems).toEqual([]);
    expect(glossary.entries[0]!.zh).toBe('中试平台');
  });
});

describe('layers', () => {
  it('lets a later layer replace an entry with the same identity, even in the other script', () => {
    const base = Buffer.from('entries:\n  - zh: 中试平台\n    en: pilot platform\n');
    const over = Buffer.from('entries:\n  - zh: 中試平臺\n    en: pilot-scale testing platform\n');
    const { glossary } = loadLayers([
      { root: 'a', sources: [{ path: 'a.yaml', bytes: base }] },
      { root: 'b', sources: [{ path: 'b.yaml', bytes: over }] },
    ]);
    expect(glossary.entries).toHaveLength(1);
    expect(glossary.entries[0]!.en).toBe('pilot-scale testing platform');
  });

  it('finds duplicates across the files of one layer', () => {
    const a = Buffer.from('entries:\n  - zh: 卡脖子\n    en: chokepoint\n');
    const b = Buffer.from('entries:\n  - zh: 卡脖子\n    en: bottleneck\n');
    const { problems } = loadLayers([{ root: 'g', sources: [{ path: 'a.yaml', bytes: a }, { path: 'b.yaml', bytes: b }] }]);
    expect(problems.map(formatDiagnostic)).toEqual([
      'b.yaml:2:5: error: duplicate entry "卡脖子": same term as "卡脖子" at a.yaml:2:5 (merge the two entries; traditional and simplified forms are the same term)',
    ]);
  });
});

describe('keys are one line', () => {
  it('refuses a term or a domain written over several lines or with a tab', () => {
    const text = ['domain: |', '  two', '  lines', 'entries:', '  - zh: |', '      中试', '      平台', '    en: pilot platform', '    zh_also: ["中试\\t基地"]', '    domain: |', '      two', '      lines', ''].join('\n');
    const { problems } = parseGlossaryFile('lines.yaml', text);
    expect(problems.map(formatDiagnostic)).toEqual([
      'lines.yaml:1:9: error: `domain` must be one line without tabs (write the domain as a plain or quoted scalar)',
      'lines.yaml:5:9: error: `zh` must be one line without tabs: "中试 平台" (a term is written on one line; use a quoted or plain scalar, not a block (| or >))',
      'lines.yaml:9:14: error: `zh_also` must be one line without tabs: "中试 基地" (a term is written on one line; use a quoted or plain scalar, not a block (| or >))',
      'lines.yaml:10:13: error: `domain` must be one line without tabs: "two lines" (a term is written on one line; use a quoted or plain scalar, not a block (| or >))',
    ]);
  });
});

describe('Chinese is written without spaces', () => {
  // The note of 新质生产力 as it stood in glossary/reform-and-governance.yaml: the fold of a `>-`
  // block turned the line break after 发展新质 into a space.
  const folded = [
    'entries:',
    '  - zh: 新质生产力',
    '    en: new quality productive forces',
    '    note: >-',
    '      Official English is "new quality productive forces" (plural "forces"). Usual collocations: 发展新质',
    '      生产力 "develop new quality productive forces", 因地制宜发展新质生产力 "develop new quality',
    '      productive forces according to local conditions".',
    '',
  ].join('\n');

  it('reports a folded line that joined two Chinese characters, at the note', () => {
    const { entries, problems } = parseGlossaryFile('folded.yaml', folded);
    expect(entries[0]!.note).toContain('发展新质 生产力');
    expect(problems.map(formatDiagnostic)).toEqual([
      'folded.yaml:4:11: error: `note` has whitespace between two Chinese characters: "…ns: 发展新质 生产力 "dev…" (a folded YAML line joined two Chinese characters with a space; keep the Chinese on one line)',
    ]);
  });

  it('accepts the same note with the Chinese kept on one line, and spaces between Chinese and English', () => {
    const fixed = folded.replace('collocations: 发展新质\n      生产力', 'collocations:\n      发展新质生产力');
    expect(parseGlossaryFile('fixed.yaml', fixed).problems).toEqual([]);
  });

  it('looks in every string field: English renderings, examples, sources, lists', () => {
    const text = [
      'entries:',
      '  - zh: 科技璧山',
      '    zh_also: [科技璧山 创新璧山]',
      '    en: Sci-Tech Bishan',
      '    en_also: ["Sci-Tech Bishan (科技 璧山)"]',
      '    definition: "科技\u3000璧山"',
      '    sources:',
      '      - title: 重庆市 人民政府',
      '    examples:',
      '      - zh: |-',
      '          打造科技',
      '          璧山',
      '        en: Build a Sci-Tech Bishan.',
      '',
    ].join('\n');
    const lines = parseGlossaryFile('fields.yaml', text)
      .problems.filter((p) => p.message.includes('whitespace between two Chinese'))
      .map(formatDiagnostic);
    expect(lines).toEqual([
      'fields.yaml:3:15: error: `zh_also` has whitespace between two Chinese characters: "科技璧山 创新璧山" (Chinese is written without spaces; remove the space)',
      'fields.yaml:5:15: error: `en_also` has whitespace between two Chinese characters: "…shan (科技 璧山)" (Chinese is written without spaces; remove the space)',
      'fields.yaml:6:17: error: `definition` has whitespace between two Chinese characters: "科技 璧山" (Chinese is written without spaces; remove the space)',
      'fields.yaml:8:16: error: `sources.title` has whitespace between two Chinese characters: "重庆市 人民政府" (Chinese is written without spaces; remove the space)',
      'fields.yaml:10:13: error: `examples.zh` has whitespace between two Chinese characters: "打造科技 璧山" (a line break in a literal block (|) splits the Chinese; keep the Chinese on one line)',
    ]);
  });
});

describe('simplified terms', () => {
  it('does not ask for 创新㈠号 to be written as itself', () => {
    const text = 'entries:\n  - zh: 创新㈠号\n    en: Innovation No. 1\n';
    expect(parseGlossaryFile('circled.yaml', text).problems.map(formatDiagnostic)).toEqual([]);
  });

  it('still asks for a traditional term to be written simplified', () => {
    const text = 'entries:\n  - zh: 創新㈠號\n    en: Innovation No. 1\n';
    expect(parseGlossaryFile('circled.yaml', text).problems.map(formatDiagnostic)).toEqual([
      'circled.yaml:2:9: warning: `zh` should be simplified: "創新㈠號" (write `zh: 创新㈠号`; traditional forms are derived)',
    ]);
  });
});
