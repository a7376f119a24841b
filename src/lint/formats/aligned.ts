// Plain text: two files aligned line by line (`--source zh.txt --target en.txt`), and a
// monolingual English translation (.txt, .md) where only avoid-term applies (DESIGN §3).
import { UserError } from '../../errors.js';
import type { Unit } from '../segment.js';
import { countLines, flatten, readLines, type Line } from './read-text.js';
import { TextBuilder } from './text-builder.js';

/**
 * Reads two plain-text files as units, line i of the source with line i of the target: unit
 * and segment id are the 1-based line number. The target variant carries `file` (its own
 * file); neither declares a language. Files whose line counts differ are refused before any
 * unit is yielded (UserError naming both counts); a final line break does not start a line.
 */
export function readAligned(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit> {
  return flatten(readAlignedBatches(sourcePath, targetPath, options));
}

/** readAligned, a batch of units per chunk read (fewer awaits: 20 MB of text is 55,000 lines). */
export async function* readAlignedBatches(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  const [sourceCount, targetCount] = await Promise.all([countLines(sourcePath), countLines(targetPath)]);
  if (sourceCount !== targetCount) {
    throw new UserError(
      `the files are not aligned: ${sourcePath} has ${sourceCount} line${sourceCount === 1 ? '' : 's'}, ${targetPath} has ${targetCount}`,
      undefined,
      'aligned files need one line per segment on both sides, with the same number of lines',
    );
  }
  const targets = readLines(targetPath, options)[Symbol.asyncIterator]();
  let pending: Line[] = [];
  let at = 0;
  for await (const batch of readLines(sourcePath, options)) {
    const units: Unit[] = [];
    for (const s of batch) {
      if (at === pending.length) {
        const next = await targets.next();
        // the counts matched; a file that changed while being read ends here
        if (next.done) throw new UserError(`${targetPath} changed while it was read`);
        pending = next.value;
        at = 0;
      }
      const t = pending[at++]!;
      const id = String(s.line);
      units.push({
        id,
        at: { file: sourcePath, line: s.line, column: 1 },
        segments: [
          {
            id,
            variants: [
              { role: 'source', text: s.text, map: [{ offset: 0, line: s.line, column: 1 }] },
              { role: 'target', text: t.text, map: [{ offset: 0, line: t.line, column: 1 }], file: targetPath },
            ],
          },
        ],
      });
    }
    yield units;
  }
}

/**
 * Reads a monolingual English text (.txt, .md) as units, one per paragraph (lines up to a
 * blank line): id is the paragraph's first line, the one variant is a target with no language,
 * its lines joined by \n. In Markdown, fenced code blocks and front matter are not text.
 */
export function readEnglishText(file: string, options: { markdown?: boolean; chunkSize?: number } = {}): AsyncGenerator<Unit> {
  return flatten(readEnglishTextBatches(file, options));
}

/** readEnglishText, a batch of units per chunk read. */
export async function* readEnglishTextBatches(file: string, options: { markdown?: boolean; chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  let para: TextBuilder | undefined;
  let first = 0;
  let fence: string | undefined;
  let frontMatter = false;
  const units: Unit[] = [];
  const end = (): void => {
    if (!para) return;
    const id = String(first);
    units.push({ id, at: { file, line: first, column: 1 }, segments: [{ id, variants: [para.variant('target', undefined)] }] });
    para = undefined;
  };
  for await (const batch of readLines(file, options)) {
    for (const { text, line } of batch) {
      if (options.markdown) {
        if (line === 1 && text === '---') {
          frontMatter = true;
          continue;
        }
        if (frontMatter) {
          if (text === '---' || text === '...') frontMatter = false;
          continue;
        }
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(text)?.[1];
        if (fence) {
          if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
          continue;
        }
        if (f) {
          end();
          fence = f;
          continue;
        }
      }
      if (text.trim() === '') {
        end();
        continue;
      }
      if (!para) {
        para = new TextBuilder({ line, column: 1 });
        first = line;
      } else para.addSynthetic('\n');
      para.addAt(text, line, 1);
    }
    if (units.length) yield units.splice(0);
  }
  end();
  if (units.length) yield units;
}
