// The real binary in a real terminal: tmux runs `shuyu tui`, send-keys types, capture-pane
// reads the screen. tmux is one of the Debian packages the README lists for `npm test`
// (.ci/run installs it); without it this file fails and says what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) throw new Error('tmux is missing: install it (apt-get install tmux; the README lists what npm test needs)');

const dir = tempDir('shuyu-tmux-');
const SOCKET = join(dir, 'tmux.sock'); // a server of our own, in our own folder
const CONF = join(dir, 'tmux.conf');

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-S', SOCKET, '-f', CONF, ...args], { encoding: 'utf8' });
}

const screen = (target = 'ui') => tmux('capture-pane', '-p', '-t', target);
/** The pane's scrollback and screen together. */
const history = (target: string) => tmux('capture-pane', '-p', '-S', '-', '-t', target);

/** Waits until the screen satisfies `predicate` and no search is pending (the count ends in … while one is). */
async function waitFor(predicate: (s: string) => boolean, what: string, target = 'ui'): Promise<string> {
  const until = Date.now() + 10_000;
  let s = '';
  while (Date.now() < until) {
    s = screen(target);
    if (predicate(s) && !/ …$/.test(s.split('\n')[0] ?? '')) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${s}`);
}

/**
 * The exit status of the program in a pane, once it has exited: the pane's shell prints it (a
 * death by signal shows as 128 + the signal). Looked for in the scrollback too: tmux may scroll
 * the main screen when the window is resized while the program has the alternate screen.
 */
async function exitStatus(target: string): Promise<string> {
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const m = /^exit=(\d+)$/m.exec(history(target));
    if (m) return m[1]!;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for the program to exit; the pane held:\n${history(target)}`);
}

/** The shell command a pane runs: the built binary, Ink not told it runs in CI (it would not redraw). */
function shuyu(args: string, env = ''): string {
  return `cd ${JSON.stringify(ROOT)} && env -u CI -u CONTINUOUS_INTEGRATION ${env} SHUYU_CACHE_DIR=${JSON.stringify(join(dir, 'cache'))} node bin/shuyu.js ${args}; echo exit=$?`;
}

// Single sentence quoted from ../shared/corpus/004_2f5669b315b71d84.txt (traditional characters).
const SENTENCE = '靶向突破「卡脖子」關鍵核心技術,做強以重慶康佳光電技術研究院、比亞迪動力電池研究院為代表的專業技術平臺。';

describe('shuyu tui in tmux', () => {
  beforeAll(() => {
    expect(existsSync(join(ROOT, 'dist', 'shuyu.js'))).toBe(true); // npm run build (npm install runs it)
    // the pane stays after the program exits, so its exit status and last screen can be read;
    // set-clipboard on makes tmux take OSC 52 from the program into a paste buffer
    writeFileSync(CONF, 'set -g remain-on-exit on\nset -g set-clipboard on\nset -g default-terminal tmux-256color\n');
    tmux('new-session', '-d', '-s', 'ui', '-x', '80', '-y', '24', shuyu('tui --no-builtin --glossary test/fixtures/glossary/valid'));
  });
  afterAll(() => {
    spawnSync('tmux', ['-S', SOCKET, 'kill-server']);
  });

  it('opens on the whole glossary at 80×24', async () => {
    const s = await waitFor((t) => / of \d+/.test(t), 'the count');
    const lines = s.split('\n');
    expect(lines[0]).toMatch(/^› type a term.* (\d+) of \1$/);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
  });

  it('searches as the user types pinyin initials, and puts the cursor after them', async () => {
    tmux('send-keys', '-t', 'ui', 'j', 'b', 'g', 's');
    const s = await waitFor((t) => t.startsWith('› jbgs') && t.includes('best match first'), 'the results for jbgs');
    expect(s.split('\n').find((l) => l.startsWith('▸'))).toMatch(/▸ 揭榜挂帅\s+jiē bǎng guà shuài\s+open competition/);
    expect(tmux('display', '-p', '-t', 'ui', '#{cursor_x},#{cursor_y}').trim()).toBe('6,0');
    // the typed initials are styled apart from the rest of the pinyin (the next test turns colour off)
    expect(tmux('capture-pane', '-e', '-p', '-t', 'ui')).toMatch(/\x1b\[[0-9;]*mj(?:\x1b\[[0-9;]*m)+iē/);
  });

  it('deletes with backspaces sent together, and clears with Ctrl-U', async () => {
    tmux('send-keys', '-t', 'ui', 'BSpace', 'BSpace', 'BSpace');
    await waitFor((t) => /^› j\s/.test(t), 'three characters deleted');
    tmux('send-keys', '-t', 'ui', 'C-u');
    await waitFor((t) => t.startsWith('› type a term'), 'an empty search line');
  });

  it('lists the terms of a pasted traditional sentence in text order', async () => {
    tmux('send-keys', '-t', 'ui', '-l', SENTENCE);
    const s = await waitFor((t) => t.includes('sentence mode'), 'sentence mode');
    const lines = s.split('\n');
    const chokepoint = lines.findIndex((l) => /卡脖子\s+qiǎ bózi\s+chokepoint/.test(l));
    const chongqing = lines.findIndex((l) => /重庆\s+Chóngqìng\s+Chongqing/.test(l));
    expect(chokepoint).toBeGreaterThan(0);
    expect(chongqing).toBeGreaterThan(chokepoint);
    expect(lines[0]).toContain('2 terms in the text');
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
  });

  it('opens the details and copies the rendering with OSC 52', async () => {
    tmux('send-keys', '-t', 'ui', 'Enter');
    const s = await waitFor((t) => t.startsWith('Details'), 'the details');
    expect(s).toMatch(/avoid\s+✗ stuck neck/);
    tmux('send-keys', '-t', 'ui', 'y');
    await waitFor((t) => t.includes('Copied “chokepoint” to the clipboard'), 'the copy message');
    expect(tmux('show-buffer')).toBe('chokepoint');
  });

  it('puts the details beside the list when the terminal grows', async () => {
    tmux('send-keys', '-t', 'ui', 'Escape');
    await waitFor((t) => t.includes('sentence mode'), 'the list again');
    tmux('resize-window', '-t', 'ui', '-x', '140', '-y', '30');
    const s = await waitFor((t) => t.split('\n').some((l) => l.includes('卡脖子') && l.includes('│')), 'the side pane');
    for (const l of s.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(140);
    tmux('resize-window', '-t', 'ui', '-x', '80', '-y', '24');
    await waitFor((t) => !t.includes('│') && t.includes('sentence mode'), 'the narrow layout again');
  });

  it('quits on q outside the search line, exits 0 and gives the screen back', async () => {
    tmux('send-keys', '-t', 'ui', 'Enter');
    await waitFor((t) => t.startsWith('Details'), 'the details');
    tmux('send-keys', '-t', 'ui', 'q');
    expect(await exitStatus('ui')).toBe('0');
    expect(tmux('display', '-p', '-t', 'ui', '#{alternate_on}').trim()).toBe('0');
    expect(screen()).not.toContain('›');
  });

  it('draws without colour under NO_COLOR, the selection still marked', async () => {
    tmux('new-window', '-t', 'ui', '-n', 'plain', shuyu('tui --no-builtin --glossary test/fixtures/glossary/valid', 'NO_COLOR=1'));
    await waitFor((t) => / of \d+/.test(t), 'the UI', 'ui:plain');
    tmux('send-keys', '-t', 'ui:plain', 'j', 'b', 'g', 's');
    await waitFor((t) => t.includes('best match first'), 'the results', 'ui:plain');
    const styled = tmux('capture-pane', '-e', '-p', '-t', 'ui:plain');
    expect(styled).not.toContain('\x1b[');
    expect(styled).toMatch(/^▸ 揭榜挂帅/m);
    tmux('send-keys', '-t', 'ui:plain', 'C-c');
    expect(await exitStatus('ui:plain')).toBe('0');
  });

  it('opens for shuyu alone, and quits on Ctrl-C', async () => {
    tmux('new-window', '-t', 'ui', '-n', 'bare', shuyu('--no-builtin --glossary test/fixtures/glossary/valid'));
    await waitFor((t) => / of \d+/.test(t), 'the UI', 'ui:bare');
    tmux('send-keys', '-t', 'ui:bare', 'C-c');
    expect(await exitStatus('ui:bare')).toBe('0');
  });
});
