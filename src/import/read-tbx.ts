// TBX term bases → draft entries: TBX v3 (ISO 30042:2019) in the DCA style (`<descrip
// type="definition">`) and the DCT style (`<basic:definition>`), TBX-Min, and the older TBX v2
// `martif` that OmegaT, Weblate and MultiTerm write (termEntry/langSet/tig/ntig). Languages
// are matched loosely (zh, zh-CN, zh_Hans; en, en-US). The parser never fetches a DTD or
// expands an entity, so an external DOCTYPE or an entity bomb does nothing.
//
// A concept is kept in memory only while it is read: the file streams through the parser.
import { UserError } from '../errors.js';
import { readXml, type XmlStop } from '../read/xml-events.js';
import { languageKind } from '../text/languages.js';
import type { ReadResult } from './draft.js';
import { readTbxConcept, type Sink } from './read-tbx-concept.js';
import { TbxHandler } from './tbx-handler.js';

/**
 * Reads a TBX term base (its text, already decoded). A DOCTYPE that declares entities is
 * refused with its place, as lint refuses it.
 */
export async function readTbx(text: string, file: string): Promise<ReadResult> {
  let handler: TbxHandler | undefined;
  const sink: Sink = { entries: [], skipped: [], problems: [], languages: new Map() };
  const batches = readXml<never>(file, {
    text,
    checkNamespaces: true,
    malformed: notWellFormed,
    root: (el) => (handler = new TbxHandler(el, (concept) => readTbxConcept(concept, sink))),
  });
  for await (const _ of batches);
  if (!handler) throw new UserError('the file has no XML element', { file, line: 1, column: 1 }, 'give a TBX file');
  const { concepts, version, title } = handler;
  const { entries, problems, skipped, languages } = sink;
  if (concepts === 0) throw new UserError('the term base has no concepts (conceptEntry or termEntry)', { file, line: 1, column: 1 });
  const kinds = new Set([...languages.keys()].map(languageKind));
  if (!kinds.has('en') || !(kinds.has('zh-hans') || kinds.has('zh-hant'))) {
    const found = [...languages.keys()].join(', ') || 'none';
    throw new UserError(
      `no ${kinds.has('en') ? 'Chinese' : kinds.has('zh-hans') || kinds.has('zh-hant') ? 'English' : 'Chinese or English'} terms in this ${version === 'v2' ? 'TBX v2 (martif)' : 'TBX'} file (${concepts} concept${concepts === 1 ? '' : 's'}); languages found: ${found}`,
      { file, line: 1, column: 1 },
      'shuyu glossaries pair Chinese (zh, zh-CN, zh-Hans, zh-TW…) with English (en, en-US…)',
    );
  }
  return { entries, problems, skipped, ...(title ? { title } : {}) };
}

function notWellFormed(file: string, reason: string, stop: XmlStop): UserError {
  return new UserError(`not well-formed XML: ${reason}`, { file, line: stop.line, column: stop.column }, 'fix the XML, or export the term base again');
}
