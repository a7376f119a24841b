// The command line: commander wiring, output and exit codes (DESIGN §2). The only place
// that turns errors into exit statuses: 0 ok, 1 problems found, 2 bad usage or bad input.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { UserError, ValidationError, formatPlace } from '../errors.js';
import { COLOR, PLAIN, wantsColor, type Style } from '../style.js';
import { shuyuVersion } from '../version.js';
import type { Io } from './io.js';
import type { IndexOptions } from './open-index.js';

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

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const ctx: Context = {
    io,
    style: wantsColor(io.stdout.isTTY, io.env) ? COLOR : PLAIN,
    stderrStyle: wantsColor(io.stderr.isTTY, io.env) ? COLOR : PLAIN,
    indexOptions: (o) => ({ paths: o.glossary, builtin: o.builtin, verbose: Boolean(o.verbose), cache: o.cache, cwd: io.cwd }),
  };
  let exitCode = 0;
  const program = new Command('shuyu')
    .description('Terminology for translators of Chinese policy, science and industry texts.')
    .version(shuyuVersion(), '-V, --version')
    .option('-g, --glossary <path>', 'a glossary file or folder layered over the built-in one (repeatable)', collect, [])
    .option('--no-builtin', 'leave out the built-in glossary')
    .option('--no-cache', 'do not read or write the index cache')
    .option('--verbose', 'say what shuyu is doing (cache decisions) on stderr')
    .showHelpAfterError('(run shuyu --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });

  program
    .command('lookup')
    .description('look a term up by Chinese (either script), pinyin (tones or none, initials) or English')
    .argument('<query...>', 'what to look up: 揭榜挂帅, 揭榜掛帥, jiebangguashuai, jbgs, "pilot platform"')
    .option('--json', 'print the matching entries as a JSON array, best first')
    .option('-n, --limit <n>', 'show at most N entries', positiveInt, 10)
    .action(async (query: string[], opts: { json?: boolean; limit: number }, cmd: Command) => {
      const { runLookup } = await import('./commands/lookup.js');
      exitCode = await runLookup(query.join(' '), opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program
    .command('check')
    .description('validate glossary files: schema, duplicates, conflicts, unknown keys')
    .argument('[path...]', 'glossary files or folders (default: the glossaries in use)')
    .option('--json', 'print the problems as JSON')
    .action(async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program.action(() => {
    program.outputHelp();
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UserError) {
      io.stderr.write(formatUserError(error, ctx.stderrStyle));
      return 2;
    }
    throw error; // a bug: the stack trace is what we need
  }
}

export function formatUserError(error: UserError, style: Style = PLAIN): string {
  if (error instanceof ValidationError) return `${style.red('shuyu:')} ${error.message}\n`;
  const where = error.place ? `${formatPlace(error.place)}: ` : '';
  const hint = error.hint ? `\n  ${style.dim(error.hint)}` : '';
  return `${style.red('shuyu:')} ${where}${error.message}${hint}\n`;
}
