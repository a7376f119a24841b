import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { detectFormat, readUnitBatches } from '../../../src/lint/formats/detect.js';
import type { Unit } from '../../../src/lint/segment.js';
import { collect, fixture, tempDir } from '../../helpers.js';

const hostile = (name: string) => fixture('lint', 'hostile', name);


async function failure(path: string, options = {}): Promise<UserError> {
  const err = await collect(readUnitBatches(path, options)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  return err as UserError;
}

describe('XML that tries to make the reader expand or fetch', () => {
  let requests: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('<!ENTITY x "fetched">');
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses an external entity (XXE) at its DOCTYPE, before reading a unit', async () => {
    const err = await failure(hostile('xxe.xlf'));
    expect(err.message).toMatch(/DOCTYPE declares entities/);
    expect(err.place).toMatchObject({ line: 2, column: 1 });
  });

  it('refuses a billion-laughs entity bomb at once', async () => {
    const started = performance.now();
    const err = await failure(hostile('billion-laughs.tmx'));
    expect(err.message).toMatch(/DOCTYPE declares entities/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a parameter entity pointing at a server, and never calls it', async () => {
    requests = [];
    const dir = tempDir();
    const file = join(dir, 'param.tmx');
    writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n <!ENTITY % remote SYSTEM "${base}/evil.dtd">\n %remote;\n]>\n<tmx version="1.4"><header srclang="zh-CN"/><body/></tmx>\n`);
    expect((await failure(file)).message).toMatch(/DOCTYPE declares entities/);
    expect((await failure(hostile('parameter-entity.tmx'))).message).toMatch(/DOCTYPE declares entities/);
    expect(requests).toEqual([]);
  });

  it('reads a file with an external DOCTYPE and <?xml-model?> without fetching either', async () => {
    requests = [];
    const dir = tempDir();
    const file = join(dir, 'external.tmx');
    writeFileSync(
      file,
      `<?xml version="1.0"?>\n<?xml-model href="${base}/tmx.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>\n<!DOCTYPE tmx SYSTEM "${base}/tmx14.dtd">\n<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>西部科学城</seg></tuv><tuv xml:lang="en"><seg>Western Science City</seg></tuv></tu></body></tmx>\n`,
    );
    const units = await collect(readUnitBatches(file));
    expect(units.map((u) => u.segments[0]!.variants.map((v) => v.text))).toEqual([['西部科学城', 'Western Science City']]);
    expect(requests).toEqual([]);
  });
});

describe('malformed and unexpected files', () => {
  it('reports malformed XML with its line and column', async () => {
    const err = await failure(hostile('malformed.xlf'));
    expect(err.message).toBe('malformed XML: unexpected close tag');
    expect(err.place).toMatchObject({ line: 7, column: 55 });
  });

  it('reports an HTML entity the file does not declare as malformed XML', async () => {
    const err = await failure(hostile('html-entity.xlf'));
    expect(err.message).toBe('malformed XML: undefined entity');
    expect(err.place).toMatchObject({ line: 7 });
  });

  it('says an empty XLIFF file is empty', async () => {
    const err = await failure(hostile('empty.xlf'));
    expect(err.message).toMatch(/empty\.xlf is empty$/);
  });

  it('says an XML file that is not XLIFF is not, naming its root element', async () => {
    const err = await failure(hostile('not-xliff.xlf'));
    expect(err.message).toBe('this is not an XLIFF file: its root element is <html>');
    expect(err.place).toMatchObject({ line: 2, column: 1 });
    expect(err.hint).toMatch(/--input-format/);
  });

  it('reports invalid UTF-8 with its byte offset, line and column', async () => {
    const err = await failure(hostile('invalid-utf8.po'));
    expect(err.message).toBe('invalid UTF-8 at byte 75 (0xe5)');
    expect(err.place).toMatchObject({ line: 6, column: 11 });
  });

  it('reports invalid UTF-8 split across read chunks at the same byte', async () => {
    const err = await failure(hostile('invalid-utf8.po'), { chunkSize: 2 });
    expect(err.message).toBe('invalid UTF-8 at byte 75 (0xe5)');
    expect(err.place).toMatchObject({ line: 6, column: 11 });
  });

  it('reports an unterminated PO string at its line', async () => {
    const err = await failure(hostile('unterminated.po'));
    expect(err.message).toBe('unterminated string');
    expect(err.place).toMatchObject({ line: 2, column: 8 });
  });

  it('reports a missing file as a user mistake', async () => {
    const err = await failure(join(tempDir(), 'missing.xlf'));
    expect(err.message).toMatch(/no such file/);
  });

  it('says an empty or blank PO, CSV, TSV, text or Markdown file is empty, as an empty XML file', async () => {
    const dir = tempDir();
    for (const [name, content] of [['empty.po', ''], ['blank.csv', '\n\n'], ['empty.tsv', ''], ['blank.txt', '  \r\n\t\n'], ['empty.md', '']] as const) {
      writeFileSync(join(dir, name), content);
      const err = await failure(join(dir, name));
      expect(err.message).toBe(`${join(dir, name)} is empty`);
      expect(err.place).toMatchObject({ line: 1, column: 1 });
    }
  });

  it('does not take a PO file with only its header for an empty one', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'header.po'), 'msgid ""\nmsgstr ""\n"Language: zh_CN\\n"\n');
    expect(await collect(readUnitBatches(join(dir, 'header.po')))).toEqual([]);
  });

  it('reads UTF-16 big-endian with a BOM, and UTF-16 without one by its "<?xml"', async () => {
    const dir = tempDir();
    const text = readFileSync(fixture('lint', 'tmx', 'omegat-style-tmx11.tmx'), 'utf8');
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    writeFileSync(join(dir, 'be.tmx'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    writeFileSync(join(dir, 'le-no-bom.tmx'), le);
    for (const name of ['be.tmx', 'le-no-bom.tmx']) {
      const [u] = await collect(readUnitBatches(join(dir, name)));
      expect(u!.segments[0]!.variants[0]!.text).toBe('高能级创新平台是重大科技创新的支撑和载体。');
    }
  });

  it('decodes a PO file in the legacy charset its header names (GBK)', async () => {
    const file = join(tempDir(), 'zh_CN.po');
    const head = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=GBK\\n"\n\nmsgid "Science City"\nmsgstr "';
    // 西部科学城 in GBK
    const gbk = Buffer.from([0xce, 0xf7, 0xb2, 0xbf, 0xbf, 0xc6, 0xd1, 0xa7, 0xb3, 0xc7]);
    writeFileSync(file, Buffer.concat([Buffer.from(head), gbk, Buffer.from('"\n')]));
    const [u] = await collect(readUnitBatches(file));
    expect(u!.segments[0]!.variants.map((v) => v.text)).toEqual(['Science City', '西部科学城']);
  });

  it('decodes an XML file in the legacy encoding its declaration names (GB18030)', async () => {
    const file = join(tempDir(), 'gb.tmx');
    const text = '<?xml version="1.0" encoding="GB18030"?>\n<tmx version="1.4"><header srclang="zh-CN"/><body><tu><tuv xml:lang="zh-CN"><seg>西部科学城</seg></tuv></tu></body></tmx>\n';
    // 西部科学城 in GB18030
    const gb = Buffer.from([0xce, 0xf7, 0xb2, 0xbf, 0xbf, 0xc6, 0xd1, 0xa7, 0xb3, 0xc7]);
    const [before, after] = text.split('西部科学城') as [string, string];
    writeFileSync(file, Buffer.concat([Buffer.from(before), gb, Buffer.from(after)]));
    const units = await collect(readUnitBatches(file));
    expect(units[0]!.segments[0]!.variants[0]!.text).toBe('西部科学城');
  });
});

describe('picking a reader', () => {
  it('goes by extension, CAT-tool extensions included', () => {
    expect(['a.xlf', 'a.XLIFF', 'a.sdlxliff', 'a.mqxliff', 'a.tmx', 'a.po', 'a.pot', 'a.csv', 'a.tsv', 'a.txt', 'a.md', 'a.xml'].map((f) => detectFormat(f))).toEqual([
      'xliff',
      'xliff',
      'xliff',
      'xliff',
      'tmx',
      'po',
      'po',
      'csv',
      'tsv',
      'text',
      'markdown',
      'xml',
    ]);
  });

  it('lets --input-format win over the extension, and refuses unknown names and extensions', () => {
    expect(detectFormat('export.dat', 'TMX')).toBe('tmx');
    expect(detectFormat('a.xlf', 'gettext')).toBe('po');
    expect(() => detectFormat('a.docx')).toThrow(/cannot tell the format of a\.docx from its extension "\.docx"/);
    expect(() => detectFormat('a.xlf', 'word')).toThrow(UserError);
  });

  it('reads a .xml file as XLIFF or TMX by its root element', async () => {
    const dir = tempDir();
    copyFileSync(fixture('lint', 'tmx', 'omegat-style-tmx11.tmx'), join(dir, 'memory.xml'));
    copyFileSync(fixture('lint', 'xliff', 'madcap-style-nonamespace.xlf'), join(dir, 'project.xml'));
    expect((await collect(readUnitBatches(join(dir, 'memory.xml')))).length).toBe(1);
    expect((await collect(readUnitBatches(join(dir, 'project.xml')))).map((u) => u.id)).toEqual(['1', '2']);
    expect((await failure(hostile('not-xliff.xlf'), { inputFormat: 'xml' })).message).toBe('this is not an XLIFF or TMX file: its root element is <html>');
  });
});

describe('the XML parser', () => {
  it('already has a slot for every handler the readers register (so V8 keeps it fast)', async () => {
    const { newParser } = await import('../../../src/read/xml-events.js');
    const parser = newParser();
    const before = Object.keys(parser).sort();
    for (const event of ['error', 'xmldecl', 'processinginstruction', 'comment', 'doctype', 'opentag', 'closetag', 'text', 'cdata'] as const) parser.on(event, () => {});
    expect(Object.keys(parser).sort()).toEqual(before);
  });
});
