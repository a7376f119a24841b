// `shuyu tui` (and `shuyu` alone on a terminal): the Ink terminal UI over the same index and
// lookup as `shuyu lookup`. Ink and React load here and nowhere else (about 0.5 s, DESIGN §8).
import type { Context, GlobalOptions } from '../main.js';
import { openIndex } from '../open-index.js';

// The alternate screen: the UI gets the whole terminal, and the shell's screen comes back on exit.
const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
const LEAVE_ALT_SCREEN = '\x1b[?1049l';
const SHOW_CURSOR = '\x1b[?25h';

export interface TuiCommandOptions {
  /** What the search line starts with. */
  query?: string;
}

export async function runTui(opts: TuiCommandOptions, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io } = ctx;
  if (!io.stdinIsTTY || !io.stdout.isTTY) {
    io.stderr.write(
      'shuyu: the terminal UI needs a terminal (stdin and stdout are not both one)\n' +
        '  to look a term up from a script or a pipe, use: shuyu lookup QUERY (add --json for data)\n',
    );
    return 2;
  }
  const index = await openIndex(ctx.indexOptions(global), io);
  const [{ render }, { createElement }, { App }] = await Promise.all([import('ink'), import('react'), import('../../tui/app.js')]);
  const stdout = process.stdout;
  const restore = () => stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  stdout.write(ENTER_ALT_SCREEN);
  process.once('exit', restore); // a crash or a signal still gives the shell its screen back
  try {
    const app = render(
      createElement(App, {
        index,
        inTmux: Boolean(io.env.TMUX),
        ...(opts.query ? { initialQuery: opts.query } : {}),
      }),
      { exitOnCtrlC: false, patchConsole: true, stdin: process.stdin, stdout },
    );
    await app.waitUntilExit();
  } finally {
    restore();
    process.removeListener('exit', restore);
  }
  return 0;
}
