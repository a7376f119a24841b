import { readFileSync } from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatTbx, TBX_NAMESPACE } from '../../src/export/tbx.js';
import { fixture, fixtureIndex } from '../helpers.js';
import { entriesOfFile, entriesOfYaml, importText } from '../import/helpers.js';

const RICH = fixture('export', 'rich.yaml');

interface El {
  name: string;
  uri: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent?: El;
}

/** A small DOM of the TBX text, to assert its structure. */
function parse(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const root: El = { name: '#document', uri: '', attrs: {}, children: [], text: '' };
  let cur = root;
  parser.on('opentag', (t: SaxesTagNS) => {
    const el: El = { name: t.local, uri: t.uri, attrs: Object.fromEntries(Object.values(t.attributes).map((a) => [a.name, a.value])), children: [], text: '', parent: cur };
    cur.children.push(el);
    cur = el;
  });
  parser.on('text', (t) => (cur.text += t));
  parser.on('closetag', () => (cur = cur.parent!));
  parser.write(xml).close();
  return root.children[0]!;
}

function all(el: El, name: string): El[] {
  return el.children.flatMap((c) => [...(c.name === name ? [c] : []), ...all(c, name)]);
}

async function richTbx(): Promise<string> {
  const index = await fixtureIndex(RICH);
  return formatTbx(index.entries(), { title: 'Western Science City', source: 'test' });
}

describe('TBX export', () => {
  it('writes TBX-Basic in the v3 DCA style with one conceptEntry per entry', async () => {
    const tbx = parse(await richTbx());
    expect(tbx.name).toBe('tbx');
    expect(tbx.uri).toBe(TBX_NAMESPACE);
    expect(tbx.attrs).toMatchObject({ type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
    const concepts = all(tbx, 'conceptEntry');
    expect(concepts).toHaveLength(6);
    expect(concepts.map((c) => c.attrs.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
  });

  it('puts the Chinese in a zh-Hans langSec and the English terms with their administrative status', async () => {
    const [first] = all(parse(await richTbx()), 'conceptEntry');
    const langs = first!.children.filter((c) => c.name === 'langSec');
    expect(langs.map((l) => l.attrs['xml:lang'])).toEqual(['zh-Hans', 'zh-Hant', 'en']);
    const terms = (lang: El) => all(lang, 'termSec').map((t) => [all(t, 'term')[0]!.text, all(t, 'termNote').find((n) => n.attrs.type === 'administrativeStatus')!.text]);
    expect(terms(langs[0]!)).toEqual([['西部科学城', 'preferredTerm-admn-sts']]);
    expect(terms(langs[1]!)).toEqual([['西部科學城', 'preferredTerm-admn-sts']]);
    expect(terms(langs[2]!)).toEqual([
      ['Western Science City', 'preferredTerm-admn-sts'],
      ['West China Science City', 'admittedTerm-admn-sts'],
      ['West Science Town', 'deprecatedTerm-admn-sts'],
    ]);
  });

  it('uses only the data categories TBX-Basic permits, at the levels its Schematron allows', async () => {
    const tbx = parse(await richTbx());
    // TBX-Basic_DCA.sch: permitted types and picklists
    const permitted: Record<string, string[]> = {
      descrip: ['subjectField', 'context', 'definition'],
      admin: ['customerSubset', 'projectSubset', 'source'],
      termNote: ['administrativeStatus', 'partOfSpeech', 'geographicalUsage', 'grammaticalGender', 'termLocation', 'termType'],
    };
    for (const [name, types] of Object.entries(permitted)) for (const el of all(tbx, name)) expect(types).toContain(el.attrs.type);
    for (const n of all(tbx, 'termNote').filter((n) => n.attrs.type === 'partOfSpeech')) expect(['adjective', 'noun', 'other', 'verb', 'adverb']).toContain(n.text);
    for (const n of all(tbx, 'termNote')) expect(n.parent!.name).toBe('termSec');
    for (const d of all(tbx, 'descrip').filter((d) => d.attrs.type === 'subjectField')) expect(d.parent!.name).toBe('conceptEntry');
    for (const d of all(tbx, 'descrip').filter((d) => d.attrs.type === 'context')) expect(['termSec', 'descripGrp']).toContain(d.parent!.name);
    for (const d of all(tbx, 'descrip').filter((d) => d.attrs.type === 'definition')) expect(['conceptEntry', 'langSec']).toContain(d.parent!.name);
    // every element is in the TBX namespace (no DCT elements in a DCA file)
    const walk = (el: El): void => (expect(el.uri).toBe(TBX_NAMESPACE), el.children.forEach(walk));
    walk(tbx);
  });

  it('carries note, definition, subject field, sources and part of speech', async () => {
    const xml = await richTbx();
    expect(xml).toContain('<descrip type="subjectField">places</descrip>');
    expect(xml).toContain('<admin type="source">Xinhua, Western Science City [2023] https://example.org/xinhua/western-science-city</admin>');
    expect(xml).toContain('<descrip type="definition">Replacing old sources of growth with new ones driven by innovation.</descrip>');
    expect(xml).toContain('<note>Parks | zones: the Chinese 园 is a park or zone, never a garden.</note>');
    // a slogan is "other" with termType phrase in TBX-Basic's picklists; the note keeps the exact pos
    expect(xml).toMatch(/<term>一城多园<\/term>\s*<termNote type="partOfSpeech">other<\/termNote>\s*<termNote type="termType">phrase<\/termNote>/);
    expect(xml).toContain('<note>shuyu: status=draft; lint=relaxed; pos=slogan</note>');
    expect(xml).toContain('<admin type="projectSubset">chengdu</admin>');
  });

  it('escapes markup in terms and notes', async () => {
    const index = await fixtureIndex(RICH);
    const e = { ...index.entries()[0]!, en: 'R&D <platform>', note: 'a & b < c' };
    const xml = formatTbx([e], { title: 'T & T', source: 's' });
    expect(xml).toContain('<term>R&amp;D &lt;platform&gt;</term>');
    expect(xml).toContain('<title>T &amp; T</title>');
    expect(() => parse(xml)).not.toThrow();
  });

  it('gives back the same glossary when imported again', async () => {
    const imported = await importText(await richTbx(), 'rich.tbx', 'tbx');
    expect(imported.skipped).toEqual([]);
    expect(entriesOfYaml(imported.yaml)).toEqual(entriesOfFile(RICH));
  });

  it('gives back the fixture glossary with its pinyin override and zh_also', async () => {
    const index = await fixtureIndex();
    const imported = await importText(formatTbx(index.entries(), { title: 't', source: 's' }), 'valid.tbx', 'tbx');
    const original = index.entries().map((e) => e.zh);
    const back = entriesOfYaml(imported.yaml);
    expect(back.map((e) => e.zh)).toEqual(original);
    expect(back.find((e) => e.zh === '卡脖子')).toMatchObject({ pinyin: 'qiǎ bózi', en_avoid: ['stuck neck', 'neck-stuck'] });
    expect(back.find((e) => e.zh === '高新技术企业')).toMatchObject({ zh_also: ['高企'] });
  });

  it('has no body when no entry is given (TBX requires a conceptEntry in a body)', () => {
    const tbx = parse(formatTbx([], { title: 'empty', source: 's' }));
    expect(all(tbx, 'body')).toHaveLength(0);
    expect(readFileSync(RICH, 'utf8')).toContain('entries:');
  });
});
