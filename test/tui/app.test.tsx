// The UI's wiring with ink-testing-library: keys go in through stdin, frames come out.
import { render } from 'ink-testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TermIndex } from '../../src/index/term-index.js';
import { App } from '../../src/tui/app.js';
import { fixtureIndex } from '../helpers.js';

let index: TermIndex;
beforeAll(async () => {
  index = await fixtureIndex();
});

const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

type Rendered = ReturnType<typeof render>;
const mounted: Rendered[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount();
});

/** Renders the app on a terminal of the given size and waits for it to listen to keys. */
async function open(props: { columns?: number; rows?: number; copy?: (text: string) => void; initialQuery?: string } = {}) {
  const { columns = 80, rows = 24, ...rest } = props;
  const copied: string[] = [];
  const r = render(<App index={index} copy={(t) => copied.push(t)} {...rest} />);
  mounted.push(r);
  resize(r, columns, rows);
  await tick();
  const frame = () => r.lastFrame() ?? '';
  /** Waits for the frame after a key, and for the search it started (the count ends in … until then). */
  const settle = async () => {
    await tick();
    for (let i = 0; i < 100 && / …$/.test(lines(frame())[0] ?? ''); i++) await tick(10);
  };
  const type = async (...chunks: string[]) => {
    for (const c of chunks) {
      r.stdin.write(c);
      await settle();
    }
  };
  return { ...r, type, frame, copied, resize: async (c: number, h: number) => (resize(r, c, h), await settle()) };
}

function resize(r: Rendered, columns: number, rows: number) {
  Object.defineProperty(r.stdout, 'columns', { configurable: true, get: () => columns });
  Object.defineProperty(r.stdout, 'rows', { configurable: true, get: () => rows });
  r.stdout.emit('resize');
}

const lines = (frame: string) => frame.split('\n');
/** The list line of the selected row (it carries the ▸ marker). */
const selectedLine = (frame: string) => lines(frame).find((l) => l.startsWith('▸')) ?? '';
const KEY = { up: '\x1b[A', down: '\x1b[B', enter: '\r', esc: '\x1b', tab: '\t', backspace: '\x7f', ctrlU: '\x15', ctrlY: '\x19', ctrlC: '\x03', end: '\x1b[F', home: '\x1b[H', pgdn: '\x1b[6~' };

// Single sentences quoted from ../shared/corpus (004_2f5669b315b71d84.txt, traditional; 003_555e35375f2dc73e.txt).
const TRADITIONAL_SENTENCE = '靶向突破「卡脖子」關鍵核心技術,做強以重慶康佳光電技術研究院、比亞迪動力電池研究院為代表的專業技術平臺,努力生成一批高新技術產業集群。';
const SIMPLIFIED_SENTENCE = '——構建創新研發生態,聚集研究院、研發中心、孵化器、實驗室、院士(專家)工作站、中試平臺等,建立產學研合作共同體。';

describe('the search line', () => {
  it('finds 揭榜挂帅 when the user types its initials one key at a time', async () => {
    const ui = await open();
    await ui.type('j', 'b', 'g', 's');
    expect(lines(ui.frame())[0]).toContain('› jbgs');
    expect(selectedLine(ui.frame())).toContain('揭榜挂帅');
    expect(selectedLine(ui.frame())).toContain('jiē bǎng guà shuài');
    expect(ui.frame()).toMatch(/1 of \d+/);
  });

  it('starts with the query given on the command line (shuyu tui 卡脖子)', async () => {
    const ui = await open({ initialQuery: '卡脖子' });
    await ui.type(''); // let the first search settle
    expect(lines(ui.frame())[0]).toMatch(/^› 卡脖子\s/);
    expect(selectedLine(ui.frame())).toContain('chokepoint');
    await ui.type(KEY.backspace);
    expect(lines(ui.frame())[0]).toMatch(/^› 卡脖\s/); // the cursor starts at the end
  });

  it('shows the whole glossary with its count when the line is empty', async () => {
    const ui = await open();
    expect(lines(ui.frame())[0]).toContain(`${index.size} of ${index.size}`);
    expect(ui.frame()).toContain('all entries, in glossary order');
  });

  it('deletes three characters for three backspaces that arrive in one chunk', async () => {
    const ui = await open();
    await ui.type('chokepoint');
    await ui.type('\x7f\x7f\x7f');
    expect(lines(ui.frame())[0]).toMatch(/^› chokepo\s/);
    expect(ui.frame()).not.toContain('\x7f');
    expect(selectedLine(ui.frame())).toContain('卡脖子');
  });

  it('deletes whole Chinese characters on backspace', async () => {
    const ui = await open();
    await ui.type('中试平台');
    await ui.type(KEY.backspace, KEY.backspace);
    expect(lines(ui.frame())[0]).toMatch(/^› 中试\s/);
    expect(selectedLine(ui.frame())).toContain('中试平台');
  });

  it('clears the query on Ctrl-U, even right after typing in the same chunk', async () => {
    const ui = await open();
    await ui.type('internet');
    await ui.type(KEY.ctrlU);
    expect(lines(ui.frame())[0]).toContain('type a term');
    await ui.type('jbgs\x15');
    expect(lines(ui.frame())[0]).toContain('type a term');
    expect(ui.frame()).not.toMatch(/› .*u/);
  });

  it('never inserts the letter of a Ctrl key', async () => {
    const ui = await open();
    await ui.type('pilot');
    // Ctrl-B D F G O R T V X Z: no command, and never the letter
    for (const ctrl of ['\x02', '\x04', '\x06', '\x07', '\x0f', '\x12', '\x14', '\x16', '\x18', '\x1a']) await ui.type(ctrl);
    expect(lines(ui.frame())[0]).toMatch(/^› pilot\s/);
  });

  it('takes Chinese committed by an IME as one chunk', async () => {
    const ui = await open();
    await ui.type('卡脖子');
    expect(lines(ui.frame())[0]).toMatch(/^› 卡脖子\s/);
    expect(selectedLine(ui.frame())).toContain('chokepoint');
  });

  it('clears the query on Esc, and types q into the search line instead of quitting', async () => {
    const ui = await open();
    await ui.type('q');
    expect(lines(ui.frame())[0]).toMatch(/^› q\s/);
    await ui.type(KEY.esc);
    await tick(60); // Ink waits briefly to tell a lone Esc from the start of a sequence
    expect(lines(ui.frame())[0]).toContain('type a term');
  });

  it('says so when nothing matches', async () => {
    const ui = await open();
    await ui.type('zzzzqqq');
    expect(ui.frame()).toContain('Nothing matches “zzzzqqq”');
    expect(lines(ui.frame())[0]).toContain(`0 of ${index.size}`);
  });
});

describe('a pasted sentence', () => {
  it('lists the glossary terms of a traditional sentence in text order, and says it is in sentence mode', async () => {
    const ui = await open();
    await ui.type(TRADITIONAL_SENTENCE);
    const frame = ui.frame();
    expect(frame).toContain('sentence mode');
    expect(lines(frame)[0]).toContain('2 terms in the text');
    const chokepoint = lines(frame).findIndex((l) => l.includes('卡脖子') && l.includes('chokepoint'));
    const chongqing = lines(frame).findIndex((l) => l.includes('重庆') && l.includes('Chongqing'));
    expect(chokepoint).toBeGreaterThan(0);
    expect(chongqing).toBeGreaterThan(chokepoint);
    // the pasted text is shown in its own script
    expect(frame).toContain('靶向突破「卡脖子」');
  });

  it('finds 中試平臺 in a pasted paragraph that has line breaks', async () => {
    const ui = await open();
    await ui.type(SIMPLIFIED_SENTENCE.replace('中試', '中試\r\n'));
    expect(selectedLine(ui.frame())).toContain('中试平台');
    expect(selectedLine(ui.frame())).toContain('pilot-scale testing platform');
  });

  it('goes back to a lookup when the text is cleared and a term typed', async () => {
    const ui = await open();
    await ui.type(TRADITIONAL_SENTENCE, KEY.ctrlU, 'chongqing');
    expect(ui.frame()).not.toContain('sentence mode');
    expect(selectedLine(ui.frame())).toContain('重庆');
  });
});

describe('moving and reading', () => {
  it('moves the selection with the arrows, End and Home', async () => {
    const ui = await open();
    const first = selectedLine(ui.frame());
    await ui.type(KEY.down);
    const second = selectedLine(ui.frame());
    expect(second).not.toBe(first);
    await ui.type(KEY.end);
    expect(ui.frame()).toContain(`${index.size}/${index.size}`);
    await ui.type(KEY.home);
    expect(selectedLine(ui.frame())).toBe(first);
    await ui.type(KEY.up);
    expect(selectedLine(ui.frame())).toBe(first);
  });

  it('moves through a burst of arrow keys in one chunk', async () => {
    const ui = await open();
    await ui.type(KEY.down.repeat(3));
    expect(ui.frame()).toContain(`4/${index.size}`);
  });

  it('opens every field of the entry on Enter, marks renderings to avoid, and closes on Esc', async () => {
    const ui = await open();
    await ui.type('揭榜掛帥', KEY.enter);
    const frame = ui.frame();
    expect(frame).toContain('Details');
    expect(frame).toContain('揭榜掛帥'); // traditional form
    expect(frame).toMatch(/avoid\s+✗ take the list and hang the marshal/);
    expect(frame).toContain('unveiling the list and appointing the leader');
    expect(frame).toContain('Research projects are published as challenges');
    expect(frame).toContain('platforms.yaml');
    await ui.type(KEY.esc);
    await tick(60);
    expect(ui.frame()).not.toContain('Details');
    expect(lines(ui.frame())[0]).toContain('揭榜掛帥'); // the query is kept
  });

  it('shows the examples in the details', async () => {
    const ui = await open();
    await ui.type('中试平台', KEY.enter);
    expect(ui.frame()).toContain('成都高新区认定首批21家中试平台');
    expect(ui.frame()).toContain('Chengdu Hi-tech Zone accredited its first 21 pilot-scale testing');
  });

  it('cycles the domain filter with Tab and shows it beside the count', async () => {
    const ui = await open();
    await ui.type(KEY.tab);
    const head = lines(ui.frame())[0]!;
    expect(head).toMatch(/innovation-policy · \d+ of \d+/);
    const domainEntries = index.entries().filter((e) => e.domain === 'innovation-policy').length;
    expect(head).toContain(`${domainEntries} of ${domainEntries}`);
    await ui.type('chongqing');
    expect(ui.frame()).toContain('Nothing matches “chongqing” in innovation-policy');
    await ui.type(KEY.tab);
    expect(selectedLine(ui.frame())).toContain('重庆');
    await ui.type(KEY.tab);
    expect(lines(ui.frame())[0]).not.toMatch(/policy|zones/);
  });

  it('copies the preferred rendering on Ctrl-Y and on y in the details, and says so', async () => {
    const ui = await open();
    await ui.type('stuck neck');
    expect(selectedLine(ui.frame())).toContain('✗ avoid stuck neck');
    await ui.type(KEY.ctrlY);
    expect(ui.copied).toEqual(['chokepoint']);
    expect(ui.frame()).toContain('Copied “chokepoint” to the clipboard');
    expect(lines(ui.frame())[0]).toMatch(/^› stuck neck\s/); // not typed into the line
    await ui.type(KEY.enter, 'y');
    expect(ui.copied).toEqual(['chokepoint', 'chokepoint']);
  });

  it('shows the keys on ?, and q there quits', async () => {
    const ui = await open();
    await ui.type('?');
    expect(ui.frame()).toContain('Ctrl-U');
    expect(ui.frame()).toContain('OSC 52');
    await ui.type('x');
    expect(ui.frame()).not.toContain('OSC 52');
  });
});

describe('the terminal size', () => {
  it('keeps every line of an 80×24 screen within 80 columns, Chinese counted double', async () => {
    const ui = await open({ columns: 80, rows: 24 });
    await ui.type(TRADITIONAL_SENTENCE);
    const { default: stringWidth } = await import('string-width');
    const out = lines(ui.frame());
    expect(out.length).toBeLessThanOrEqual(23);
    for (const l of out) expect(stringWidth(l)).toBeLessThanOrEqual(80);
  });

  it('aligns the pinyin column whatever the width of the Chinese', async () => {
    const ui = await open({ columns: 80, rows: 24 });
    const { default: stringWidth } = await import('string-width');
    const starts = lines(ui.frame())
      .filter((l) => /[\u4e00-\u9fff]/.test(l.slice(0, 4)))
      .map((l) => {
        const at = l.search(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/i);
        return stringWidth(l.slice(0, at));
      });
    expect(starts.length).toBeGreaterThan(5);
    expect(new Set(starts).size).toBe(1);
  });

  it('redraws for a narrower terminal and puts the details beside the list on a wide one', async () => {
    const ui = await open({ columns: 140, rows: 30 });
    await ui.type('jbgs');
    const wide = lines(ui.frame());
    const row = wide.find((l) => l.includes('揭榜挂帅') && l.includes('│'));
    expect(row).toBeDefined(); // list and side pane on one line
    expect(ui.frame()).toContain('take the list and hang the marshal');
    await ui.resize(60, 20);
    const { default: stringWidth } = await import('string-width');
    const narrow = lines(ui.frame());
    expect(narrow.some((l) => l.includes('│'))).toBe(false);
    for (const l of narrow) expect(stringWidth(l)).toBeLessThanOrEqual(60);
    expect(selectedLine(ui.frame())).toContain('揭榜挂帅');
  });
});
