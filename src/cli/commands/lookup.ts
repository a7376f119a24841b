// `shuyu lookup QUERY`: ranked cards, or JSON for scripts; exit 1 when nothing matches.
import { UserError } from '../../errors.js';
import { formatCard } from '../../lookup/format-card.js';
import { excerpt, visibleLine } from '../../text/terminal.js';
import { lookup, parseQuery } from '../../lookup/lookup.js';
import type { Context, GlobalOptions } from '../context.js';
import { openIndex } from '../../index/open-index.js';

/** Longer than any term, note-free sentence aside: a query past it is a paste gone wrong. */
const MAX_QUERY = 200;

export async function runLookup(text: string, opts: { json?: boolean; limit: number }, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io, style } = ctx;
  if (text.length > MAX_QUERY) {
    throw new UserError(`the query is ${text.length} characters long: "${excerpt(text, 40)}"`, undefined, `look up a term of at most ${MAX_QUERY} characters; to find the terms in a text, use shuyu tui (sentence mode) or lint`);
  }
  const index = await openIndex(ctx.indexOptions(global));
  const hits = lookup(index, await parseQuery(text, index), { limit: opts.limit });
  if (opts.json) {
    // its own chunk (export shares it): a card lookup, the common one, does not load it
    const { formatJson } = await import('../../export/json.js');
    io.stdout.write(formatJson(hits.map((h) => h.entry)));
    return hits.length > 0 ? 0 : 1;
  }
  if (hits.length === 0) {
    io.stderr.write(
      `shuyu: nothing in the glossary matches "${visibleLine(text)}" (${index.size} entries searched)\n` +
        '  try the Chinese in either script, pinyin with or without tones (jiebang, jbgs), or an English word\n',
    );
    return 1;
  }
  const width = io.stdout.columns ?? 100;
  io.stdout.write(`${hits.map((h) => formatCard(h, { style, width })).join('\n\n')}\n`);
  return 0;
}
