// The built-in glossary is product (issue 13): counts per domain file, and the rule that an
// entry citing an official document says which document in its tags.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLayers } from '../../src/glossary/files.js';
import { loadLayers } from '../../src/glossary/load.js';
import { ROOT } from '../helpers.js';

const { glossary, problems } = loadLayers(readLayers({ paths: [join(ROOT, 'glossary')], builtin: false }));

/** Sites of the Chinese state and its official media: their pages are official English. */
const OFFICIAL = /(?:^|\.)(?:gov\.cn|news\.cn|xinhuanet\.com|chinadaily\.com\.cn|people\.cn|people\.com\.cn|qstheory\.cn|fmprc\.gov\.cn|mfa\.gov\.cn|scio\.gov\.cn|china\.org\.cn|cgtn\.com|cctv\.com|ecns\.cn)$/;
/** Tags that name a document or an official outlet (README: The built-in glossary). */
const DOCUMENT_TAG = /^(?:gwr-\d{4}|fyp-1[45]|cpc-\d{2}|plenum-\d{4}|state-council|government-site|white-paper|xinhua|china-daily|qiushi|fmprc|cgtn|cctv|ecns|peoples-daily|cipg|global-times|npc|china-keywords)$/;

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');

describe('the built-in glossary', () => {
  it('loads without errors', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('has 1,500 entries or more, the national vocabulary in files of its own', () => {
    const byFile = new Map<string, { entries: number; sources: number; examples: number }>();
    for (const e of glossary.entries) {
      const c = byFile.get(e.at.file) ?? { entries: 0, sources: 0, examples: 0 };
      c.entries++;
      if (e.sources.length > 0) c.sources++;
      if (e.examples.length > 0) c.examples++;
      byFile.set(e.at.file, c);
    }
    const national = [...byFile].filter(([file]) => /national-[^/]+\.yaml$/.test(file));
    expect(glossary.entries.length).toBeGreaterThanOrEqual(1500);
    expect(national.reduce((n, [, c]) => n + c.entries, 0)).toBeGreaterThanOrEqual(1000);
    for (const [file, c] of national) {
      expect(c.sources, file).toBe(c.entries); // every national entry cites its document
      expect(c.examples * 2, file).toBeGreaterThanOrEqual(c.entries); // half have the document's own sentence
    }
  });

  it('tags every entry that cites an official page with its document', () => {
    const untagged = glossary.entries
      .filter((e) => e.sources.some((s) => s.url && OFFICIAL.test(hostOf(s.url))))
      .filter((e) => !e.tags.some((t) => DOCUMENT_TAG.test(t)))
      .map((e) => `${e.zh} (${e.at.file.split('/').pop()}:${e.at.line})`);
    expect(untagged).toEqual([]);
  });
});
