// `shuyu tui` (and `shuyu` alone on a terminal): the Ink terminal UI over the same index and
// lookup as `shuyu lookup`. Ink and React load here and nowhere else (about 0.5 s, DESIGN §8).
import { wantsColor } from '../../style.js';
import type { Context, GlobalOptions } from '../context.js';
import { openIndex } from '../../index/open-index.js';

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
  // A large glossary on a cold cache takes seconds to index: say so rather than sit blank.
  io.stderr.write('shuyu: opening the glossary…');
  let index;
  try {
    index = await openIndex(ctx.indexOptions(global));
  } finally {
    io.stderr.write('\r\x1b[2K'); // the line goes; an error message, if any, follows on a clean line
  }
  // React picks its build when first loaded: without this it is the development build, which
  // times and logs every component render and draws a keystroke's frame several times slower.
  process.env.NODE_ENV ??= 'production';
  // Ink's colours come from chalk, which does not read NO_COLOR: tell it (before it loads) as
  // `shuyu lookup` would decide. The ▸ marker and the ✗ marks carry the meaning without colour.
  if (!wantsColor(true, io.env)) process.env.FORCE_COLOR = '0';
  const [{ render }, { createElement }, { App }] = await Promise.all([import('ink'), import('react'), import('../../tui/app.js')]);
  const stdout = process.stdout;
  const restore = () => stdout.write(LEAVE_ALT_SCREEN + SHOW_CURSOR);
  stdout.write(ENTER_ALT_SCREEN);
  // Raw mode from here on, before Ink listens: a Ctrl-C pressed while the UI starts is then a key
  // the UI reads (and quits on, restoring the screen), not a SIGINT that leaves the screen behind.
  process.stdin.setRawMode?.(true);
  process.once('exit', restore); // a crash still gives the shell its screen back
  let app: { unmount(): void } | undefined;
  const stop = (signal: NodeJS.Signals) => {
    process.exitCode = 128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15);
    app?.unmount();
  };
  const signals = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
  for (const signal of signals) process.on(signal, stop);
  try {
    const instance = render(
      createElement(App, {
        index,
        inTmux: Boolean(io.env.TMUX),
        ...(opts.query ? { initialQuery: opts.query } : {}),
      }),
      { exitOnCtrlC: false, patchConsole: true, stdin: process.stdin, stdout },
    );
    app = instance;
    await instance.waitUntilExit();
  } finally {
    for (const signal of signals) process.off(signal, stop);
    process.stdin.setRawMode?.(false); // ours from before Ink started, should Ink not have reset it
    restore();
    process.removeListener('exit', restore);
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
