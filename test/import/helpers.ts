// Helpers for the import tests: the real derivations, and a glossary's entries as plain data
// without positions, so that an original and a re-imported glossary can be compared.
import { readFileSync } from 'node:fs';
import type { Entry } from '../../src/glossary/model.js';
import { loadLayers } from '../../src/glossary/load.js';
import { buildImport, readInput, type ImportFormat, type ImportOptions, type ImportResult } from '../../src/import/import-glossary.js';
import type { Derivations } from '../../src/import/reconcile.js';
import { derivePinyin } from '../../src/text/pinyin.js';
import { toTraditional } from '../../src/text/traditional.js';

export async function derivations(): Promise<Derivations> {
  return { traditional: await toTraditional(), pinyin: derivePinyin };
}

/** Reads and converts `text` as `shuyu import` would, to a new file. */
export async function importText(text: string, file: string, format: ImportFormat, options: Partial<ImportOptions> = {}): Promise<ImportResult> {
  return buildImport(await readInput(text, file, format), { derive: await derivations(), output: 'out.yaml', ...options });
}

/** The entries of glossary YAML text, positions left out; throws on any error `check` would report. */
export function entriesOfYaml(yaml: string, path = 'out.yaml'): Omit<Entry, 'at' | 'id'>[] {
  const { glossary, problems } = loadLayers([{ root: path, sources: [{ path, bytes: new TextEncoder().encode(yaml) }] }]);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new Error(`invalid YAML:\n${errors.map((e) => `${e.at.line}: ${e.message}`).join('\n')}\n${yaml}`);
  return glossary.entries.map(plain);
}

export function entriesOfFile(file: string): Omit<Entry, 'at' | 'id'>[] {
  return entriesOfYaml(readFileSync(file, 'utf8'), file);
}

function plain(e: Entry): Omit<Entry, 'at' | 'id'> {
  const { at: _at, id: _id, examples, ...rest } = e;
  return { ...rest, examples: examples.map(({ at: _x, ...x }) => x) as Entry['examples'] };
}
