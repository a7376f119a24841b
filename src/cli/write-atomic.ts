// Files shuyu writes are written whole or not at all (DESIGN §7): into a temporary file beside
// the target, then renamed over it, so an interrupted write leaves the old file intact.
import { createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';

function tempPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
}

function cannotWrite(file: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UserError(`cannot write ${file}: ${code}`, undefined, code === 'ENOENT' ? 'does its folder exist?' : 'check the path and its permissions');
}

/** Writes `data` to `file` atomically. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = tempPath(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw cannotWrite(file, error);
  }
}

/** Pipes a stream into `file` atomically. */
export async function writeStreamAtomic(file: string, stream: Readable): Promise<void> {
  const tmp = tempPath(file);
  try {
    await pipeline(stream, createWriteStream(tmp));
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw cannotWrite(file, error);
  }
}
