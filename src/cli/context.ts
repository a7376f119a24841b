// What every command gets from main(): kept apart from main.ts so that the commands, which
// main.ts loads, do not import main.ts back.
import type { IndexOptions } from '../index/open-index.js';
import type { Style } from '../style.js';
import type { Io } from './io.js';

/** Options every command takes. */
export interface GlobalOptions {
  glossary: string[];
  builtin: boolean;
  verbose?: boolean;
  cache: boolean;
}

export interface Context {
  io: Io;
  style: Style;
  stderrStyle: Style;
  indexOptions(opts: GlobalOptions): IndexOptions;
}
