// The command line: commander wiring, output and exit codes (DESIGN §2). The only place
// that turns errors into exit statuses: 0 ok, 1 problems found, 2 bad usage or bad input.
import { excerpt, visibleLine } from '../text/terminal.js';
import { parseArgs } from 'node:util';
import type { Command } from 'commander';
import { UserError, ValidationError, formatPlace } from '../errors.js';
import { COLOR, PLAIN, wantsColor, type Style } from '../style.js';
import { shuyuVersion } from '../version.js';
import type { Io } from './io.js';
import type { Context, GlobalOptions } from './context.js';
import { defaultCacheDir } from './cache-dir.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parsePositiveInt(value: string): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/**
 * The common `shuyu lookup WORDS [--json] [--limit N] [--glossary P]...` read without commander.
 * Loading commander costs about as much as the whole lookup on a warm cache (DESIGN §6 wants
 * lookup within 2.5× of a bare `node -e 0`), so plain invocations skip it; anything else
 * (--help, a mistake, another command) goes through commander, which owns usage and errors.
 * test/cli/lookup-cli.test.ts checks that both paths print the same.
 */
function parseLookupFast(argv: string[]): { query: string; opts: { json?: boolean; limit: number }; global: GlobalOptions } | undefined {
  if (argv[0] !== 'lookup') return undefined;
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string', short: 'n' },
        glossary: { type: 'string', short: 'g', multiple: true },
        'no-builtin': { type: 'boolean' },
        'no-cache': { type: 'boolean' },
        verbose: { type: 'boolean' },
      },
    });
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  const limit = values.limit === undefined ? 10 : parsePositiveInt(values.limit);
  if (positionals.length === 0 || limit === undefined) return undefined;
  return {
    query: positionals.join(' '),
    opts: { ...(values.json ? { json: true } : {}), limit },
    global: { glossary: values.glossary ?? [], builtin: !values['no-builtin'], cache: !values['no-cache'], ...(values.verbose ? { verbose: true } : {}) },
  };
}

export async function main(argv: string[], io: Io): Promise<number> {
  const ctx: Context = {
    io,
    style: wantsColor(io.stdout.isTTY, io.env) ? COLOR : PLAIN,
    stderrStyle: wantsColor(io.stderr.isTTY, io.env) ? COLOR : PLAIN,
    indexOptions: (o) => ({
      paths: o.glossary,
      builtin: o.builtin,
      cwd: io.cwd,
      ...(o.cache && !io.env.SHUYU_NO_CACHE ? { cacheDir: defaultCacheDir(io.env) } : {}),
      ...(o.verbose ? { log: (m: string) => void io.stderr.write(`shuyu: ${m}\n`) } : {}),
    }),
  };
  try {
    const fast = parseLookupFast(argv);
    if (fast) {
      const { runLookup } = await import('./commands/lookup.js');
      return await runLookup(fast.query, fast.opts, fast.global, ctx);
    }
    return await runCommander(argv, ctx);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(formatUserError(error, ctx.stderrStyle));
      return 2;
    }
    throw error; // a bug: the stack trace is what we need
  }
}

async function runCommander(argv: string[], ctx: Context): Promise<number> {
  const { Command, CommanderError, InvalidArgumentError } = await import('commander');
  const { io } = ctx;
  const positiveInt = (value: string): number => {
    const n = parsePositiveInt(value);
    if (n === undefined) throw new InvalidArgumentError('expected a whole number of at least 1');
    return n;
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
    .description('validate glossary files (schema, duplicates, conflicts, unknown keys) and run their examples')
    .argument('[path...]', 'glossary files or folders (default: the glossaries in use)')
    .option('--json', 'print the problems as JSON')
    .action(async (paths: string[], opts: { json?: boolean }, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      exitCode = await runCheck(paths, opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program
    .command('lint')
    .description('check translations against the glossary: XLIFF, TMX, PO, CSV/TSV, aligned text, English .txt/.md')
    .argument('[file...]', 'translation files')
    .option('-f, --format <name>', 'stylish, json, sarif, github or csv', 'stylish')
    .option('--rule <id=level>', 'set a rule to off, warning or error (repeatable)', collect, [])
    .option('--direction <dir>', 'zh-en or en-zh, overriding the languages the files declare')
    .option('--input-format <fmt>', 'read every file as xliff, tmx, po, csv, tsv or text, whatever its extension')
    .option('--source <file>', 'with --target: two plain-text files aligned line by line')
    .option('--target <file>', 'the translation aligned with --source')
    .option('--include-fuzzy', 'check fuzzy PO entries too')
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .option('-q, --quiet', 'no progress on stderr')
    .action(async (files: string[], opts: import('./commands/lint.js').LintOptions, cmd: Command) => {
      const { runLint } = await import('./commands/lint.js');
      exitCode = await runLint(files, opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program
    .command('tui')
    .description('the terminal UI: search as you type, read the details, copy (needs a terminal)')
    .argument('[query...]', 'what the search line starts with')
    .action(async (query: string[], _opts: object, cmd: Command) => {
      const { runTui } = await import('./commands/tui.js');
      exitCode = await runTui({ query: query.join(' ') }, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program
    .command('export')
    .description('the glossary as csv, tsv, json, md, tbx (for CAT tools) or pdf (to print)')
    .option('-f, --format <format>', 'csv, tsv, json, md, tbx or pdf (default: from the extension of -o)')
    .option('-o, --output <file>', 'where to write (atomically); - or none for stdout')
    .option('--tag <tag>', 'only entries with this tag (repeatable)', collect, [])
    .option('--status <status>', 'only entries with this status: approved, draft, deprecated (repeatable)', collect, [])
    .option('--domain <domain>', 'only entries in this domain (repeatable)', collect, [])
    .option('--title <title>', 'the title of a PDF, Markdown or TBX file')
    .option('--bom', 'CSV/TSV: start with a UTF-8 byte-order mark')
    .option('--excel', 'CSV/TSV for Excel: byte-order mark and CRLF line ends')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .action(async (opts: import('./commands/export.js').ExportOptions, cmd: Command) => {
      const { runExport } = await import('./commands/export.js');
      exitCode = await runExport(opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program
    .command('import')
    .description('a CSV/TSV spreadsheet or a TBX term base into the glossary YAML format')
    .argument('<file>', 'the file to import (.csv, .tsv, .tbx)')
    .option('-o, --output <file>', 'the YAML file to write, or to add to if it exists; - or none for stdout')
    .option('-f, --format <format>', 'csv, tsv or tbx (default: from the extension and content)')
    .option('--title <title>', 'the title of a new glossary file')
    .option('--domain <domain>', 'the domain of a new glossary file')
    .option('--keep-first', 'keep the first of duplicate or conflicting entries and warn, instead of failing')
    .option('-q, --quiet', 'no summary on stderr')
    .action(async (file: string, opts: import('./commands/import.js').ImportCommandOptions, cmd: Command) => {
      const { runImport } = await import('./commands/import.js');
      exitCode = await runImport(file, opts, cmd.optsWithGlobals<GlobalOptions>(), ctx);
    });

  program.allowExcessArguments(true).action(async () => {
    if (program.args.length > 0) {
      throw new UserError(`unknown command '${program.args[0]}'`, undefined, 'run shuyu --help for the commands');
    }
    // `shuyu` alone opens the UI on a terminal; piped or in CI it prints the help
    if (io.stdinIsTTY && io.stdout.isTTY) {
      const { runTui } = await import('./commands/tui.js');
      exitCode = await runTui({}, program.opts<GlobalOptions>(), ctx);
      return;
    }
    program.outputHelp();
  });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}

/**
 * A user error for the terminal. Messages quote the user's files, so control characters are
 * shown as escapes (issue 18), and no line of it runs past a screenful.
 */
export function formatUserError(error: UserError, style: Style = PLAIN): string {
  if (error instanceof ValidationError) return `${style.red('shuyu:')} ${error.message.split('\n').map(shortLine).join('\n')}\n`;
  const where = error.place ? `${visibleLine(formatPlace(error.place))}: ` : '';
  const hint = error.hint ? `\n  ${style.dim(shortLine(error.hint))}` : '';
  return `${style.red('shuyu:')} ${where}${shortLine(error.message)}${hint}\n`;
}

/** One line of a message, controls shown, at most 1,000 characters. */
function shortLine(text: string): string {
  return excerpt(text, 1000);
}
