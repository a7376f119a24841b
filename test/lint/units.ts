// Builds lint units the way readers do, for tests of the rules without files.
import type { Unit, Variant } from '../../src/lint/segment.js';

export function variant(text: string, role: 'source' | 'target', lang?: string, line = 1, column = 1): Variant {
  return { role, text, map: [{ offset: 0, line, column }], ...(lang ? { lang } : {}) };
}

/** A one-segment unit: source on line n, target on line n + 1 (as in a small XLIFF). */
export function unit(id: string, source: string, target: string, langs: [string?, string?] = ['zh-CN', 'en-US'], line = 1): Unit {
  return {
    id,
    at: { file: 'test.xlf', line, column: 1 },
    segments: [{ id: '1', variants: [variant(source, 'source', langs[0], line, 9), variant(target, 'target', langs[1], line + 1, 9)] }],
  };
}
