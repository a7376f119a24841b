// Parsing and layering glossary files (DESIGN §1 "Layers").
import { UserError } from '../errors.js';
import { decodeText } from '../read/decode.js';
import { normalizeChinese } from '../text/script.js';
import type { Layer } from './files.js';
import type { Entry, Glossary, GlossaryFile } from './model.js';
import { parseGlossaryFile, type GlossaryProblem } from './validate.js';

export interface LoadResult {
  glossary: Glossary;
  problems: GlossaryProblem[];
}

/**
 * Parses, validates and layers glossary files. Within a layer, two entries with the same
 * identity, or a `zh_also` that is another entry's term, are errors; across layers, a later
 * entry replaces an earlier one with the same identity. Returns every problem; throws only
 * for unreadable bytes.
 */
export function loadLayers(layers: Layer[]): LoadResult {
  const problems: GlossaryProblem[] = [];
  const files: GlossaryFile[] = [];
  const merged = new Map<string, Entry>();
  for (const layer of layers) {
    const own = new Map<string, Entry>();
    const also = new Map<string, Entry>();
    for (const source of layer.sources) {
      let text: string;
      try {
        text = decodeText(source.bytes, source.path);
      } catch (error) {
        if (error instanceof UserError && error.place) {
          problems.push({ severity: 'error', message: error.message, at: error.place, ...(error.hint ? { hint: error.hint } : {}) });
          continue;
        }
        throw error;
      }
      const parsed = parseGlossaryFile(source.path, text.replace(/^\uFEFF/, ''));
      files.push(parsed.file);
      for (const p of parsed.problems) problems.push(p); // 200,000 warnings are no call's arguments
      for (const entry of parsed.entries) {
        const dup = own.get(entry.id);
        if (dup) {
          problems.push({
            severity: 'error',
            message: `duplicate entry "${entry.zh}": same term as "${dup.zh}" at ${dup.at.file}:${dup.at.line}:${dup.at.column}`,
            at: entry.at,
            hint: 'merge the two entries; traditional and simplified forms are the same term',
          });
          continue;
        }
        const clashAlso = also.get(entry.id);
        if (clashAlso) {
          problems.push({
            severity: 'error',
            message: `"${entry.zh}" is listed in \`zh_also\` of "${clashAlso.zh}" at ${clashAlso.at.file}:${clashAlso.at.line}:${clashAlso.at.column}`,
            at: entry.at,
            hint: 'a Chinese form belongs to one entry: remove it from zh_also or merge the entries',
          });
        }
        for (const form of entry.zh_also) {
          const key = normalizeChinese(form);
          const other = own.get(key) ?? also.get(key);
          if (other && other !== entry) {
            problems.push({
              severity: 'error',
              message: `\`zh_also\` "${form}" of "${entry.zh}" collides with "${other.zh}" at ${other.at.file}:${other.at.line}:${other.at.column}`,
              at: entry.at,
              hint: 'a Chinese form belongs to one entry',
            });
          } else also.set(key, entry);
        }
        own.set(entry.id, entry);
      }
    }
    for (const [id, entry] of own) {
      merged.delete(id); // keep the later layer's position in the order too
      merged.set(id, entry);
    }
  }
  // Report in reading order: by file, then by position, as an editor would list them.
  const fileOrder = new Map(layers.flatMap((l) => l.sources).map((s, i) => [s.path, i]));
  problems.sort((a, b) => (fileOrder.get(a.at.file) ?? 0) - (fileOrder.get(b.at.file) ?? 0) || a.at.line - b.at.line || a.at.column - b.at.column);
  return { glossary: { entries: [...merged.values()], files }, problems };
}
