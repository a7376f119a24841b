// Plain text: two files aligned line by line (`--source zh.txt --target en.txt`), and a
// monolingual English translation (.txt, .md) where only avoid-term applies (DESIGN §3).
import { UserError } from '../../errors.js';
import { variantOf, type Unit } from '../segment.js';
import { readLineChunks, readLines, type LineChunk } from '../../read/read-lines.js';
import { TextBuilder } from '../../read/text-builder.js';

/**
 * Reads two plain-text files as units, line i of the source with line i of the target, a batch
 * per chunk read (fewer awaits: 20 MB of text is 55,000 lines): unit and segment id are the
 * 1-based line number. The target variant carries `file` (its own file); neither declares a
 * language. Files whose line counts differ are a UserError naming both counts, found when the
 * shorter one ends (lint writes nothing then); a final line break does not start a line.
 */
export async function* readAlignedBatches(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<Unit[]> {
  for await (const chunk of readAlignedChunks(sourcePath, targetPath, options)) {
    const units: Unit[] = [];
    for (let i = 0; i < chunk.source.count; i++) units.push(alignedUnit(chunk, i, sourcePath, targetPath));
    yield units;
  }
}

/** Line `chunk.source.firstLine + i` of both files as a unit. */
export function alignedUnit(chunk: AlignedChunk, i: number, sourcePath: string, targetPath: string): Unit {
  const { source, targets } = chunk;
  const line = source.firstLine + i;
  const id = String(line);
  return {
    id,
    at: { file: sourcePath, line, column: 1 },
    segments: [
      {
        id,
        variants: [
          { role: 'source', text: source.text.slice(source.starts[i]!, source.ends[i]!), map: [{ offset: 0, line, column: 1 }] },
          { role: 'target', text: targets[i]!, map: [{ offset: 0, line, column: 1 }], file: targetPath },
        ],
      },
    ],
  };
}

/** A run of aligned lines: the source's as one chunk (see LineChunk), the target's line by line. */
export interface AlignedChunk {
  source: LineChunk;
  /** Target line `source.firstLine + i` is `targets[i]`. */
  targets: string[];
}

/**
 * The two files of readAlignedBatches as chunks of lines, for lint's batch path: no object per line
 * but the target's text.
 */
export async function* readAlignedChunks(sourcePath: string, targetPath: string, options: { chunkSize?: number } = {}): AsyncGenerator<AlignedChunk> {
  const sources = readLineChunks(sourcePath, options)[Symbol.asyncIterator]();
  const targetChunks = readLineChunks(targetPath, options)[Symbol.asyncIterator]();
  let t: LineChunk | undefined;
  let ti = 0;
  let paired = 0;
  for (let next = await sources.next(); !next.done; next = await sources.next()) {
    const source = next.value;
    const targets: string[] = new Array<string>(source.count);
    for (let i = 0; i < source.count; i++) {
      if (!t || ti === t.count) {
        const more = await targetChunks.next();
        if (more.done) throw misaligned(sourcePath, paired + (await rest(sources, source.count - i)), targetPath, paired);
        t = more.value;
        ti = 0;
      }
      targets[i] = t.text.slice(t.starts[ti]!, t.ends[ti]!);
      ti++;
      paired++;
    }
    yield { source, targets };
  }
  const extra = await rest(targetChunks, t ? t.count - ti : 0);
  if (extra > 0) throw misaligned(sourcePath, paired, targetPath, paired + extra);
  // two empty files: a failed export, not a translation with nothing to report
  if (paired === 0) throw new UserError(`${sourcePath} and ${targetPath} are empty`, { file: sourcePath, line: 1, column: 1 }, 'give the source text and its translation, one segment a line');
}

const MAX_PARAGRAPH = 1 << 20;

/** Lines left: `already` in hand plus every chunk still to come. */
async function rest(chunks: AsyncIterator<LineChunk>, already: number): Promise<number> {
  let n = already;
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) n += next.value.count;
  return n;
}

function misaligned(sourcePath: string, sourceCount: number, targetPath: string, targetCount: number): UserError {
  return new UserError(
    `the files are not aligned: ${sourcePath} has ${sourceCount} line${sourceCount === 1 ? '' : 's'}, ${targetPath} has ${targetCount}`,
    undefined,
    'aligned files need one line per segment on both sides, with the same number of lines',
  );
}

/**
 * Reads a monolingual English text (.txt, .md) as units, one per paragraph (lines up to a
 * blank line): id is the paragraph's first line, the one variant is a target with no language,
 * its lines joined by \n. In Markdown, fenced code blocks and front matter are not text. A
 * paragraph longer than MAX_PARAGRAPH characters goes on in a new unit at a line's start, so
 * that a large file without blank lines is not built into one string. A batch of units per
 * chunk read.
 */
export async function* readEnglishTextBatches(file: string, options: { markdown?: boolean; chunkSize?: number; maxParagraph?: number } = {}): AsyncGenerator<Unit[]> {
  const maxParagraph = options.maxParagraph ?? MAX_PARAGRAPH;
  let para: TextBuilder | undefined;
  let first = 0;
  let fence: string | undefined;
  let frontMatter = false;
  const units: Unit[] = [];
  const end = (): void => {
    if (!para) return;
    const id = String(first);
    units.push({ id, at: { file, line: first, column: 1 }, segments: [{ id, variants: [variantOf(para, 'target', undefined)] }] });
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
      // a text with no blank lines at all is checked in parts of about a million characters
      if (para && para.text.length + text.length > maxParagraph) end();
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
