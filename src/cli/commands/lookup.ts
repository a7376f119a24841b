// `shuyu lookup QUERY`: ranked cards, or JSON for scripts; exit 1 when nothing matches.
import { formatCard } from '../../lookup/format-card.js';
import { lookup, parseQuery } from '../../lookup/lookup.js';
import type { Context, GlobalOptions } from '../context.js';
import { openIndex } from '../../index/open-index.js';

export async function runLookup(text: string, opts: { json?: boolean; limit: number }, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io, style } = ctx;
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
      `shuyu: nothing in the glossary matches "${text}" (${index.size} entries searched)\n` +
        '  try the Chinese in either script, pinyin with or without tones (jiebang, jbgs), or an English word\n',
    );
    return 1;
  }
  const width = io.stdout.columns ?? 100;
  io.stdout.write(`${hits.map((h) => formatCard(h, { style, width })).join('\n\n')}\n`);
  return 0;
}
