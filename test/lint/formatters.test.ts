import { describe, expect, it } from 'vitest';
import { Linter, type LintResult } from '../../src/lint/lint.js';
import { FORMATTERS } from '../../src/lint/report/formatters.js';
import { defaultRuleSettings } from '../../src/lint/rules.js';
import { COLOR, PLAIN } from '../../src/style.js';
import { fixtureIndex } from '../helpers.js';
import { unit } from './units.js';

async function result(): Promise<LintResult> {
  const linter = new Linter(await fixtureIndex(), { rules: defaultRuleSettings() });
  const f = linter.file('out/zh-en, v2.xlf');
  f.unit(unit('12', '成都高新區認定首批21家中試平臺', 'Chengdu accredited 21 pilot bases.', undefined, 40));
  f.unit(unit('13', '破解“卡脖子”难题', '=solve the stuck neck problems', undefined, 42));
  f.unit(unit('14', '重庆', 'Chongqing 两江新区', undefined, 44));
  f.finish();
  return linter.result();
}
const opts = { style: PLAIN, version: '0.1.0' };

describe('lint output formats', () => {
  it('json has the DESIGN §3 shape', async () => {
    const json = JSON.parse(FORMATTERS.json(await result(), opts));
    expect(json.problems[0]).toEqual({
      rule: 'missing-term',
      severity: 'error',
      file: 'out/zh-en, v2.xlf',
      segment: '12',
      line: 40,
      column: 21,
      term: '中试平台',
      expected: ['pilot-scale testing platform', 'pilot testing platform', 'pilot platform'],
      found: null,
      message: '"中試平臺" (中试平台) should be rendered "pilot-scale testing platform", "pilot testing platform" or "pilot platform"',
    });
    expect(json.summary).toEqual({ files: 1, units: 3, segments: 3, terms: 3, skipped: {}, direction: 'zh-en', errors: 2, warnings: 1 });
  });

  it('stylish groups by file, shows place, severity, message and rule, and sums up', async () => {
    const text = FORMATTERS.stylish(await result(), opts);
    const lines = text.split('\n');
    expect(lines[0]).toBe('out/zh-en, v2.xlf');
    expect(lines[1]).toMatch(/^ {2}40:21 +error +"中試平臺" \(中试平台\) should be rendered .* missing-term \[12\]$/);
    expect(text).toContain('✗ 2 errors, 1 warning in 3 segments of 1 file (zh-en)');
    expect(FORMATTERS.stylish(await result(), { ...opts, style: COLOR })).toContain('\x1b[31m');
  });

  it('sarif is SARIF 2.1.0 with rules and physical locations', async () => {
    const sarif = JSON.parse(FORMATTERS.sarif(await result(), opts));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['missing-term', 'avoid-term', 'inconsistent-term', 'untranslated']);
    expect(run.results[1]).toMatchObject({
      ruleId: 'avoid-term',
      ruleIndex: 1,
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'out/zh-en%2C%20v2.xlf' }, region: { startLine: 43, startColumn: 20 } } }],
    });
  });

  it('github annotations escape the properties and the message', async () => {
    const lines = FORMATTERS.github(await result(), opts).trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^::error file=out\/zh-en%2C v2\.xlf,line=40,col=21,title=shuyu missing-term::"中試平臺"/);
    expect(lines[2]).toMatch(/^::warning .*title=shuyu untranslated::Chinese characters are left in the English target$/);
  });

  it('csv has a header, quotes fields and neutralises formula-like cells', async () => {
    const rows = FORMATTERS.csv(await result(), opts).split('\r\n');
    expect(rows[0]).toBe('file,segment,line,column,severity,rule,term,expected,found,message');
    expect(rows[1]).toMatch(/^"out\/zh-en, v2\.xlf",12,40,21,error,missing-term,中试平台,pilot-scale testing platform \| pilot testing platform \| pilot platform,,/);
    expect(rows[2]).toContain(',stuck neck,');
    // the untranslated target starts with nothing formula-like; a found value starting with = would be prefixed
    expect(FORMATTERS.csv({ ...(await result()), problems: [{ ...(await result()).problems[0]!, found: '=HYPERLINK("x")' }] }, opts)).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
