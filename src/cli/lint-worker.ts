// A thread's share of a large aligned file (see commands/lint.ts): opens the index (from the
// cache the main thread has just used), checks its lines, and sends back what it found.
import { parentPort, workerData } from 'node:worker_threads';
import { UserError, type Place } from '../errors.js';
import { readAlignedChunks } from '../lint/formats/aligned.js';
import type { ByteRange } from '../lint/formats/read-text.js';
import type { Direction } from '../lint/languages.js';
import { Linter, type FilePart } from '../lint/lint.js';
import type { RuleSettings } from '../lint/rules.js';
import { systemIo } from './io.js';
import { openIndex, type IndexOptions } from './open-index.js';

export interface LintJob {
  source: string;
  target: string;
  part: { source: ByteRange; target: ByteRange };
  index: IndexOptions;
  rules: RuleSettings;
  direction?: Direction;
}

/** Lines checked so far, then the part, or the user's mistake found in it. */
export type LintJobMessage = { lines: number } | { part: FilePart } | { error: { message: string; place?: Place; hint?: string } };

if (parentPort) {
  const port = parentPort;
  const job = workerData as LintJob;
  try {
    const index = await openIndex({ ...job.index, verbose: false }, systemIo());
    const linter = new Linter(index, { rules: job.rules, ...(job.direction ? { direction: job.direction } : {}) });
    const file = linter.file(job.source);
    for await (const chunk of readAlignedChunks(job.source, job.target, job.part)) {
      file.aligned(chunk, job.source, job.target);
      port.postMessage({ lines: chunk.source.count } satisfies LintJobMessage);
    }
    port.postMessage({ part: file.part() } satisfies LintJobMessage);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    port.postMessage({ error: { message: error.message, ...(error.place ? { place: error.place } : {}), ...(error.hint ? { hint: error.hint } : {}) } } satisfies LintJobMessage);
  }
}
