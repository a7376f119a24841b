// Every entry's `examples` are tests (as prh's rule specs are): a correct example must lint
// clean against the whole glossary, and an example marked `expect: RULE` must make the linter
// report RULE for its entry. `shuyu check` runs them.
import type { Diagnostic } from '../errors.js';
import type { TermIndex } from '../index/term-index.js';
import { Linter } from './lint.js';
import { defaultRuleSettings } from './rules.js';

export function checkExamples(index: TermIndex): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rules = { ...defaultRuleSettings(), 'inconsistent-term': 'off' as const };
  const linter = new Linter(index, { rules, direction: 'zh-en' });
  for (let i = 0; i < index.size; i++) {
    const entry = index.entry(i);
    entry.examples.forEach((ex, k) => {
      const found = linter.collect(() => {
        const file = linter.file(ex.at.file);
        file.unit({
          id: `${entry.zh} example ${k + 1}`,
          at: ex.at,
          segments: [
            {
              id: '1',
              variants: [
                { role: 'source', lang: 'zh', text: ex.zh, map: [{ offset: 0, line: ex.at.line, column: ex.at.column }] },
                { role: 'target', lang: 'en', text: ex.en, map: [{ offset: 0, line: ex.at.line, column: ex.at.column }] },
              ],
            },
          ],
        });
        file.finish();
      });
      const mine = found.filter((p) => p.term === entry.zh && (p.rule === 'missing-term' || p.rule === 'avoid-term'));
      const where = `example ${k + 1} of "${entry.zh}"`;
      if (ex.expect) {
        if (!mine.some((p) => p.rule === ex.expect)) {
          out.push({
            severity: 'error',
            message: `${where} expects ${ex.expect}, but the linter reported ${found.length ? found.map((p) => `${p.rule} for "${p.term}"`).join(', ') : 'nothing'}`,
            at: ex.at,
            hint: ex.expect === 'avoid-term' ? 'put one of the entry\'s en_avoid renderings in the example\'s en' : 'leave every approved rendering out of the example\'s en',
          });
        }
        return;
      }
      for (const p of found) {
        out.push({
          severity: p.severity,
          message: `${where} does not lint clean: ${p.rule}: ${p.message}`,
          at: ex.at,
          hint: p.term === entry.zh ? 'fix the example, or add its rendering to en_also' : `the example also contains "${p.term}"; use its rendering or choose another example`,
        });
      }
    });
  }
  return out;
}
